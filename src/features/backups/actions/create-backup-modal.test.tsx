import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Volume } from '../../../api/models';
import { SEED, startCloud, type TestCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';
import { CreateBackupModal } from './create-backup-modal';

async function open(cloud: TestCloud, volumeId: string) {
  const demo = await cloud.cinderAs('demo');
  const volume = (await demo.get<{ volume: Volume }>(`/volumes/${volumeId}`)).body.volume;
  const onCreated = vi.fn();
  renderWithProviders(<CreateBackupModal volume={volume} onClose={() => undefined} onCreated={onCreated} />);
  return { onCreated, demo, user: userEvent.setup({ delay: null }) };
}

describe('CreateBackupModal', { timeout: 60_000 }, () => {
  it('offers incremental only once the volume has an available full backup, and sends it', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const { id } = cloud.emu.scenarios.createVolume({ projectId: SEED.projects.demo, name: 'fresh', size: 3 });
    const { user, onCreated } = await open(cloud, id);
    const incremental = await screen.findByRole('checkbox', { name: 'Incremental backup' });
    expect(await screen.findByText(/Incremental needs an available full backup of this volume first/)).toBeInTheDocument();
    expect(incremental).toBeDisabled();
    await user.type(screen.getByLabelText('Name'), 'first-full');
    await user.click(screen.getByRole('button', { name: 'Create backup' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(cloud.lastRequest('POST', '/backups').body).toEqual({ backup: { volume_id: id, name: 'first-full' } });
  });

  it('with a full backup, sends incremental:true; an in-use volume needs force first', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const { user, onCreated } = await open(cloud, SEED.volumes.dbPrimary);
    const incremental = await screen.findByRole('checkbox', { name: 'Incremental backup' });
    await waitFor(() => expect(incremental).toBeEnabled());
    await user.click(incremental);
    await user.click(screen.getByRole('button', { name: 'Create backup' }));
    expect(await screen.findByText('Cinder backs up an in-use volume only with the force flag.')).toBeInTheDocument();
    expect(cloud.requests.some((r) => r.method === 'POST' && r.path.endsWith('/backups'))).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Back up while the volume is in use' }));
    await user.click(screen.getByRole('button', { name: 'Create backup' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(cloud.lastRequest('POST', '/backups').body).toEqual({ backup: { volume_id: SEED.volumes.dbPrimary, incremental: true, force: true } });
    const demo = await cloud.cinderAs('demo');
    const made = (await demo.get<{ backups: { is_incremental: boolean }[] }>(`/backups/detail?volume_id=${SEED.volumes.dbPrimary}&sort=created_at:desc`)).body.backups;
    expect(made[0]!.is_incremental).toBe(true);
  });

  it('keeps the input and shows Cinder’s 413 with its request id when the backup quota is full', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const admin = await cloud.cinderAs('admin');
    await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { backups: 4 } });
    const { user, onCreated } = await open(cloud, SEED.volumes.webData);
    const quota = await screen.findByRole('region', { name: 'Backup quota' });
    await waitFor(() => expect(quota).toHaveTextContent('Backups4 + 1 of 4'));
    expect(quota).toHaveTextContent('This backup goes past your quota: Cinder will refuse it.');
    await user.type(screen.getByLabelText('Name'), 'keep-me');
    await user.click(screen.getByRole('button', { name: 'Create backup' }));
    expect(await screen.findByText('BackupLimitExceeded: Maximum number of backups allowed (4) exceeded')).toBeInTheDocument();
    expect(screen.getByText(cloud.lastRequest('POST', '/backups').requestId!)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('keep-me');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('warns admins when no cinder-backup runs', async () => {
    const cloud = startCloud();
    cloud.emu.scenarios.backupService({ state: 'absent' });
    await cloud.signIn('admin');
    const { id } = cloud.emu.scenarios.createVolume({ projectId: SEED.projects.admin, name: 'adm', size: 1 });
    const admin = await cloud.cinderAs('admin');
    const volume = (await admin.get<{ volume: Volume }>(`/volumes/${id}`)).body.volume;
    renderWithProviders(<CreateBackupModal volume={volume} onClose={() => undefined} />);
    expect(await screen.findByText('No backup service (cinder-backup) runs in this cloud.')).toBeInTheDocument();
  });
});
