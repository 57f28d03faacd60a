import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setConfig } from './config';
import { ApiError } from './errors';
import { apiRequest, buildQuery, cinder, send, setUnauthorizedHandler } from './http';
import { volumeActionCalls } from './volume-actions';
import { setSession, type Session } from './session';

const session: Session = {
  token: 'tok-1',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: 'u', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p1', name: 'demo', domainId: 'default', domainName: 'Default' },
  roles: ['member'],
  endpoints: { blockStorage: '/api/block-storage/v3/p1', image: null },
  volumeApiVersion: '3.70',
};

/** A stand-in server: records what the API layer sent and answers like Cinder would. */
function serve(answer: (request: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const request = new Request(new URL(input, 'http://console.test'), init);
    seen.push(request);
    return answer(request);
  });
  return seen;
}

beforeEach(() => {
  setConfig({ requestTimeoutMs: 200 });
  setSession(session);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(null);
  setSession(null);
});

describe('apiRequest', () => {
  it('sends the token and the pinned microversion to Cinder, and skips empty query values', async () => {
    const seen = serve(() => Response.json({ volumes: [] }));
    await cinder.get('/volumes/detail', { query: { limit: 10, marker: undefined, name: '' } });
    expect(seen[0]!.url).toBe('http://console.test/api/block-storage/v3/p1/volumes/detail?limit=10');
    expect(seen[0]!.headers.get('x-auth-token')).toBe('tok-1');
    expect(seen[0]!.headers.get('openstack-api-version')).toBe('volume 3.70');
  });

  it('sends a descriptor as described: action bodies under the action name', async () => {
    const seen = serve(() => new Response(null, { status: 202 }));
    await send(volumeActionCalls.extend('v1', 5));
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url).toBe('http://console.test/api/block-storage/v3/p1/volumes/v1/action');
    expect(await seen[0]!.json()).toEqual({ 'os-extend': { new_size: 5 } });
  });

  it('turns a Cinder fault into an ApiError with fault name and request id', async () => {
    serve(() =>
      Response.json(
        { badRequest: { code: 400, message: 'Invalid volume: Volume status must be available' } },
        { status: 400, headers: { 'x-openstack-request-id': 'req-123' } },
      ),
    );
    const error = await send(volumeActionCalls.remove('v1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 400, fault: 'badRequest', requestId: 'req-123', message: 'Invalid volume: Volume status must be available' });
  });

  it('reports a network failure and a timeout as such', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(cinder.get('/volumes')).rejects.toMatchObject({ kind: 'network', status: 0 });

    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))));
    await expect(cinder.get('/volumes')).rejects.toMatchObject({ kind: 'timeout', status: 0 });
  });

  it('ends the session on a 401 for the session token, but not for a failed login', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    serve(() => Response.json({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, { status: 401 }));

    await expect(apiRequest('identity', '/v3/auth/tokens', { method: 'POST', body: {}, token: null })).rejects.toMatchObject({ status: 401, fault: 'error' });
    expect(handler).not.toHaveBeenCalled();

    await expect(cinder.get('/volumes')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('refuses Cinder calls without a session', async () => {
    setSession(null);
    await expect(cinder.get('/volumes')).rejects.toMatchObject({ kind: 'session' });
  });
});

describe('buildQuery', () => {
  it('encodes values and drops empty ones', () => {
    expect(buildQuery({ name: 'a b', all_tenants: true, marker: null })).toBe('?name=a+b&all_tenants=true');
    expect(buildQuery({})).toBe('');
  });
});
