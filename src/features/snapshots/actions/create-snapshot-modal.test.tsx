import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Volume } from '../../../api/models';
import { CreateSnapshotModal } from './create-snapshot-modal';
import { SEED, startCloud, type TestCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';

interface EmulatedSnapshot {
  id: string;
  name: string | null;
  volume_id: string;
  status: string;
}

/** The demo project's snapshots of one volume, as the emulator holds them. */
async function snapshotsOf(cloud: TestCloud, volumeId: string): Promise<EmulatedSnapshot[]> {
  const demo = await cloud.cinderAs('demo');
  const { body } = await demo.get<{ snapshots: EmulatedSnapshot[] }>(`/snapshots/detail?volume_id=${volumeId}`);
  return body.snapshots;
}

async function open(cloud: TestCloud, volumeId: string) {
  const demo = await cloud.cinderAs('demo');
  const volume = (await demo.get<{ volume: Volume }>(`/volumes/${volumeId}`)).body.volume;
  const onCreated = vi.fn();
  renderWithProviders(<CreateSnapshotModal open volume={volume} onClose={() => undefined} onCreated={onCreated} />);
  return { onCreated, user: userEvent.setup({ delay: null }) };
}

describe('CreateSnapshotModal', { timeout: 30_000 }, () => {
  it('for an in-use volume below 3.66, asks for force before sending, then sends force:true', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo', 'demo', { volumeApiVersion: '3.60' });
    const { user, onCreated } = await open(cloud, SEED.volumes.appData);
    await user.type(screen.getByLabelText('Name'), 'nightly');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Confirm the forced snapshot of the attached volume.')).toBeInTheDocument();
    expect(cloud.requests.filter((r) => r.method === 'POST')).toEqual([expect.objectContaining({ path: '/api/identity/v3/auth/tokens' })]);

    await user.click(screen.getByRole('checkbox', { name: 'Snapshot while attached (force)' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    // Below 3.66 Cinder snapshots an in-use volume only when forced: the snapshot exists, so force was sent.
    expect(cloud.lastRequest('POST', '/snapshots').body).toEqual({ snapshot: { volume_id: SEED.volumes.appData, name: 'nightly', force: true } });
    expect(await snapshotsOf(cloud, SEED.volumes.appData)).toEqual([expect.objectContaining({ name: 'nightly', status: 'available' })]);
  });

  it('from 3.66 an in-use volume needs no force (and none is sent)', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const { user, onCreated } = await open(cloud, SEED.volumes.appData);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(cloud.lastRequest('POST', '/snapshots').body).toEqual({ snapshot: { volume_id: SEED.volumes.appData } });
    expect(await snapshotsOf(cloud, SEED.volumes.appData)).toHaveLength(1);
  });

  it('refuses a volume in error with the reason and a disabled Create', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    await open(cloud, SEED.volumes.brokenCreate);
    expect(screen.getByText('A snapshot needs the volume available or in use; it is error.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create' })).toBeDisabled();
  });

  it('keeps the input and shows the server message with its request id when Cinder refuses', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    // Room for exactly one more snapshot, taken by someone else first.
    cloud.emu.scenarios.quotaNearlyFull({ projectId: SEED.projects.demo });
    const demo = await cloud.cinderAs('demo');
    expect((await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.scratch02 } })).status).toBe(202);

    const { user, onCreated } = await open(cloud, SEED.volumes.scratch01);
    await user.type(screen.getByLabelText('Name'), 'keep-me');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/Maximum number of snapshots allowed \(\d+\) exceeded/)).toBeInTheDocument();
    const refusal = cloud.lastRequest('POST', '/snapshots');
    expect(refusal.status).toBe(413);
    expect(screen.getByText(refusal.requestId!)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('keep-me');
    expect(onCreated).not.toHaveBeenCalled();
    expect(await snapshotsOf(cloud, SEED.volumes.scratch01)).toEqual([]);
  });
});
