import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../api/models';
import { SEED, startCloud } from '../test/emulator';
import { renderWithProviders } from '../test/render';
import { FeatureDialog } from './feature-dialogs';

describe('FeatureDialog', { timeout: 30_000 }, () => {
  it('opens the owning feature’s dialog by name (createSnapshot → features/snapshots) and closes it when done', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const demo = await cloud.cinderAs('demo');
    const volume = (await demo.get<{ volume: Volume }>(`/volumes/${SEED.volumes.scratch01}`)).body.volume;
    let closed = false;
    renderWithProviders(<FeatureDialog name="createSnapshot" volume={volume} onClose={() => (closed = true)} />);

    await screen.findByRole('dialog', { name: 'Create snapshot' }, { timeout: 10_000 });
    // Opened for this volume: no picker, the volume is named.
    expect(screen.getByLabelText('Volume')).toHaveValue(volume.name);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(closed).toBe(true));
    const snapshots = (await demo.get<{ snapshots: { volume_id: string }[] }>(`/snapshots/detail?volume_id=${volume.id}`)).body.snapshots;
    expect(snapshots).toHaveLength(1);
  });
});
