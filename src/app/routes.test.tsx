import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED, startCloud } from '../test/emulator';
import { renderRoute } from '../test/render';

// The first visit to a page imports its lazy modules; a cold transform on a busy machine outlasts 1 s.
configure({ asyncUtilTimeout: 20_000 });

/** The rows of the list region named `label`, as their text, once a row shows `expectedName`. */
async function listRows(label: string, expectedName: string): Promise<string[]> {
  const list = await screen.findByRole('region', { name: label });
  await within(list).findByText(expectedName);
  return within(list)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent ?? '');
}

// The console's real routes (sign-in guard, shell, lazily loaded page) against a fresh emulator.
describe('pages against the emulator', { timeout: 60_000 }, () => {
  it('the volumes list shows the project’s volumes, newest first, a page at a time', async () => {
    const cloud = startCloud();
    cloud.emu.scenarios.createVolume({ projectId: SEED.projects.demo, name: 'route-test', size: 7, volumeType: 'ssd' });
    await cloud.signIn('demo');
    renderRoute('/volumes');

    const rows = await listRows('Volumes', 'route-test');
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatch(/^route-test.*Available7 GiBssd/);
    expect(rows.find((row) => row.startsWith('app-data'))).toMatch(/In use15 GiBssd.*on \/dev\/vdb/);
    // The research project's volumes are not this project's.
    expect(rows.some((row) => row.startsWith('research-'))).toBe(false);
    expect(cloud.lastRequest('GET', `/volume/v3/${SEED.projects.demo}/volumes/detail`).query).toContain('limit=20');
  });

  it('the snapshots list shows each snapshot with its status, size and source volume', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute('/snapshots');

    const rows = await listRows('Snapshots', 'snap-chain-1');
    expect(rows).toHaveLength(6);
    expect(rows.find((row) => row.startsWith('snap-chain-1'))).toMatch(/Available20 GiBsnap-chain/);
    expect(rows.find((row) => row.startsWith('archive-snap'))).toMatch(/Error80 GiBarchive/);
  });

  it('a volume’s page shows its fields and tabs', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute(`/volumes/${SEED.volumes.webData}`);

    expect(await screen.findByRole('heading', { name: /^web-data/ })).toBeInTheDocument();
    expect(screen.getByText('Static assets of the web tier')).toBeInTheDocument();
    expect(screen.getByText(SEED.volumes.webData)).toBeInTheDocument();
    const page = screen.getByRole('main');
    expect(page).toHaveTextContent('Size10 GiB');
    expect(page).toHaveTextContent(`Typestandard (${SEED.volumeTypes.standard})`);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Overview', 'Attachments (0)', 'Snapshots', 'Metadata', 'Messages']);
  });

  it('a Cinder failure on the list shows Cinder’s message with the request id, not an empty list', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    // The shell's query client retries a 5xx twice: all three tries fail.
    cloud.emu.scenarios.serverError({ status: 503, count: 3, pathPrefix: `/volume/v3/${SEED.projects.demo}/volumes/detail` });
    renderRoute('/volumes');

    const list = await screen.findByRole('region', { name: 'Volumes' });
    const alert = await within(list).findByRole('alert');
    expect(alert).toHaveTextContent('The server is currently unavailable. Please try again at a later time.');
    const failed = cloud.lastRequest('GET', '/volumes/detail');
    expect(failed.status).toBe(503);
    expect(alert).toHaveTextContent(failed.requestId!);
    expect(within(list).queryByRole('row', { name: /^web-data/ })).not.toBeInTheDocument();
  });
});
