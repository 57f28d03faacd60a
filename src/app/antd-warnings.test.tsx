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
