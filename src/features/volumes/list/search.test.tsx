import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startCloud } from '../../../test/emulator';
import { renderRoute } from '../../../test/render';

// A page's first visit imports its lazy modules, and its rows render in a deferred pass: slow on a busy machine.
configure({ asyncUtilTimeout: 45_000 });

const rowNames = (list: HTMLElement) =>
  within(list)
    .queryAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryAllByRole('link')[0]?.textContent ?? row.textContent);

// Cinder's shipped resource_filters.json has no `name~`: members search exact names, admins substrings.
describe('the name search follows what the cloud allows (#20 item 1)', { timeout: 120_000 }, () => {
  it('a member: the box says it matches an exact name, and sends `name` (a `name~` would be a 400)', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute('/volumes');
    const box = await screen.findByRole('searchbox', { name: 'Name or ID' });
    expect(box).toHaveAccessibleDescription('Exact name, or a full ID');
    await userEvent.type(box, 'web-data{Enter}');

    const list = screen.getByRole('region', { name: 'Volumes' });
    // The pager's count is a cheap thing to wait for (role queries over every row are not, in jsdom).
    await within(list).findByText('1–1 of 1');
    expect(rowNames(list)).toEqual(['web-data']);
    const sent = cloud.lastRequest('GET', '/volumes/detail');
    expect(new URLSearchParams(sent.query).get('name')).toBe('web-data');
    expect(sent.status).toBe(200);
    expect(cloud.lastRequest('GET', '/resource_filters').query).toBe('?resource=volume');
  });

  it('an admin: part of a name in any case finds every match (`name~`)', async () => {
    const cloud = startCloud();
    await cloud.signIn('admin');
    renderRoute('/volumes?all=1');
    const box = await screen.findByRole('searchbox', { name: 'Name or ID' });
    expect(box).toHaveAccessibleDescription('Part of a name, or a full ID');
    await userEvent.type(box, 'WEB-DAT{Enter}');

    const list = screen.getByRole('region', { name: 'Volumes' });
    await within(list).findByText('1–2 of 2');
    expect(rowNames(list).sort()).toEqual(['web-data', 'web-data-clone']);
    expect(new URLSearchParams(cloud.lastRequest('GET', '/volumes/detail').query).get('name~')).toBe('WEB-DAT');
    // Admins may use any filter: nothing to ask the cloud.
    expect(cloud.requests.some((request) => request.path.endsWith('/resource_filters'))).toBe(false);
  });

  it('snapshots search the same way: part of a name for an admin', async () => {
    const cloud = startCloud();
    await cloud.signIn('admin');
    renderRoute('/snapshots?all=1');
    const box = await screen.findByRole('searchbox', { name: 'Name' });
    expect(box).toHaveAccessibleDescription('Part of a name');
    await userEvent.type(box, 'CHAIN{Enter}');
    const list = screen.getByRole('region', { name: 'Snapshots' });
    await within(list).findByText('1–2 of 2');
    expect(rowNames(list).sort()).toEqual(['snap-chain-1', 'snap-chain-2']);
    expect(new URLSearchParams(cloud.lastRequest('GET', '/snapshots/detail').query).get('name~')).toBe('CHAIN');
  });
});
