import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { call, Cinder, login, setup, SEED } from './helpers';
import { hmacSha1Hex, sha1Hex } from '../util/sha1';
import { createHash } from 'node:crypto';

describe('sha1 / hmac-sha1 (transfer auth keys)', () => {
  test('match node:crypto on block edges and UTF-8', () => {
    for (const s of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(200), '云硬盘']) {
      expect(sha1Hex(s)).toBe(createHash('sha1').update(s).digest('hex'));
      expect(hmacSha1Hex('0a1b2c3d', s)).toBe(createHmac('sha1', '0a1b2c3d').update(s).digest('hex'));
      expect(hmacSha1Hex('k'.repeat(100), s)).toBe(createHmac('sha1', 'k'.repeat(100)).update(s).digest('hex'));
    }
  });
});

async function aliceIn(w: Awaited<ReturnType<typeof setup>>, project: 'demo' | 'research') {
  return new Cinder(w.emu, await login(w.emu, 'alice', project), SEED.projects[project]);
}

describe('volume transfers', () => {
  test('create shows the key once, the volume awaits the transfer; another project accepts it with snapshots', async () => {
    const w = await setup({ delays: 'instant' });
    const { demo, alice, emu } = w;
    const created = await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.snapChain, name: ' to research ' } });
    expect(created.status).toBe(202);
    const t = created.body.transfer;
    expect(t).toMatchObject({ volume_id: SEED.volumes.snapChain, name: 'to research', no_snapshots: false, source_project_id: SEED.projects.demo, destination_project_id: null, accepted: false });
    expect(t.auth_key).toMatch(/^[0-9a-f]{16}$/);
    expect(t.links[0].href).toContain(`/os-volume-transfer/${t.id}`);
    // The key appears in no other answer.
    const state = await call(emu, 'GET', '/_emulator/state');
    expect(state.text).not.toContain(t.auth_key);
    expect((await demo.get(`/volumes/${SEED.volumes.snapChain}`)).body.volume.status).toBe('awaiting-transfer');
    const shown = await demo.get(`/volume-transfers/${t.id}`);
    expect(shown.body.transfer.auth_key).toBeUndefined();
    expect((await demo.get('/volume-transfers')).body.transfers).toEqual([{ id: t.id, volume_id: SEED.volumes.snapChain, name: 'to research', links: t.links }]);
    // Not visible to another project, but acceptable from it.
    expect((await alice.get(`/volume-transfers/${t.id}`)).status).toBe(404);
    expect((await alice.get('/volume-transfers/detail')).body.transfers).toEqual([]);

    const wrong = await alice.post(`/volume-transfers/${t.id}/accept`, { accept: { auth_key: '0000000000000000' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.badRequest.message).toBe(`Invalid auth key: Attempt to transfer ${t.id} with invalid auth key.`);

    const accepted = await alice.post(`/volume-transfers/${t.id}/accept`, { accept: { auth_key: t.auth_key } });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ transfer: { id: t.id, volume_id: SEED.volumes.snapChain, name: 'to research', links: expect.any(Array) } });
    const moved = (await alice.get(`/volumes/${SEED.volumes.snapChain}`)).body.volume;
    expect(moved).toMatchObject({ status: 'available', 'os-vol-tenant-attr:tenant_id': SEED.projects.research, user_id: SEED.users.alice });
    expect((await demo.get(`/volumes/${SEED.volumes.snapChain}`)).status).toBe(404);
    expect((await alice.get(`/snapshots/${SEED.snapshots.snapChainLatest}`)).status).toBe(200);
    expect((await demo.get(`/volume-transfers/${t.id}`)).status).toBe(404);
    expect((await alice.post(`/volume-transfers/${t.id}/accept`, { accept: { auth_key: t.auth_key } })).status).toBe(404);
  });

  test('quota usage moves from donor to recipient; over quota is 413 and nothing moves', async () => {
    const w = await setup({ delays: 'instant' });
    const { demo, alice, admin } = w;
    const usage = async (project: string) => (await admin.get(`/os-quota-sets/${project}?usage=true`)).body.quota_set;
    const before = { demo: await usage(SEED.projects.demo), research: await usage(SEED.projects.research) };
    const t = (await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.scratch04, no_snapshots: true } })).body.transfer;
    await admin.put(`/os-quota-sets/${SEED.projects.research}`, { quota_set: { gigabytes: before.research.gigabytes.in_use + 3 } });
    const over = await alice.post(`/volume-transfers/${t.id}/accept`, { accept: { auth_key: t.auth_key } });
    expect(over.status).toBe(413);
    expect(over.headers.get('Retry-After')).toBe('0');
    expect(over.body.overLimit.message).toMatch(/^Requested volume or snapshot exceeds allowed gigabytes quota\. Requested 4G/);
    expect((await demo.get(`/volumes/${SEED.volumes.scratch04}`)).body.volume.status).toBe('awaiting-transfer');

    await admin.put(`/os-quota-sets/${SEED.projects.research}`, { quota_set: { gigabytes: -1 } });
    expect((await alice.post(`/volume-transfers/${t.id}/accept`, { accept: { auth_key: t.auth_key } })).status).toBe(202);
    const after = { demo: await usage(SEED.projects.demo), research: await usage(SEED.projects.research) };
    expect(after.demo.volumes.in_use).toBe(before.demo.volumes.in_use - 1);
    expect(after.demo.gigabytes.in_use).toBe(before.demo.gigabytes.in_use - 4);
    expect(after.research.volumes.in_use).toBe(before.research.volumes.in_use + 1);
    expect(after.research.gigabytes.in_use).toBe(before.research.gigabytes.in_use + 4);
  });

  test('no_snapshots leaves the snapshots behind; a busy snapshot blocks a transfer with them', async () => {
    const w = await setup({ delays: 'instant' });
    const { demo, alice, admin } = w;
    await admin.post(`/snapshots/${SEED.snapshots.snapChainOld}/action`, { 'os-reset_status': { status: 'creating' } });
    const busy = await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.snapChain } });
    expect(busy.body.badRequest.message).toBe(`Invalid snapshot: snapshot: ${SEED.snapshots.snapChainOld} status must be available`);
    const t = (await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.snapChain, no_snapshots: true } })).body.transfer;
    expect(t.no_snapshots).toBe(true);
    await alice.post(`/volume-transfers/${t.id}/accept`, { accept: { auth_key: t.auth_key } });
    expect((await admin.get(`/volumes/${SEED.volumes.snapChain}`)).body.volume['os-vol-tenant-attr:tenant_id']).toBe(SEED.projects.research);
    expect((await admin.get(`/snapshots/${SEED.snapshots.snapChainLatest}`)).body.snapshot['os-extended-snapshot-attributes:project_id']).toBe(SEED.projects.demo);
  });

  test('only an available volume; cancel gives it back; legacy os-volume-transfer is the same API', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const inUse = await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.dbPrimary } });
    expect(inUse.status).toBe(400);
    expect(inUse.body.badRequest.message).toBe('Invalid volume: status must be available');
    const legacy = await demo.post('/os-volume-transfer', { transfer: { volume_id: SEED.volumes.scratch01 } }, '3.0');
    expect(legacy.status).toBe(202);
    expect(legacy.body.transfer.no_snapshots).toBeUndefined();
    expect((await demo.post('/os-volume-transfer', { transfer: { volume_id: SEED.volumes.scratch02, no_snapshots: true } }, '3.54')).status).toBe(400);
    const again = await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.scratch01 } });
    expect(again.body.badRequest.message).toBe('Invalid volume: status must be available');
    expect((await demo.get(`/os-volume-transfer/${legacy.body.transfer.id}`, '3.0')).body.transfer.id).toBe(legacy.body.transfer.id);
    const cancel = await demo.del(`/volume-transfers/${legacy.body.transfer.id}`);
    expect(cancel.status).toBe(202);
    expect((await demo.get(`/volumes/${SEED.volumes.scratch01}`)).body.volume.status).toBe('available');
    expect((await demo.get('/volume-transfers')).body.transfers).toEqual([]);
  });

  test('admins list every project with all_tenants; a member only their own', async () => {
    const w = await setup({ delays: 'instant' });
    const { demo, admin, alice } = w;
    await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.scratch06 } });
    await alice.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.researchScratch } });
    expect((await admin.get('/volume-transfers/detail')).body.transfers).toHaveLength(0);
    expect((await admin.get('/volume-transfers/detail?all_tenants=1')).body.transfers).toHaveLength(2);
    expect((await demo.get('/volume-transfers/detail?all_tenants=1')).body.transfers).toHaveLength(1);
    const page = await admin.get('/volume-transfers/detail?all_tenants=1&limit=1');
    expect(page.body.transfers).toHaveLength(1);
    expect(page.body.transfers_links[0].href).toContain('marker=');
  });

  test('a user in two projects moves a volume: create with one token, accept with the other', async () => {
    const w = await setup({ delays: 'instant' });
    const inDemo = await aliceIn(w, 'demo');
    const inResearch = await aliceIn(w, 'research');
    const t = (await inDemo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.scratch07 } })).body.transfer;
    expect((await inResearch.post(`/volume-transfers/${t.id}/accept`, { accept: { auth_key: t.auth_key } })).status).toBe(202);
    expect((await inResearch.get(`/volumes/${SEED.volumes.scratch07}`)).body.volume.status).toBe('available');
    // The URL's project must be the token's.
    const mismatch = await call(w.emu, 'GET', `/volume/v3/${SEED.projects.demo}/volume-transfers`, { token: inResearch.token, mv: '3.70' });
    expect(mismatch.status).toBe(400);
  });
});
