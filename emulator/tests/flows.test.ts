import { describe, expect, test } from 'vitest';
import { SEED, setup, type World } from './helpers';

async function volume(w: World, id: string, who = w.demo) {
  const r = await who.get(`/volumes/${id}`);
  return r.status === 200 ? r.body.volume : null;
}

describe('status flows on the injected clock', () => {
  test('blank create: 202 creating, still creating before the delay, available after (~3 s)', async () => {
    const w = await setup();
    const r = await w.demo.post('/volumes', { volume: { size: 2, name: 'flow-blank' } });
    expect(r.status).toBe(202);
    expect(r.body.volume).toMatchObject({ status: 'creating', size: 2, name: 'flow-blank', volume_type: '__DEFAULT__', bootable: 'false', availability_zone: 'nova' });
    const id = r.body.volume.id;
    w.clock.advance(2999);
    expect((await volume(w, id)).status).toBe('creating');
    w.clock.advance(1);
    const v = await volume(w, id);
    expect(v.status).toBe('available');
    expect((await volume(w, id, w.admin))['os-vol-host-attr:host']).toBe('cinder@lvm-hdd#hdd');
  });

  test('from an image: creating → downloading → available, bootable with volume_image_metadata', async () => {
    const w = await setup();
    const r = await w.demo.post('/volumes', { volume: { size: 1, imageRef: SEED.images.cirros, name: 'from-cirros' } });
    expect(r.status).toBe(202);
    const id = r.body.volume.id;
    w.clock.advance(3000);
    expect((await volume(w, id)).status).toBe('downloading');
    w.clock.advance(2000);
    const v = await volume(w, id);
    expect(v.status).toBe('available');
    expect(v.bootable).toBe('true');
    expect(v.volume_image_metadata).toMatchObject({ image_id: SEED.images.cirros, image_name: 'cirros-0.6.2-x86_64-disk', min_disk: '1', signature_verified: 'False' });
  });

  test('extend: extending → previous status with the new size; in-use extend from 3.42', async () => {
    const w = await setup();
    expect((await w.demo.action(SEED.volumes.webData, { 'os-extend': { new_size: 12 } })).status).toBe(202);
    expect(await volume(w, SEED.volumes.webData)).toMatchObject({ status: 'extending', size: 10 });
    w.clock.advance(2000);
    expect(await volume(w, SEED.volumes.webData)).toMatchObject({ status: 'available', size: 12 });
    expect((await w.demo.action(SEED.volumes.appData, { 'os-extend': { new_size: 16 } }, '3.42')).status).toBe(202);
    w.clock.advance(2000);
    expect(await volume(w, SEED.volumes.appData)).toMatchObject({ status: 'in-use', size: 16 });
  });

  test('retype on the same backend: retyping → available with the new type', async () => {
    const w = await setup();
    // __DEFAULT__ does not pin a backend and the volume sits on hdd, which "standard" also uses.
    expect((await w.demo.action(SEED.volumes.scratch01, { 'os-retype': { new_type: 'standard' } })).status).toBe(202);
    expect((await volume(w, SEED.volumes.scratch01)).status).toBe('retyping');
    w.clock.advance(3000);
    expect(await volume(w, SEED.volumes.scratch01)).toMatchObject({ status: 'available', volume_type: 'standard' });
  });

  test('retype across backends: never = silently unchanged; on-demand migrates (migration_status, host)', async () => {
    const w = await setup();
    await w.demo.action(SEED.volumes.scratch02, { 'os-retype': { new_type: 'ssd' } });
    w.clock.advance(3000);
    expect(await volume(w, SEED.volumes.scratch02)).toMatchObject({ status: 'available', volume_type: 'standard' });

    expect((await w.demo.action(SEED.volumes.scratch02, { 'os-retype': { new_type: 'ssd', migration_policy: 'on-demand' } })).status).toBe(202);
    const during = await volume(w, SEED.volumes.scratch02, w.admin);
    expect(during).toMatchObject({ status: 'retyping', migration_status: 'migrating', 'os-vol-host-attr:host': 'cinder@lvm-hdd#hdd' });
    w.clock.advance(3000);
    const after = await volume(w, SEED.volumes.scratch02, w.admin);
    expect(after).toMatchObject({ status: 'available', volume_type: 'ssd', migration_status: 'success', 'os-vol-host-attr:host': 'cinder@lvm-ssd#ssd' });
    expect(after['os-vol-mig-status-attr:name_id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('retype on-demand of a volume with snapshots: accepted, then back to available with the old type, no message (manager.retype)', async () => {
    const w = await setup();
    // snap-chain (standard, on hdd) has two snapshots; ssd needs another back end.
    const r = await w.demo.action(SEED.volumes.snapChain, { 'os-retype': { new_type: 'ssd', migration_policy: 'on-demand' } });
    expect(r.status).toBe(202);
    expect((await volume(w, SEED.volumes.snapChain)).status).toBe('retyping');
    w.clock.advance(3000);
    const after = await volume(w, SEED.volumes.snapChain, w.admin);
    expect(after).toMatchObject({ status: 'available', volume_type: 'standard', migration_status: null, 'os-vol-host-attr:host': 'cinder@lvm-hdd#hdd' });
    // "Volume must not have snapshots." is raised in the volume manager: logged, never a user message.
    expect((await w.demo.get(`/messages?resource_uuid=${SEED.volumes.snapChain}`)).body.messages).toEqual([]);
  });

  test('revert to the latest snapshot (3.40): volume reverting + snapshot restoring → both available', async () => {
    const w = await setup();
    const r = await w.demo.action(SEED.volumes.snapChain, { revert: { snapshot_id: SEED.snapshots.snapChainLatest } });
    expect(r.status).toBe(202);
    expect((await volume(w, SEED.volumes.snapChain)).status).toBe('reverting');
    expect((await w.demo.get(`/snapshots/${SEED.snapshots.snapChainLatest}`)).body.snapshot.status).toBe('restoring');
    w.clock.advance(3000);
    expect((await volume(w, SEED.volumes.snapChain)).status).toBe('available');
    expect((await w.demo.get(`/snapshots/${SEED.snapshots.snapChainLatest}`)).body.snapshot.status).toBe('available');
  });

  test('delete: deleting, then the volume vanishes (404); cascade takes the snapshots along', async () => {
    const w = await setup();
    expect((await w.demo.del(`/volumes/${SEED.volumes.scratch03}`)).status).toBe(202);
    expect((await volume(w, SEED.volumes.scratch03)).status).toBe('deleting');
    w.clock.advance(2000);
    expect(await volume(w, SEED.volumes.scratch03)).toBeNull();

    expect((await w.demo.del(`/volumes/${SEED.volumes.snapChain}?cascade=true`)).status).toBe(202);
    expect((await w.demo.get(`/snapshots/${SEED.snapshots.snapChainOld}`)).body.snapshot.status).toBe('deleting');
    w.clock.advance(2000);
    expect(await volume(w, SEED.volumes.snapChain)).toBeNull();
    expect((await w.demo.get(`/snapshots/${SEED.snapshots.snapChainOld}`)).status).toBe(404);
  });

  test('snapshot create: progress grows 0% → 100% over ~4 s', async () => {
    const w = await setup();
    const r = await w.demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.webData, name: 'progress' } });
    expect(r.status).toBe(202);
    expect(r.body.snapshot.status).toBe('creating');
    const id = r.body.snapshot.id;
    const progress = async () => (await w.demo.get(`/snapshots/${id}`)).body.snapshot['os-extended-snapshot-attributes:progress'];
    expect(await progress()).toBe('0%');
    w.clock.advance(1000);
    expect(await progress()).toBe('25%');
    w.clock.advance(2000);
    expect(await progress()).toBe('75%');
    w.clock.advance(1000);
    const done = (await w.demo.get(`/snapshots/${id}`)).body.snapshot;
    expect(done.status).toBe('available');
    expect(done['os-extended-snapshot-attributes:progress']).toBe('100%');
  });

  test('migrate (admin): migration_status starting → migrating → completing → success, host changes', async () => {
    const w = await setup();
    const r = await w.admin.action(SEED.volumes.scratch04, { 'os-migrate_volume': { host: 'cinder@lvm-ssd#ssd', force_host_copy: false, lock_volume: true } });
    expect(r.status).toBe(202);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const v = await volume(w, SEED.volumes.scratch04, w.admin);
      seen.push(`${v.status}/${v.migration_status}`);
      w.clock.advance(1000);
    }
    expect(seen).toEqual(['maintenance/starting', 'maintenance/migrating', 'maintenance/completing', 'available/success']);
    expect((await volume(w, SEED.volumes.scratch04, w.admin))['os-vol-host-attr:host']).toBe('cinder@lvm-ssd#ssd');
  });

  test("'instant' delays: the 202 body is transitional, the next GET shows the result", async () => {
    const w = await setup({ delays: 'instant' });
    const r = await w.demo.post('/volumes', { volume: { size: 1, imageRef: SEED.images.cirros } });
    expect(r.body.volume.status).toBe('creating');
    expect((await volume(w, r.body.volume.id)).status).toBe('available');
  });
});
