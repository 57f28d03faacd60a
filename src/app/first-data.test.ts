// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSession, type Session } from '../api/session';
import { testSession as session } from '../test/session';
import { takePrimed } from '../api/primed-reads';
import { firstReadsFor, startFirstData } from './first-data';

afterEach(() => {
  takePrimed('', Number.MAX_SAFE_INTEGER);
  vi.unstubAllGlobals();
  localStorage.clear();
  setSession(null);
});

function sent(pathname: string, search: string, s: Session | null): string[] {
  const urls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    urls.push(url);
    return new Promise<Response>(() => undefined);
  });
  // The API layer reads the current session (the entry's is the stored one).
  setSession(s);
  startFirstData({ pathname, search }, s);
  return urls.map(decodeURIComponent);
}

describe('the first data of a page', () => {
  it('the volumes list: the page the URL and the stored page size say, as the page will ask for it', () => {
    localStorage.setItem('cinder-console.table.volumes', JSON.stringify({ pageSize: 50 }));
    expect(sent('/volumes', '?page=3&status=error', session(['member']))).toEqual([
      '/api/block-storage/v3/p1/volumes/detail?limit=50&offset=100&sort=created_at:desc&with_count=true&status=error',
    ]);
    expect(sent('/', '', session(['member']))[0]).toContain('/volumes/detail?limit=50&sort');
  });

  it('all projects only for an admin', () => {
    expect(sent('/volumes', '?all=1', session(['admin']))[0]).toContain('all_tenants=1');
    expect(sent('/volumes', '?all=1', session(['member']))[0]).not.toContain('all_tenants');
  });

  it("a volume's page: the volume", () => {
    expect(sent('/volumes/v-1', '', session(['member']))).toEqual(['/api/block-storage/v3/p1/volumes/v-1']);
  });

  it('the admin lists ask their reads for an admin only; signed out, nothing', () => {
    expect(sent('/volume-types', '', session(['admin'])).map((url) => url.split('?')[0])).toEqual([
      '/api/block-storage/v3/p1/types',
      '/api/block-storage/v3/p1/types/default',
      '/api/block-storage/v3/p1/qos-specs',
    ]);
    expect(firstReadsFor('/volume-types', session(['member']))).toBeNull();
    expect(firstReadsFor('/volumes', null)).toBeNull();
    expect(firstReadsFor('/login', session(['admin']))).toBeNull();
    expect(firstReadsFor('/storage-map', session(['admin']))).toBeNull();
  });
});
