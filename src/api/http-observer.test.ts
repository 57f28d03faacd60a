import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setConfig } from './config';
import { cinder, onApiCall, send, type ApiCallEvent } from './http';
import { setSession, type Session } from './session';
import { volumeActionCalls } from './volume-actions';
import { volumeCalls } from './volumes';

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
  it('reports a described call with its op, params, status, request id and response, and stops when unsubscribed', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ volume: { id: 'v1' } }), { status: 202, headers: { 'x-openstack-request-id': 'req-1' } }));
    const events: ApiCallEvent[] = [];
    const stop = onApiCall((event) => events.push(event));
    await send(volumeActionCalls.create({ size: 1 }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      op: 'volume.create',
      params: {},
      method: 'POST',
      service: 'blockStorage',
      path: '/volumes',
      body: { volume: { size: 1 } },
      status: 202,
      requestId: 'req-1',
      data: { volume: { id: 'v1' } },
    });
    expect(events[0]!.endedAt).toBeGreaterThanOrEqual(events[0]!.startedAt);
    stop();
    await send(volumeActionCalls.create({ size: 1 }));
    expect(events).toHaveLength(1);
  });

  it('carries the raw ids a path was built from', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 200 }));
    const events: ApiCallEvent[] = [];
    const stop = onApiCall((event) => events.push(event));
    await send(volumeCalls.deleteMetadataKey('v 1', 'a/b'));
    expect(events[0]).toMatchObject({ op: 'volume.deleteMetadataKey', params: { id: 'v 1', key: 'a/b' }, path: '/volumes/v%201/metadata/a%2Fb' });
    stop();
  });

  it('reports a read without an op', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ volumes: [] }));
    const events: ApiCallEvent[] = [];
    const stop = onApiCall((event) => events.push(event));
    await cinder.get('/volumes/detail', { query: { limit: 1 } });
    expect(events[0]).toMatchObject({ method: 'GET', path: '/volumes/detail', query: { limit: 1 } });
    expect(events[0]!.op).toBeUndefined();
    stop();
  });

  it('reports a refused call with the ApiError, and a throwing observer does not break the call', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ badRequest: { code: 400, message: 'Invalid input' } }), { status: 400, headers: { 'x-openstack-request-id': 'req-2' } }));
    const events: ApiCallEvent[] = [];
    const stopBroken = onApiCall(() => {
      throw new Error('observer bug');
    });
    const stop = onApiCall((event) => events.push(event));
    await expect(send(volumeActionCalls.extend('v1', 1))).rejects.toMatchObject({ status: 400, message: 'Invalid input' });
    expect(events[0]).toMatchObject({ op: 'volume.extend', params: { id: 'v1' }, method: 'POST', path: '/volumes/v1/action', status: 400, requestId: 'req-2' });
    expect(events[0]!.error?.message).toBe('Invalid input');
    stop();
    stopBroken();
  });
});
