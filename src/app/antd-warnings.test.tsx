import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED, startCloud } from '../test/emulator';
import { renderRoute } from '../test/render';

// The first visit to a page or dialog imports its lazy modules; a cold transform on a busy machine outlasts 1 s.
configure({ asyncUtilTimeout: 20_000 });

/**
 * antd reports deprecated props and layout mistakes (a Descriptions row whose spans do not add up) with
 * console.error / console.warn in development: the console's pages and dialogs must give none.
 */
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  const keep = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  vi.spyOn(console, 'error').mockImplementation(keep);
  vi.spyOn(console, 'warn').mockImplementation(keep);
});
afterEach(() => vi.restoreAllMocks());
const antdWarnings = () => logged.filter((line) => /antd|Warning:/.test(line));

/** Opens the dialog behind `button` on the page, then closes it with Cancel. */
async function openAndCancel(button: string, dialogName: RegExp) {
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog', { name: dialogName });
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
}

describe('no antd warnings', { timeout: 120_000 }, () => {
  it('on a volume’s page and its dialogs', async () => {
    await startCloud().signIn('demo');
    renderRoute(`/volumes/${SEED.volumes.withSnapshot}`);
    await screen.findByRole('heading', { name: /with-snapshot/ });
    await openAndCancel('Edit', /Edit volume/);
    await openAndCancel('Extend', /Extend volume/);
    await openAndCancel('Change type', /Change type of volume/);
    await openAndCancel('Delete', /Delete volume/);
    await openAndCancel('Attach', /Attach volume/);
    expect(antdWarnings()).toEqual([]);
  });
});

describe('no antd warnings for an admin', { timeout: 180_000 }, () => {
  it('in the volume menu’s dialogs and on the other detail pages', async () => {
    await startCloud().signIn('admin');
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderRoute(`/volumes/${SEED.volumes.withSnapshot}`);
    await screen.findByRole('heading', { name: /with-snapshot/ });
    // Each dialog, once it shows what it loads.
    for (const [item, dialogName, loaded] of [
      ['Revert to snapshot', /Revert volume/, 'with-snapshot-snap'],
      ['Reset status', /Reset status of volume/, /^Now: status/],
    ] as const) {
      await user.click(screen.getByRole('button', { name: /More/ }));
      await user.click(await screen.findByRole('menuitem', { name: item }));
      const dialog = await screen.findByRole('dialog', { name: dialogName });
      await within(dialog).findByText(loaded);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    }
    unmount();

    for (const [route, heading] of [
      [`/snapshots/${SEED.snapshots.withSnapshotSnap}`, /with-snapshot-snap/],
      [`/backups/${SEED.backups.webDataFull}`, /web-data-full/],
      [`/volume-types/${SEED.volumeTypes.ssd}`, /ssd/],
    ] as const) {
      const page = renderRoute(route);
      await screen.findByRole('heading', { name: heading });
      page.unmount();
    }
    expect(antdWarnings()).toEqual([]);
  });
});
