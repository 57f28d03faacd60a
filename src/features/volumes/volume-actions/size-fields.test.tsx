import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Snapshot, Volume } from '../../../api/models';
import { SEED, startCloud, type TestCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';
import { CreateVolumeModal } from './create/create-volume-modal';
import { ExtendVolumeModal } from './modals/extend-volume-modal';

configure({ asyncUtilTimeout: 20_000 });

const posts = (cloud: TestCloud, pathEnd: string) => cloud.requests.filter((r) => r.method === 'POST' && r.path.endsWith(pathEnd));

// #20 item 2: a bad size is refused with a message, never rounded or clamped; what is sent is what was checked.
describe('size fields', { timeout: 150_000 }, () => {
  it('Create refuses 0, -3 and 2.5 as typed (no request), then sends exactly the size typed', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const onClose = vi.fn();
    renderWithProviders(<CreateVolumeModal onClose={onClose} />);
    const user = userEvent.setup({ delay: null });
    const size = await screen.findByRole('spinbutton', { name: 'Size (GiB)' });
    const create = screen.getByRole('button', { name: 'Create' });

    for (const [typed, error] of [
      ['0', 'The size must be at least 1 GiB.'],
      ['-3', 'The size must be at least 1 GiB.'],
      ['2.5', 'The size must be a whole number of GiB.'],
    ] as const) {
      await user.clear(size);
      await user.type(size, typed);
      await user.click(create);
      // Queried afresh each time: antd's error list replaces the node of an equal message it showed before.
      await waitFor(() => expect(screen.getByText(error)).toBeVisible());
      // Still what was typed: not rounded up to 3 nor clamped to 1.
      expect(size).toHaveValue(typed);
    }
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '   ');
    await user.clear(size);
    await user.type(size, '3');
    await user.click(create);
    expect(await screen.findByText('A name cannot be only spaces: type a name or leave the field empty.')).toBeInTheDocument();
    expect(posts(cloud, '/volumes')).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'sized-3');
    await user.click(create);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(posts(cloud, '/volumes')).toHaveLength(1);
    expect(cloud.lastRequest('POST', '/volumes').body).toMatchObject({ volume: { name: 'sized-3', size: 3 } });
  });

  it('Extend with the current size typed and submitted at once is refused; the size typed is the size sent', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const demo = await cloud.cinderAs('demo');
    const volume = (await demo.get<{ volume: Volume }>(`/volumes/${SEED.volumes.webData}`)).body.volume;
    renderWithProviders(<ExtendVolumeModal volume={volume} onClose={() => undefined} />);
    const user = userEvent.setup({ delay: null });
    const field = await screen.findByRole('spinbutton', { name: 'New size (GiB)' });
    expect(field).toHaveValue(String(volume.size + 1));

    // Typed and submitted with Enter, no pause and no blur in between.
    await user.clear(field);
    await user.type(field, `${volume.size}{Enter}`);
    expect(await screen.findByText(`The new size must be larger than the current ${volume.size} GiB.`)).toBeInTheDocument();
    expect(posts(cloud, '/action')).toEqual([]);

    await user.clear(field);
    await user.type(field, `${volume.size + 4}{Enter}`);
    await waitFor(() => expect(posts(cloud, '/action')).toHaveLength(1));
    expect(cloud.lastRequest('POST', '/action').body).toEqual({ 'os-extend': { new_size: volume.size + 4 } });
  });
});

// The snapshot's "Create volume" dialog follows the same rule.
describe('create volume from a snapshot', { timeout: 60_000 }, () => {
  it('refuses a size below the snapshot or not whole, unchanged in the box', async () => {
    const { CreateVolumeFromSnapshotModal } = await import('../../snapshots/actions/create-volume-modal');
    const cloud = startCloud();
    await cloud.signIn('demo');
    const demo = await cloud.cinderAs('demo');
    const snapshot = (await demo.get<{ snapshots: Snapshot[] }>('/snapshots/detail')).body.snapshots.find((s) => s.status === 'available')!;
    renderWithProviders(<CreateVolumeFromSnapshotModal open snapshot={snapshot} onClose={() => undefined} />);
    const user = userEvent.setup({ delay: null });
    const size = await screen.findByRole('spinbutton', { name: 'Size (GiB)' });
    expect(size).toHaveValue(String(snapshot.size));
    await user.clear(size);
    await user.type(size, `${snapshot.size}.5`);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Whole GiB only.')).toBeInTheDocument();
    expect(size).toHaveValue(`${snapshot.size}.5`);
    expect(posts(cloud, '/volumes')).toEqual([]);
  });
});

// #20 item 5: an admin copies another project's volume.
describe('create volume from another project’s volume (admin)', { timeout: 120_000 }, () => {
  it('names the source, defaults to its size and type, and says whose quota applies', async () => {
    const cloud = startCloud();
    await cloud.signIn('admin');
    renderWithProviders(<CreateVolumeModal prefill={{ source: 'volume', sourceVolid: SEED.volumes.researchScratch }} onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Create volume' });
    expect(await screen.findByText(/^research-scratch · 10 GiB/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('spinbutton', { name: 'Size (GiB)' })).toHaveValue('10'));
    expect(dialog).toHaveTextContent('Same as the source volume (standard)');
    expect(dialog).toHaveTextContent('The source belongs to another project; the copy is created in your project admin, whose quota applies.');
  });
});
