import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../../api/models';
import { SEED, startCloud, type TestCloud } from '../../../../test/emulator';
import { renderWithProviders } from '../../../../test/render';
import { UploadImageModal } from './upload-image-modal';

async function volumeOf(cloud: TestCloud, id: string): Promise<Volume> {
  return (await (await cloud.cinderAs('demo')).get<{ volume: Volume }>(`/volumes/${id}`)).body.volume;
}

describe('UploadImageModal', { timeout: 90_000 }, () => {
  it('uploads with the chosen formats and visibility; the image appears in Glance', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<UploadImageModal volume={await volumeOf(cloud, SEED.volumes.scratch05)} onClose={() => undefined} />);
    const name = screen.getByLabelText('Image name');
    expect(name).toHaveValue('scratch-05');
    await user.clear(name);
    await user.type(name, 'scratch-golden');
    await user.click(screen.getByLabelText('Disk format'));
    await user.click(await screen.findByTitle('qcow2'));
    await user.click(screen.getByLabelText('Visibility'));
    // Members cannot pick public (upload_public is admin-only).
    expect((await screen.findByTitle('Public (admins only)')).closest('[aria-disabled="true"], .ant-select-item-option-disabled')).not.toBeNull();
    await user.click(await screen.findByTitle('Shared: projects it is shared with'));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(cloud.lastRequest('POST', `/volumes/${SEED.volumes.scratch05}/action`).status).toBe(202));
    expect(cloud.lastRequest('POST', `/volumes/${SEED.volumes.scratch05}/action`).body).toEqual({
      'os-volume_upload_image': { image_name: 'scratch-golden', disk_format: 'qcow2', container_format: 'bare', visibility: 'shared', protected: false },
    });
    const demo = await cloud.cinderAs('demo');
    const images = await cloud.emu.handle(new Request('http://emu.test/image/v2/images?name=scratch-golden', { headers: { 'X-Auth-Token': demo.token } }));
    expect((await images.json()).images).toEqual([expect.objectContaining({ name: 'scratch-golden', disk_format: 'qcow2', visibility: 'shared', status: 'active' })]);
  });

  it('an attached volume: force is offered, and Cinder\u2019s refusal (force disabled by the operator) is shown with the input kept', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<UploadImageModal volume={await volumeOf(cloud, SEED.volumes.appData)} onClose={() => undefined} />);
    await user.click(screen.getByRole('checkbox', { name: 'Upload although the volume is attached (force)' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText(`Invalid volume: Volume ${SEED.volumes.appData} status must be available`)).toBeInTheDocument();
    expect(screen.getByLabelText('Image name')).toHaveValue('app-data');
    expect(cloud.lastRequest('POST', '/action').body).toMatchObject({ 'os-volume_upload_image': { force: true } });
  });
});
