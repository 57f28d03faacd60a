import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../../api/models';
import { SEED, startCloud, type TestCloud } from '../../../../test/emulator';
import { renderWithProviders } from '../../../../test/render';
import { EditVolumeModal } from './edit-volume-modal';

async function volumeOf(cloud: TestCloud, id: string): Promise<Volume> {
  return (await (await cloud.cinderAs('demo')).get<{ volume: Volume }>(`/volumes/${id}`)).body.volume;
}

describe('Edit: bootable and read-only flags', { timeout: 90_000 }, () => {
  it('turns read-only on for an available volume (os-update_readonly_flag) and bootable with it', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EditVolumeModal volume={await volumeOf(cloud, SEED.volumes.scratch06)} onClose={() => undefined} />);
    await user.click(screen.getByRole('switch', { name: 'Read-only' }));
    await user.click(screen.getByRole('switch', { name: 'Bootable' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await volumeOf(cloud, SEED.volumes.scratch06)).metadata).toEqual({ readonly: 'True' }));
    expect((await volumeOf(cloud, SEED.volumes.scratch06)).bootable).toBe('true');
  });

  it('shows read-only as it is, and cannot change it while the volume is in use (Cinder\u2019s rule)', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderWithProviders(<EditVolumeModal volume={await volumeOf(cloud, SEED.volumes.appData)} onClose={() => undefined} />);
    expect(screen.getByRole('switch', { name: 'Read-only' })).toBeDisabled();
    expect(screen.getByText('Cinder allows this only when the status is Available; it is In use (in-use).')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Bootable' })).toBeEnabled();
  });

  it('a read-only volume shows the switch on', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderWithProviders(<EditVolumeModal volume={await volumeOf(cloud, SEED.volumes.readonlyData)} onClose={() => undefined} />);
    expect(screen.getByRole('switch', { name: 'Read-only' })).toBeChecked();
  });
});
