import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setSession } from '../../../api/session';
import { SEED, startCloud } from '../../../test/emulator';
import { renderRoute } from '../../../test/render';

// The first visit to a page imports its lazy modules; a cold transform on a busy machine takes long.
configure({ asyncUtilTimeout: 90_000 });

const rowOf = (element: HTMLElement) => element.closest('tr')!;

describe('server names in the volumes list', { timeout: 240_000 }, () => {
  it('come from one batched lookup per page (each distinct server once), never from a server list, and not again on a refresh', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute('/volumes?name=shared-logs');
    // Text queries: role queries over antd tables are very slow on a busy machine.
    const row = rowOf(await screen.findByText('shared-logs'));
    await waitFor(() => expect(row).toHaveTextContent(/web-1 on \/dev\/vdc.*web-2 on \/dev\/vdc/));

    const lookups = () => cloud.requests.filter((r) => r.path.startsWith('/api/compute/'));
    expect(lookups().map((r) => `${r.method} ${r.path.replace(/.*\/servers\//, '/servers/')}`).sort()).toEqual(
      [SEED.servers.web1, SEED.servers.web2].map((id) => `GET /servers/${id}`).sort(),
    );
    const lists = () => cloud.requests.filter((r) => r.path.endsWith('/volumes/detail')).length;
    const listsBefore = lists();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: /Refresh$/ }));
    await waitFor(() => expect(lists()).toBe(listsBefore + 1));
    expect(rowOf(await screen.findByText('shared-logs'))).toHaveTextContent('web-1 on /dev/vdc');
    expect(lookups()).toHaveLength(2);
  });

  it('without compute in the catalog: server ids as before, no Nova call, no Attach on the volume page', async () => {
    const cloud = startCloud();
    const session = await cloud.signIn('demo');
    setSession({ ...session, endpoints: { ...session.endpoints, compute: null } });
    renderRoute('/volumes?name=db-primary');
    const row = rowOf(await screen.findByText('db-primary'));
    expect(row).toHaveTextContent(`${SEED.servers.db1.slice(0, 8)} on /dev/vdb`);
    expect(row).not.toHaveTextContent('db-1 on');
    expect(cloud.requests.filter((r) => r.path.startsWith('/api/compute/'))).toEqual([]);
  });
});
