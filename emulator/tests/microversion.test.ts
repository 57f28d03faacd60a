import { describe, expect, test } from 'vitest';
import { call, ORIGIN, SEED, setup } from './helpers';

describe('cinder: versions and microversions', () => {
  test('GET /volume/ is a 300 version list without auth; /volume/v3/ needs a token', async () => {
    const { emu, demo } = await setup();
    const root = await call(emu, 'GET', '/volume/');
    expect(root.status).toBe(300);
    expect(root.body.versions[0]).toMatchObject({ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' });
    expect((await call(emu, 'GET', '/volume/v3/')).status).toBe(401);
    const v3 = await call(emu, 'GET', '/volume/v3/', { token: demo.token });
    expect(v3.status).toBe(200);
    expect(v3.body.versions[0].version).toBe('3.70');
  });

  test('no header means 3.0; every response echoes the version, Vary and request ids', async () => {
    const { demo } = await setup();
    const r = await demo.get('/volumes', null);
    expect(r.headers.get('OpenStack-API-Version')).toBe('volume 3.0');
    expect(r.headers.get('Vary')).toBe('OpenStack-API-Version');
    const rid = r.headers.get('x-openstack-request-id');
    expect(rid).toMatch(/^req-/);
    expect(r.headers.get('x-compute-request-id')).toBe(rid);
    const latest = await call(demo.emu, 'GET', demo.path('/volumes'), { token: demo.token, headers: { 'OpenStack-API-Version': 'volume latest' } });
    expect(latest.headers.get('OpenStack-API-Version')).toBe('volume 3.70');
    const fault = await demo.get('/volumes/00000000-0000-0000-0000-000000000000', '3.42');
    expect(fault.status).toBe(404);
    expect(fault.headers.get('OpenStack-API-Version')).toBe('volume 3.42');
    expect(fault.body).toEqual({ itemNotFound: { code: 404, message: 'Volume 00000000-0000-0000-0000-000000000000 could not be found.' } });
  });

  test('out of range is 406 computeFault; malformed is 400', async () => {
    const { demo } = await setup();
    const r = await demo.get('/volumes', '3.99');
    expect(r.status).toBe(406);
    expect(r.body).toEqual({ computeFault: { code: 406, message: 'Version 3.99 is not supported by the API. Minimum is 3.0 and maximum is 3.70.' } });
    const bad = await demo.get('/volumes', '3.x');
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.message).toBe('API Version String 3.x is of invalid format. Must be of format MajorNum.MinorNum.');
  });

  test('revert below 3.40 is 404 "The resource could not be found."', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const r = await demo.action(SEED.volumes.snapChain, { revert: { snapshot_id: SEED.snapshots.snapChainLatest } }, '3.39');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ itemNotFound: { code: 404, message: 'The resource could not be found.' } });
  });

  test('volume_type_id appears from 3.63, messages need 3.3, summary needs 3.12', async () => {
    const { demo } = await setup();
    const old = await demo.get(`/volumes/${SEED.volumes.webData}`, '3.62');
    expect(old.body.volume.volume_type_id).toBeUndefined();
    const now = await demo.get(`/volumes/${SEED.volumes.webData}`, '3.63');
    expect(now.body.volume.volume_type_id).toBe(SEED.volumeTypes.standard);
    expect((await demo.get('/messages', '3.2')).status).toBe(404);
    expect((await demo.get('/messages', '3.3')).status).toBe(200);
    const summary = await demo.get('/volumes/summary', '3.12');
    expect(summary.body['volume-summary'].total_count).toBe(31);
    expect(summary.body['volume-summary'].metadata).toBeUndefined();
    expect((await demo.get('/volumes/summary', '3.36')).body['volume-summary'].metadata.purpose.sort()).toEqual(['analytics', 'archive']);
    // Before 3.12 "summary" is just an id that does not exist.
    expect((await demo.get('/volumes/summary', '3.11')).body.itemNotFound.message).toBe('Volume summary could not be found.');
  });

  test('URL project id must be the token project; /v3/ without project id works and links follow it', async () => {
    const { emu, demo } = await setup();
    const wrong = await call(emu, 'GET', `/volume/v3/${SEED.projects.research}/volumes`, { token: demo.token });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ badRequest: { code: 400, message: 'Malformed request url' } });
    const bare = await call(emu, 'GET', '/volume/v3/volumes?limit=1', { token: demo.token, mv: '3.70' });
    expect(bare.status).toBe(200);
    expect(bare.body.volumes[0].links[0].href).toBe(`${ORIGIN}/volume/v3/volumes/${bare.body.volumes[0].id}`);
    expect(bare.body.volumes_links[0].href.startsWith(`${ORIGIN}/volume/v3/volumes?`)).toBe(true);
    const withPid = await demo.get('/volumes?limit=1');
    expect(withPid.body.volumes[0].links[1].href).toBe(`${ORIGIN}/volume/${SEED.projects.demo}/volumes/${withPid.body.volumes[0].id}`);
  });

  test('unknown paths: Cinder answers the webob HTML 404, the root a text 404', async () => {
    const { emu, demo } = await setup();
    const r = await demo.get('/nothing-here');
    expect(r.status).toBe(404);
    expect(r.headers.get('Content-Type')).toContain('text/html');
    expect(r.text).toContain('404 Not Found');
    const root = await call(emu, 'GET', '/foo');
    expect(root.status).toBe(404);
    expect(root.text).toContain('404 Not Found');
  });
});
