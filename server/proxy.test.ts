import { describe, expect, it } from 'vitest';
import { createOpenStackProxy } from './proxy';

const token = {
  token: {
    catalog: [
      { type: 'identity', endpoints: [{ interface: 'public', url: 'http://keystone:5000/v3' }] },
      { type: 'block-storage', endpoints: [{ interface: 'public', url: 'http://cinder:8776/v3/p1' }] },
      { type: 'volumev3', endpoints: [{ interface: 'public', url: 'http://cinder:8776/v3/p1' }] },
      { type: 'image', endpoints: [{ interface: 'public', url: 'http://glance:9292' }] },
      { type: 'compute', endpoints: [{ interface: 'public', url: 'http://nova:8774/v2.1' }] },
    ],
  },
};

/** A pretend cloud: Keystone issues `token`, every other call echoes where it arrived. */
function cloud() {
  const calls: Request[] = [];
  const upstream = async (request: Request) => {
    calls.push(request);
    const url = new URL(request.url);
    if (url.href === 'http://keystone:5000/v3/auth/tokens') {
      return Response.json(structuredClone(token), { status: 201, headers: { 'X-Subject-Token': 'abc', 'Content-Encoding': 'identity' } });
    }
    if (url.href === 'http://keystone:5000/v3/auth/catalog') {
      return request.headers.get('x-auth-token') === 'abc' ? Response.json({ catalog: structuredClone(token.token.catalog) }) : new Response(null, { status: 401 });
    }
    return Response.json({ at: url.href, method: request.method, body: request.body ? await request.text() : null }, { headers: { 'x-openstack-request-id': 'req-1' } });
  };
  return { calls, upstream };
}

const login = (proxy: ReturnType<typeof createOpenStackProxy>) =>
  proxy(new Request('http://console/api/identity/v3/auth/tokens', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }));

describe('OpenStack proxy', () => {
  it('ignores paths outside its prefixes', async () => {
    const { upstream } = cloud();
    const proxy = createOpenStackProxy({ identityUrl: 'http://keystone:5000/v3', upstreamFetch: upstream });
    expect(await proxy(new Request('http://console/volumes'))).toBeNull();
  });

  it("forwards Keystone calls and rewrites the catalog onto the console's prefixes", async () => {
    const { upstream } = cloud();
    const proxy = createOpenStackProxy({ identityUrl: 'http://keystone:5000/v3', upstreamFetch: upstream });
    const response = (await login(proxy))!;
    expect(response.status).toBe(201);
    expect(response.headers.get('x-subject-token')).toBe('abc');
    expect(response.headers.get('content-encoding')).toBeNull();
    const urls = ((await response.json()) as typeof token).token.catalog.map((s) => s.endpoints[0]!.url);
    expect(urls).toEqual(['/api/identity/v3', '/api/block-storage/v3/p1', '/api/block-storage/v3/p1', '/api/image', '/api/compute/v2.1']);
  });

  it('forwards block-storage and image calls to the origins the catalog named, with method, body and query', async () => {
    const { upstream, calls } = cloud();
    const proxy = createOpenStackProxy({ identityUrl: 'http://keystone:5000', upstreamFetch: upstream });
    await login(proxy);
    const response = (await proxy(
      new Request('http://console/api/block-storage/v3/p1/volumes/v1/action?x=1', {
        method: 'POST',
        body: '{"os-extend":{"new_size":2}}',
        headers: { 'X-Auth-Token': 'abc', Cookie: 'secret=1', 'OpenStack-API-Version': 'volume 3.70' },
      }),
    ))!;
    expect(await response.json()).toEqual({ at: 'http://cinder:8776/v3/p1/volumes/v1/action?x=1', method: 'POST', body: '{"os-extend":{"new_size":2}}' });
    expect(response.headers.get('x-openstack-request-id')).toBe('req-1');
    const forwarded = calls.at(-1)!;
    expect(forwarded.headers.get('openstack-api-version')).toBe('volume 3.70');
    expect(forwarded.headers.get('cookie')).toBeNull();

    const image = (await proxy(new Request('http://console/api/image/v2/images?status=active')))!;
    expect(((await image.json()) as { at: string }).at).toBe('http://glance:9292/v2/images?status=active');

    const compute = (await proxy(
      new Request('http://console/api/compute/v2.1/servers/s1/os-volume_attachments', {
        method: 'POST',
        body: '{"volumeAttachment":{"volumeId":"v1"}}',
        headers: { 'X-Auth-Token': 'abc', 'OpenStack-API-Version': 'compute 2.60' },
      }),
    ))!;
    expect(await compute.json()).toEqual({ at: 'http://nova:8774/v2.1/servers/s1/os-volume_attachments', method: 'POST', body: '{"volumeAttachment":{"volumeId":"v1"}}' });
    expect(calls.at(-1)!.headers.get('openstack-api-version')).toBe('compute 2.60');
  });

  it('tells Cinder, Glance and Nova apart on one shared origin (devstack, the emulator) by their catalog paths', async () => {
    const shared = {
      token: {
        catalog: [
          { type: 'block-storage', endpoints: [{ interface: 'public', url: 'http://cloud/volume/v3/p1' }] },
          { type: 'image', endpoints: [{ interface: 'public', url: 'http://cloud/image' }] },
          { type: 'compute', endpoints: [{ interface: 'public', url: 'http://cloud/compute/v2.1' }] },
        ],
      },
    };
    const proxy = createOpenStackProxy({
      identityUrl: 'http://cloud/identity',
      upstreamFetch: async (request) =>
        request.url.endsWith('/auth/tokens') ? Response.json(structuredClone(shared), { status: 201 }) : Response.json({ at: request.url }),
    });
    const body = (await (await proxy(new Request('http://console/api/identity/v3/auth/tokens', { method: 'POST', body: '{}' })))!.json()) as typeof shared;
    expect(body.token.catalog.map((s) => s.endpoints[0]!.url)).toEqual(['/api/block-storage/volume/v3/p1', '/api/image/image', '/api/compute/compute/v2.1']);
    const servers = (await proxy(new Request('http://console/api/compute/compute/v2.1/servers/detail?name=web')))!;
    expect(((await servers.json()) as { at: string }).at).toBe('http://cloud/compute/v2.1/servers/detail?name=web');
  });

  it('learns the catalog from the caller’s token after a restart', async () => {
    const { upstream } = cloud();
    const proxy = createOpenStackProxy({ identityUrl: 'http://keystone:5000/v3', upstreamFetch: upstream });
    const response = (await proxy(new Request('http://console/api/block-storage/v3/p1/volumes', { headers: { 'X-Auth-Token': 'abc' } })))!;
    expect(((await response.json()) as { at: string }).at).toBe('http://cinder:8776/v3/p1/volumes');
  });

  it('answers 503 when no endpoint is known and 502 when the upstream is down', async () => {
    const proxy = createOpenStackProxy({
      identityUrl: 'http://keystone:5000/v3',
      upstreamFetch: async () => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:5000') });
      },
    });
    const unknown = (await proxy(new Request('http://console/api/block-storage/v3/p1/volumes')))!;
    expect(unknown.status).toBe(503);
    const noCompute = (await proxy(new Request('http://console/api/compute/v2.1/servers')))!;
    expect(noCompute.status).toBe(503);
    expect(((await noCompute.json()) as { error: { message: string } }).error.message).toBe('No compute endpoint is known yet: sign in again.');
    const down = (await proxy(new Request('http://console/api/identity/v3/auth/tokens', { method: 'POST', body: '{}' })))!;
    expect(down.status).toBe(502);
    expect(((await down.json()) as { error: { message: string } }).error.message).toContain('ECONNREFUSED');
  });
});
