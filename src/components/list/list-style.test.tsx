import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED, startCloud } from '../../test/emulator';
import { renderRoute } from '../../test/render';

// A page's first visit imports its lazy modules, and its rows render in a deferred pass: slow on a busy machine.
configure({ asyncUtilTimeout: 45_000 });

const headers = (table: HTMLElement) => within(table).getAllByRole('columnheader').map((th) => th.textContent);
const realMatchMedia = window.matchMedia;
afterEach(() => {
  window.matchMedia = realMatchMedia;
});

describe('one list style (#20 items 3, 4, 10, 11; #15 item 5)', { timeout: 120_000 }, () => {
  it('all projects: project (by name), host and created in view, the rest folded; the box follows the click; compact rows', async () => {
    const cloud = startCloud();
    await cloud.signIn('admin');
    renderRoute('/volumes?all=1&name=research-');
    const list = await screen.findByRole('region', { name: 'Volumes' });
    // The pager's count is a cheap thing to wait for (role queries over every row are not, in jsdom).
    await within(list).findByText('1–3 of 3');
    const table = within(list).getByRole('table');
    expect(headers(table)).toEqual(['Select all on this page', 'Name▲▼', 'Status▲▼', 'Size▲▼', 'Project', 'Host', 'Type', 'Attached to', 'Created▲▼', 'Actions'].map((h) => (h.startsWith('Select') ? '' : h)));
    // The research project's name from Keystone (one list for the page), not its id.
    const row = within(table).getByRole('row', { name: /research-data/ });
    expect(row).toHaveTextContent('research');
    expect(row).not.toHaveTextContent(SEED.projects.research.slice(0, 8));
    expect(cloud.requests.filter((r) => r.path === '/api/identity/v3/projects')).toHaveLength(1);

    // "All projects" follows the click at once, before the router's transition has moved the URL: a plain
    // DOM click (not wrapped in act, which would finish the transition first) and a look straight after.
    const all = within(list).getByRole('checkbox', { name: 'All projects' });
    all.click();
    expect(all).not.toBeChecked();
    // Back to the admin's own project, where nothing is named research-.
    await within(list).findByText('Nothing matches these filters.');

    await userEvent.click(within(list).getByRole('button', { name: /Columns/ }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Compact rows' }));
    expect(within(list).getByRole('table')).toHaveAttribute('data-density', 'compact');
  });

  it('on a phone the status sits beside the name; snapshots share the name cell, short id and date style', async () => {
    window.matchMedia = ((query: string) => ({ ...realMatchMedia(query), matches: query.includes('max-width: 575.98px') })) as typeof window.matchMedia;
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute('/snapshots');
    const list = await screen.findByRole('region', { name: 'Snapshots' });
    await within(list).findByText(/^1–\d+ of \d+$/);
    const table = within(list).getByRole('table');
    expect(headers(table)).not.toContain('Status▲▼');
    const row = within(table).getByRole('row', { name: /snap-chain-1/ });
    const nameCell = within(row).getAllByRole('cell')[1]!;
    expect(nameCell).toHaveTextContent(/^snap-chain-1Available[0-9a-f]{8}$/);
    expect(within(row).getByRole('button', { name: 'Copy the ID of snap-chain-1' })).toBeInTheDocument();
    expect(row).toHaveTextContent(/ago/);
  });
});
