import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../../api/models';
import { SEED, startCloud } from '../../../../test/emulator';
import { renderWithProviders } from '../../../../test/render';
import { ResetStatusModal } from './reset-status-modal';

async function adminVolume() {
  const cloud = startCloud();
  await cloud.signIn('admin');
  const admin = await cloud.cinderAs('admin');
  const volume = (await admin.get<{ volume: Volume }>(`/volumes/${SEED.volumes.adminImages}`)).body.volume;
  return { cloud, volume };
}

/** The options the open dropdown shows, as text. */
const shownOptions = () => Array.from(document.querySelectorAll('.ant-select-item-option')).map((option) => option.textContent);

describe('ResetStatusModal', { timeout: 30_000 }, () => {
  it('names the current status and the choices in the language, with Cinder’s value beside them', async () => {
    const { volume } = await adminVolume();
    renderWithProviders(<ResetStatusModal volume={volume} onClose={() => {}} />, 'zh-CN');

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('当前：状态为可用（available），迁移状态为无（none）。')).toBeInTheDocument();
    await userEvent.setup({ delay: null }).click(within(dialog).getByLabelText('状态'));
    await waitFor(() => expect(shownOptions()).toContain('删除失败（error_deleting）'));
    expect(shownOptions()).toContain('使用中（in-use）');
  });

  it('finds a status by its label or its raw value, and sends the one picked', async () => {
    const { cloud, volume } = await adminVolume();
    let closed = false;
    renderWithProviders(<ResetStatusModal volume={volume} onClose={() => (closed = true)} />);
    const dialog = await screen.findByRole('dialog', { name: `Reset status of volume ${volume.name}` });
    const user = userEvent.setup({ delay: null });
    const status = within(dialog).getByLabelText('Status');

    await user.click(status);
    await user.keyboard('extending');
    await waitFor(() => expect(shownOptions()).toEqual(['Error extending (error_extending)', 'Extending (extending)']));
    await user.clear(status);
    await user.keyboard('error ext');
    await waitFor(() => expect(shownOptions()).toEqual(['Error extending (error_extending)']));
    await user.click(document.querySelector('.ant-select-item-option')!);
    await user.click(within(dialog).getByRole('button', { name: 'Reset status' }));

    await waitFor(() => expect(closed).toBe(true));
    expect(cloud.lastRequest('POST', `/volumes/${volume.id}/action`).body).toEqual({ 'os-reset_status': { status: 'error_extending' } });
  });
});
