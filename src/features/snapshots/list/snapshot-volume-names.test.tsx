import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED, startCloud, type TestCloud } from '../../../test/emulator';
import { renderRoute } from '../../../test/render';

// The first visit to a page imports its lazy modules; a cold transform on a busy machine outlasts 1 s.
configure({ asyncUtilTimeout: 40_000 });

/** Requests for the volume collection (summary or detail), as path + query. */
function volumeListCalls(cloud: TestCloud): string[] {
  return cloud.requests.filter((r) => r.method === 'GET' && /\/volumes(\/detail)?$/.test(r.path)).map((r) => decodeURIComponent(`${r.path}${r.query}`));
}

async function rowOf(snapshotName: string): Promise<string> {
  const list = await screen.findByRole('region', { name: 'Snapshots' });
  const cell = await within(list).findByText(snapshotName);
  return cell.closest('tr')?.textContent ?? '';
}

// The snapshots page names only the volumes of the snapshots it shows: with 5,000 volumes in the project
// it must not read them all (issue #19).
describe('the snapshot list names the volumes on screen only', { timeout: 90_000 }, () => {
  it('a member: one GET per distinct volume on the page, no volume list', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute('/snapshots');

    // Both snapshots of snap-chain name it.
    const list = await screen.findByRole('region', { name: 'Snapshots' });
    expect(await within(list).findAllByRole('link', { name: 'snap-chain' }, )).toHaveLength(2);
    expect(await rowOf('with-snapshot-snap')).toContain('with-snapshot');
    expect(volumeListCalls(cloud)).toEqual([]);
    const reads = cloud.requests.filter((r) => r.method === 'GET' && r.path.includes(`/volumes/${SEED.volumes.snapChain}`));
    // Two snapshots of snap-chain are on the page: its volume is read once.
    expect(reads).toHaveLength(1);
  });

  it('an admin: one list call filtered by the ids on the page', async () => {
    const cloud = startCloud();
    const admin = await cloud.cinderAs('admin');
    const volume = (await admin.post<{ volume: { id: string } }>('/volumes', { volume: { name: 'admin-named-source', size: 1 } })).body.volume;
    await admin.post('/snapshots', { snapshot: { volume_id: volume.id, name: 'admin-snap' } });
    await cloud.signIn('admin');
    renderRoute('/snapshots');

    const list = await screen.findByRole('region', { name: 'Snapshots' });
    await within(list).findByRole('link', { name: 'admin-named-source' }, );
    const calls = volumeListCalls(cloud);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContain(`id=['${volume.id}']`);
  });
});
