import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../../api/models';
import { SEED, startCloud } from '../../../../test/emulator';
import { renderWithProviders } from '../../../../test/render';
import { MigrateVolumeModal } from './migrate-volume-modal';

describe('MigrateVolumeModal', { timeout: 30_000 }, () => {
  it('offers the other pools with their free space, and sends the chosen one', async () => {
    const cloud = startCloud();
    await cloud.signIn('admin');
    const admin = await cloud.cinderAs('admin');
    const volume = (await admin.get<{ volume: Volume }>(`/volumes/${SEED.volumes.adminImages}`)).body.volume;
    let closed = false;
    renderWithProviders(<MigrateVolumeModal volume={volume} onClose={() => (closed = true)} />);

    const dialog = await screen.findByRole('dialog', { name: 'Migrate volume admin-images' });
    expect(within(dialog).getByText('cinder@lvm-hdd#hdd')).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(within(dialog).getByLabelText('Target pool'));
    // The pools' capacities come from get_pools?detail=true: the plain list names the pools only.
    const target = await screen.findByTitle(/^cinder@lvm-ssd#ssd \(\d+ GiB free\)$/);
    expect(screen.queryByTitle(/cinder@lvm-hdd#hdd/)).not.toBeInTheDocument();
    await user.click(target);
    await user.click(within(dialog).getByRole('button', { name: 'Migrate' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(cloud.lastRequest('POST', `/volumes/${volume.id}/action`).body).toEqual({
      'os-migrate_volume': { host: 'cinder@lvm-ssd#ssd', force_host_copy: false, lock_volume: false },
    });
  });
});
