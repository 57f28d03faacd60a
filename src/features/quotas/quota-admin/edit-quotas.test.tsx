import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED, startCloud, type TestCloud } from '../../../test/emulator';
import { renderRoute } from '../../../test/render';

// The first visit imports the lazy page; a cold transform on a busy machine takes seconds.
configure({ asyncUtilTimeout: 30_000 });

let cloud: TestCloud;
beforeEach(() => {
  cloud = startCloud();
});

const quotaOf = async (key: string) => {
  const admin = await cloud.cinderAs('admin');
  return (await admin.get(`/os-quota-sets/${SEED.projects.admin}`)).body.quota_set[key] as number;
};
const quotaWrites = () => cloud.requests.filter((r) => r.method !== 'GET' && r.path.includes('/os-quota'));

async function openEditor() {
  await cloud.signIn('admin');
  const user = userEvent.setup({ delay: null });
  renderRoute('/quotas');
  await user.click(await screen.findByRole('button', { name: 'Edit quotas' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('Quotas of project admin')).toBeInTheDocument();
  const volumes = await within(dialog).findByRole('spinbutton', { name: 'Volumes' });
  return { user, dialog, volumes };
}

describe('quota editing (admin)', { timeout: 300_000 }, () => {
  it('refuses a limit below usage before sending, with Cinder’s words; saves only what changed', async () => {
    const { user, dialog, volumes } = await openEditor();
    expect(within(dialog).getAllByText('In use: 2')[0]).toBeInTheDocument();
    await user.clear(volumes);
    await user.type(volumes, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Quota volumes limit must be equal or greater than existing resources. Current usage is 2 and the requested limit is 1.')).toBeInTheDocument();
    expect(quotaWrites()).toEqual([]);
    await user.clear(volumes);
    await user.type(volumes, '50');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Quotas of admin saved.')).toBeInTheDocument();
    expect(cloud.lastRequest('PUT', `/os-quota-sets/${SEED.projects.admin}`).body).toEqual({ quota_set: { volumes: 50 } });
    expect(await quotaOf('volumes')).toBe(50);
  });

  it('opened again right after a save, shows the saved limits (not the previous opening’s)', async () => {
    const { user, dialog, volumes } = await openEditor();
    await user.clear(volumes);
    await user.type(volumes, '60');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Quotas of admin saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit quotas' }));
    const again = await screen.findByRole('dialog');
    expect(await within(again).findByRole('spinbutton', { name: 'Volumes' })).toHaveValue('60');
  });

  it('shows Cinder’s own refusal and keeps the input when usage grew after the dialog opened', async () => {
    const { user, dialog, volumes } = await openEditor();
    cloud.emu.scenarios.createVolume({ projectId: SEED.projects.admin, name: 'grew' });
    await user.clear(volumes);
    await user.type(volumes, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Current usage is 3 and the requested limit is 2\./)).toBeInTheDocument();
    expect(volumes).toHaveValue('2');
    expect(await quotaOf('volumes')).not.toBe(2);
  });

  it('resets the project to the defaults', async () => {
    const admin = await cloud.cinderAs('admin');
    await admin.put(`/os-quota-sets/${SEED.projects.admin}`, { quota_set: { backups: 3 } });
    await cloud.signIn('admin');
    const user = userEvent.setup({ delay: null });
    renderRoute('/quotas');
    await user.click(await screen.findByRole('button', { name: 'Reset to defaults' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }));
    expect(await screen.findByText('Quotas of admin reset to the defaults.')).toBeInTheDocument();
    expect(quotaWrites().map((r) => `${r.method} ${r.path.slice(r.path.indexOf('/os-quota'))}`)).toEqual([`DELETE /os-quota-sets/${SEED.projects.admin}`]);
    expect(await quotaOf('backups')).toBe(10);
  });
});
