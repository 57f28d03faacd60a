import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setConfig } from './config';
import { cinder, primeReads } from './http';
import { PRIMED_MAX_AGE_MS, primedCount, primedKey, putPrimed, takePrimed } from './primed-reads';
import { setSession, type Session } from './session';
import { listVolumes } from './volumes';

const session: Session = {
  token: 'tok-1',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: 'u', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p1', name: 'demo', domainId: 'default', domainName: 'Default' },
  roles: ['member'],
  endpoints: { blockStorage: '/api/block-storage/v3/p1', image: null },
  volumeApiVersion: '3.70',
};

/** A stand-in Cinder that counts what it was sent; `answer` decides each reply. */
function serve(answer: (url: string) => Response | Promise<Response>) {
  const seen: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    seen.push(url);
    return answer(url);
  });
  return seen;
}

beforeEach(() => {
  setConfig({ requestTimeoutMs: 1000 });
  setSession(session);
});
afterEach(() => {
  takePrimed('', Number.MAX_SAFE_INTEGER); // drops whatever a test left
  vi.unstubAllGlobals();
  setSession(null);
});

describe('primed answers', () => {
  it('are taken once, by the same URL, token and microversion only', () => {
    const key = primedKey('/v3/p1/volumes/detail?limit=20', { 'X-Auth-Token': 'a', 'OpenStack-API-Version': 'volume 3.70' });
    const answer = Promise.resolve(new Response('{}'));
    putPrimed(key, answer, 0);
    expect(takePrimed(primedKey('/v3/p1/volumes/detail?limit=20', { 'X-Auth-Token': 'b', 'OpenStack-API-Version': 'volume 3.70' }), 1)).toBeUndefined();
    expect(takePrimed(key, 1)).toBe(answer);
    expect(takePrimed(key, 2)).toBeUndefined();
  });

  it('are dropped when nobody took them in time', () => {
    putPrimed('k', Promise.resolve(new Response('{}')), 0);
    expect(takePrimed('k', PRIMED_MAX_AGE_MS + 1)).toBeUndefined();
    expect(primedCount()).toBe(0);
  });
});

describe('primeReads → the page’s own call', () => {
  it('sends the read’s request at once, and the identical later call takes its answer instead of asking again', async () => {
    const seen = serve(() => Response.json({ volumes: [{ id: 'v1', name: 'db' }], count: 1 }));
    primeReads(() => listVolumes({ limit: 20, sortKey: 'created_at', sortDir: 'desc', withCount: true }));
    expect(seen).toEqual(['/api/block-storage/v3/p1/volumes/detail?limit=20&sort=created_at%3Adesc&with_count=true']);
    const page = await listVolumes({ limit: 20, sortKey: 'created_at', sortDir: 'desc', withCount: true });
    expect(page.volumes[0]?.name).toBe('db');
    expect(seen).toHaveLength(1);
  });

  it('a different query is not the primed one: it is sent', async () => {
    const seen = serve(() => Response.json({ volumes: [] }));
    primeReads(() => listVolumes({ limit: 20 }));
    await listVolumes({ limit: 50 });
    expect(seen).toHaveLength(2);
  });

  it('a primed request that failed on the network is sent again by the taker', async () => {
    let calls = 0;
    vi.stubGlobal('fetch', async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return Response.json({ volumes: [] });
    });
    primeReads(() => cinder.get('/volumes/detail', { query: { limit: 5 } }));
    await expect(cinder.get('/volumes/detail', { query: { limit: 5 } })).resolves.toEqual({ volumes: [] });
    expect(calls).toBe(2);
  });

  it('a primed 401 reaches the taker as the error it is', async () => {
    serve(() => Response.json({ error: { code: 401, message: 'The request you have made requires authentication.' } }, { status: 401 }));
    primeReads(() => listVolumes({ limit: 20 }));
    await expect(listVolumes({ limit: 20 })).rejects.toMatchObject({ status: 401 });
  });
});
