import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../../api/models';
import { SEED, startCloud } from '../../../../test/emulator';
import { renderWithProviders } from '../../../../test/render';
import { RetypeVolumeModal } from './retype-volume-modal';

async function openFor(volumeId: string) {
  const cloud = startCloud();
  await cloud.signIn('demo');
  const demo = await cloud.cinderAs('demo');
  const volume = (await demo.get<{ volume: Volume }>(`/volumes/${volumeId}`)).body.volume;
  renderWithProviders(<RetypeVolumeModal volume={volume} onClose={() => undefined} />);
  const dialog = await screen.findByRole('dialog', { name: `Change type of volume ${volume.name}` });
  // The volume's snapshots have been asked for and answered.
  await waitFor(() => expect(cloud.requests.some((r) => r.path.includes('/snapshots') && r.query.includes(volumeId))).toBe(true));
  return dialog;
}

describe('RetypeVolumeModal', { timeout: 30_000 }, () => {
  it('does not offer "Migrate when needed" for a volume with snapshots, and says why (as Migrate does)', async () => {
    const dialog = await openFor(SEED.volumes.snapChain);
    const onDemand = within(dialog).getByRole('radio', { name: 'Migrate when needed' });
    await waitFor(() => expect(onDemand).toBeDisabled());
    expect(within(dialog).getByRole('radio', { name: /Never migrate/ })).toBeEnabled();
    expect(dialog).toHaveTextContent('Cinder does not move this volume to another back end');
    expect(dialog).toHaveTextContent('The volume has 2 snapshots. Delete them first.');
  });

  it('offers it for a volume without snapshots', async () => {
    const dialog = await openFor(SEED.volumes.scratch02);
    expect(within(dialog).getByText('If the new type lives on another back end, the data must be copied there.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Migrate when needed' })).toBeEnabled();
  });
});
