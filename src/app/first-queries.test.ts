// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { takePrimed } from '../api/primed-reads';
import { setSession, type Session } from '../api/session';
import { testSession as session } from '../test/session';
import { listVolumes } from '../api/volumes';
import { volumeListRequest, volumeListSchema } from '../features/volumes/list-schema';
import { parseListUrlState } from '../lib/list-state';
import { volumeKeys } from '../queries/volumes';
import { startFirstData } from './first-data';
import { prefetchFirstScreen } from './first-queries';

const volume = { id: 'v1', name: 'data', status: 'available', size: 1, attachments: [], created_at: '2026-01-01T00:00:00' };

afterEach(() => {
  takePrimed('', Number.MAX_SAFE_INTEGER);
  vi.unstubAllGlobals();
  setSession(null);
});

/** The entry's first read, then the shell's cache: what was sent, and the client. */
async function load(pathname: string, search: string, s: Session, status = 200) {
  const urls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    urls.push(decodeURIComponent(url));
    const body = status === 200 ? { volumes: [volume], count: 1 } : { serviceUnavailable: { code: 503, message: 'busy' } };
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  });
  setSession(s);
  startFirstData({ pathname, search }, s);
  const client = new QueryClient();
  prefetchFirstScreen(client, { pathname, search }, s);
  // The answer is looked at first (a success only), then read into the cache.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await vi.waitFor(() => expect(client.isFetching()).toBe(0));
  return { urls, client };
}

/** The key the volumes page itself uses for a fresh load of `search`. */
function pageKey(search: string, isAdmin: boolean) {
  const request = volumeListRequest(parseListUrlState(new URLSearchParams(search), volumeListSchema, 20), { isAdmin, withCount: true });
  return request.kind === 'byId' ? volumeKeys.byId(request.id) : volumeKeys.list(request.query);
}

describe('the first page in the cache before the page renders', () => {
  it("is the entry's answer, under the key the page asks for: one request", async () => {
    const { urls, client } = await load('/volumes', '?status=available&page=2', session(['member']));
    expect(urls).toHaveLength(1);
    expect(client.getQueryData(pageKey('?status=available&page=2', false))).toEqual({ volumes: [volume], count: 1, nextMarker: undefined });
  });

  it('across projects for an admin, and for "/"', async () => {
    expect((await load('/volumes', '?all=1', session(['admin']))).client.getQueryData(pageKey('?all=1', true))).toBeDefined();
    expect((await load('/', '', session(['member']))).client.getQueryData(pageKey('', false))).toBeDefined();
  });

  it('not a failed answer: it stays for the page’s own query, which reports it (its request id, a 401 ending the session)', async () => {
    const { urls, client } = await load('/volumes', '', session(['member']), 503);
    expect(client.getQueryCache().getAll()).toEqual([]);
    expect(urls).toHaveLength(1);
    const page = await listVolumes({ limit: 20, sortKey: 'created_at', sortDir: 'desc', filters: {}, allProjects: false, withCount: true }).catch((error: unknown) => error);
    expect(page).toMatchObject({ status: 503, message: 'busy' });
    expect(urls).toHaveLength(1);
  });

  it('not for a name search (the page decides how to filter by name), a detail page, or a page the list code does not hold', async () => {
    for (const [pathname, search] of [
      ['/volumes', '?name=data'],
      ['/volumes/v1', ''],
      ['/snapshots', ''],
    ] as const) {
      const { client } = await load(pathname, search, session(['member']));
      expect(client.getQueryCache().getAll()).toEqual([]);
    }
  });
});
