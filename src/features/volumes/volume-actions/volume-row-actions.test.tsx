import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../api/models';
import { SEED, startCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';
import { VolumeRowActions } from './volume-row-actions';

async function rowOf(volumeId: string, user: 'demo' | 'admin' = 'demo') {
  const cloud = startCloud();
  await cloud.signIn(user);
  const cinder = await cloud.cinderAs(user);
  const volume = (await cinder.get<{ volume: Volume }>(`/volumes/${volumeId}`)).body.volume;
  renderWithProviders(<VolumeRowActions volume={volume} />);
  return { cloud, volume };
}

const snapshotLookups = (cloud: ReturnType<typeof startCloud>) => cloud.requests.filter((r) => r.path.endsWith('/snapshots/detail') || r.path.endsWith('/snapshots'));

describe('VolumeRowActions', { timeout: 30_000 }, () => {
  it('disables "Revert to snapshot" on a volume without snapshots, saying why, once the menu opens', async () => {
    const { cloud, volume } = await rowOf(SEED.volumes.scratch01);
    // The list stays cheap: no snapshot lookup per row until its menu is opened.
    expect(snapshotLookups(cloud)).toEqual([]);

    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: `More actions for ${volume.name}` }));
    const revert = await screen.findByRole('menuitem', { name: /Revert to snapshot/ }, { timeout: 15_000 });
    await waitFor(() => expect(revert).toHaveAttribute('aria-disabled', 'true'));
    // The reason is on screen under the label (no hover needed: touch, keyboard) and is the entry's description.
    expect(revert).toHaveAccessibleName('Revert to snapshot');
    expect(revert).toHaveAccessibleDescription('The volume has no snapshot to revert to.');
    expect(within(revert).getByText('The volume has no snapshot to revert to.')).toBeVisible();
    expect(snapshotLookups(cloud)).toHaveLength(1);
  });

  it('keeps it enabled when the latest snapshot can be reverted to', async () => {
    // As admin: Migrate turning disabled ("has snapshots") shows the snapshots have arrived.
    const { volume } = await rowOf(SEED.volumes.snapChain, 'admin');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: `More actions for ${volume.name}` }));
    const revert = await screen.findByRole('menuitem', { name: /Revert to snapshot/ }, { timeout: 15_000 });
    await waitFor(() => expect(screen.getByRole('menuitem', { name: /Migrate/ })).toHaveAttribute('aria-disabled', 'true'));
    expect(revert).not.toHaveAttribute('aria-disabled', 'true');
  });
});
