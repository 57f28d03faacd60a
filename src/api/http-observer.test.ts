import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setConfig } from './config';
import { cinder, onApiCall, type ApiCallEvent } from './http';
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

beforeEach(() => {
  setConfig({ requestTimeoutMs: 500 });
  setSession(session);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('onApiCall', () => {
  it('reports a successful call with its path, status, request id and response, and stops when unsubscribed', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ volume: { id: 'v1' } }), { status: 202, headers: { 'x-openstack-request-id': 'req-1' } }));
    const events: ApiCallEvent[] = [];
    const stop = onApiCall((event) => events.push(event));
    await cinder.post('/volumes', { volume: { size: 1 } }, { query: { x: 1 } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ method: 'POST', service: 'blockStorage', path: '/volumes', status: 202, requestId: 'req-1', data: { volume: { id: 'v1' } } });
    expect(events[0]!.endedAt).toBeGreaterThanOrEqual(events[0]!.startedAt);
    stop();
    await cinder.post('/volumes', {});
    expect(events).toHaveLength(1);
  });

  it('reports a refused call with the ApiError, and a throwing observer does not break the call', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ badRequest: { code: 400, message: 'Invalid input' } }), { status: 400, headers: { 'x-openstack-request-id': 'req-2' } }));
    const events: ApiCallEvent[] = [];
    const stopBroken = onApiCall(() => {
      throw new Error('observer bug');
    });
    const stop = onApiCall((event) => events.push(event));
    await expect(cinder.action('/volumes/v1', 'os-extend', { new_size: 1 })).rejects.toMatchObject({ status: 400, message: 'Invalid input' });
    expect(events[0]).toMatchObject({ method: 'POST', path: '/volumes/v1/action', status: 400, requestId: 'req-2' });
    expect(events[0]!.error?.message).toBe('Invalid input');
    stop();
    stopBroken();
  });
});
