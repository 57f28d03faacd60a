import { describe, expect, test } from 'vitest';
import { SEED, setup } from './helpers';

const LUKS = { provider: 'luks', cipher: 'aes-xts-plain64', key_size: 256, control_location: 'front-end' };

describe('cinder: volume type encryption', () => {
  test('create, show, update, delete on an unused type; the spec is echoed with its ids', async () => {
    const { admin } = await setup({ delays: 'instant' });
    const type = (await admin.post('/types', { volume_type: { name: 'enc-a' } })).body.volume_type;
    expect((await admin.get(`/types/${type.id}/encryption`)).body).toEqual({});
    const created = await admin.post(`/types/${type.id}/encryption`, { encryption: { ...LUKS, key_size: '512' } });
    expect(created.status).toBe(200);
    expect(created.body.encryption).toMatchObject({ ...LUKS, key_size: 512, volume_type_id: type.id });
    const shown = (await admin.get(`/types/${type.id}/encryption`)).body;
    expect(shown).toMatchObject({ provider: 'luks', key_size: 512, control_location: 'front-end', deleted: false, deleted_at: null, encryption_id: created.body.encryption.encryption_id });
    expect((await admin.get(`/types/${type.id}/encryption/cipher`)).body).toEqual({ cipher: 'aes-xts-plain64' });
    const again = await admin.post(`/types/${type.id}/encryption`, { encryption: LUKS });
    expect(again.body.badRequest.message).toBe(`Volume type encryption for type ${type.id} already exists.`);
    const updated = await admin.put(`/types/${type.id}/encryption/${shown.encryption_id}`, { encryption: { control_location: 'back-end' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ encryption: { control_location: 'back-end' } });
    expect((await admin.get(`/types/${type.id}/encryption`)).body.control_location).toBe('back-end');
    expect((await admin.del(`/types/${type.id}/encryption/${shown.encryption_id}`)).status).toBe(202);
    expect((await admin.get(`/types/${type.id}/encryption`)).body).toEqual({});
    const missing = await admin.del(`/types/${type.id}/encryption/x`);
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toBe(`Volume type encryption for type ${type.id} does not exist.`);
  });

  test('refused while a volume has the type; volumes of an encrypted type are encrypted', async () => {
    const { admin, demo } = await setup({ delays: 'instant' });
    const type = (await admin.post('/types', { volume_type: { name: 'enc-b' } })).body.volume_type;
    await admin.post(`/types/${type.id}/encryption`, { encryption: LUKS });
    const vol = (await demo.post('/volumes', { volume: { size: 1, volume_type: 'enc-b' } })).body.volume;
    expect(vol.encrypted).toBe(true);
    // The fixed key's id is never shown.
    expect(vol.encryption_key_id).toBeUndefined();
    for (const [reply, verb] of [
      [await admin.put(`/types/${type.id}/encryption/x`, { encryption: { key_size: 128 } }), 'update'],
      [await admin.del(`/types/${type.id}/encryption/x`), 'delete'],
    ] as const) {
      expect(reply.status).toBe(400);
      expect(reply.body.badRequest.message).toBe(`Cannot ${verb} encryption specs. Volume type in use.`);
    }
    const plain = (await admin.post('/types', { volume_type: { name: 'enc-c' } })).body.volume_type;
    await demo.post('/volumes', { volume: { size: 1, volume_type: 'enc-c' } });
    expect((await admin.post(`/types/${plain.id}/encryption`, { encryption: LUKS })).body.badRequest.message).toBe('Cannot create encryption specs. Volume type in use.');
  });

  test('schema and policy: control_location enum, required keys, members refused', async () => {
    const { admin, demo } = await setup();
    const bad = await admin.post(`/types/${SEED.volumeTypes.standard}/encryption`, { encryption: { provider: 'luks', control_location: 'middle' } });
    expect(bad.body.badRequest.message).toBe("Invalid input for field/attribute control_location. Value: 'middle'. 'middle' is not one of ['front-end', 'back-end']");
    expect((await admin.post(`/types/${SEED.volumeTypes.standard}/encryption`, { encryption: { provider: 'luks' } })).status).toBe(400);
    const member = await demo.get(`/types/${SEED.volumeTypes.standard}/encryption`);
    expect(member.status).toBe(403);
    expect(member.body.forbidden.message).toBe("Policy doesn't allow volume_extension:volume_type_encryption:get to be performed.");
  });
});

describe('cinder: os-services and availability zones', () => {
  test('lists the scheduler and a cinder-volume per backend; disable with a reason, enable keeps it', async () => {
    const { admin, demo } = await setup();
    const list = (await admin.get('/os-services')).body.services;
    expect(list.map((s: { binary: string; host: string }) => `${s.binary}@${s.host}`).sort()).toEqual(['cinder-backup@cinder', 'cinder-scheduler@cinder', 'cinder-volume@cinder@lvm-hdd', 'cinder-volume@cinder@lvm-ssd']);
    expect(list.every((s: { state: string; status: string }) => s.state === 'up' && s.status === 'enabled')).toBe(true);
    const off = await admin.put('/os-services/disable-log-reason', { host: 'cinder', binary: 'cinder-scheduler', disabled_reason: 'maintenance' });
    expect(off.body).toEqual({ disabled_reason: 'maintenance', disabled: true, host: 'cinder', service: '', binary: 'cinder-scheduler', status: 'disabled' });
    const on = await admin.put('/os-services/enable', { host: 'cinder', binary: 'cinder-scheduler' });
    expect(on.body).toEqual({ disabled: false, host: 'cinder', service: '', binary: 'cinder-scheduler', status: 'enabled' });
    const after = (await admin.get('/os-services?binary=cinder-scheduler')).body.services;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'enabled', disabled_reason: 'maintenance' });
    const unknown = await admin.put('/os-services/enable', { host: 'nowhere', binary: 'cinder-volume' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.itemNotFound.message).toBe('Service cinder-volume could not be found on host nowhere.');
    expect((await admin.put('/os-services/enable', { binary: 'cinder-volume' })).body.badRequest.message).toBe('Invalid input received: Host field is missing.');
    expect((await demo.get('/os-services')).status).toBe(403);
  });

  test('heartbeats: a stopped service is down after service_down_time; its backend leaves the pools and takes no volumes', async () => {
    const { admin, demo, emu, clock } = await setup({ delays: 'instant' });
    emu.scenarios.serviceDown({ binary: 'cinder-volume', host: 'cinder@lvm-ssd' });
    const ssd = async () => (await admin.get('/os-services?host=cinder@lvm-ssd')).body.services[0];
    expect((await ssd()).state).toBe('up');
    const before = (await ssd()).updated_at;
    clock.advance(61_000);
    expect(await ssd()).toMatchObject({ state: 'down', updated_at: before });
    const pools = (await admin.get('/scheduler-stats/get_pools')).body.pools.map((p: { name: string }) => p.name);
    expect(pools).toEqual(['cinder@lvm-hdd#hdd']);
    const vol = (await demo.post('/volumes', { volume: { size: 1, volume_type: 'ssd' } })).body.volume;
    expect((await demo.get(`/volumes/${vol.id}`)).body.volume.status).toBe('error');
    emu.scenarios.serviceUp({ binary: 'cinder-volume', host: 'cinder@lvm-ssd' });
    expect((await ssd()).state).toBe('up');
  });

  test('a zone is available while one of its cinder-volume services is enabled', async () => {
    const { admin } = await setup();
    const zones = async () => (await admin.get('/os-availability-zone')).body.availabilityZoneInfo;
    expect(await zones()).toEqual([{ zoneName: 'nova', zoneState: { available: true } }]);
    await admin.put('/os-services/disable', { host: 'cinder@lvm-hdd', binary: 'cinder-volume' });
    expect((await zones())[0].zoneState.available).toBe(true);
    await admin.put('/os-services/disable', { host: 'cinder@lvm-ssd', binary: 'cinder-volume' });
    expect((await zones())[0].zoneState.available).toBe(false);
  });
});

describe('cinder: quota class sets and project quota edits', () => {
  test('default class: show, update (no id in the answer), new projects follow it; members refused', async () => {
    const { admin, demo } = await setup();
    const shown = (await admin.get('/os-quota-class-sets/default')).body.quota_class_set;
    expect(shown).toMatchObject({ id: 'default', volumes: 10, snapshots: 10, gigabytes: 1000, per_volume_gigabytes: -1 });
    expect(shown).toHaveProperty('volumes_ssd');
    const put = await admin.put('/os-quota-class-sets/default', { quota_class_set: { volumes: 12, groups: '7' } });
    expect(put.status).toBe(200);
    expect(put.body.quota_class_set).toMatchObject({ volumes: 12, groups: 7 });
    expect(put.body.quota_class_set.id).toBeUndefined();
    expect((await admin.get('/os-quota-sets/0123456789abcdef0123456789abcdef')).body.quota_set.volumes).toBe(12);
    expect((await admin.put('/os-quota-class-sets/default', { quota_class_set: { bogus: 1 } })).body.badRequest.message).toBe('Invalid input received: Bad key(s) in quota class set: bogus');
    expect((await demo.get('/os-quota-class-sets/default')).status).toBe(403);
  });

  test('below usage is refused only for a limit the project has of its own (quotas.py reads defaults=False)', async () => {
    const { admin } = await setup();
    // demo has its own volumes limit (seeded) but none per type: 31 volumes, 20+ of type standard.
    expect((await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { volumes: 1 } })).status).toBe(400);
    const perType = await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { volumes_standard: 1 } });
    expect(perType.status).toBe(200);
    expect(perType.body.quota_set.volumes_standard).toBe(1);
    // Now it is the project's own: the next change is checked.
    const again = await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { volumes_standard: 0 } });
    expect(again.body.badRequest.message).toMatch(/^Quota volumes_standard limit must be equal or greater than existing resources\. Current usage is \d+ and the requested limit is 0\.$/);
  });

  test('project quotas: reset to defaults with DELETE', async () => {
    const { admin } = await setup();
    await admin.put(`/os-quota-sets/${SEED.projects.research}`, { quota_set: { backups: 3 } });
    expect((await admin.get(`/os-quota-sets/${SEED.projects.research}`)).body.quota_set.backups).toBe(3);
    expect((await admin.del(`/os-quota-sets/${SEED.projects.research}`)).status).toBe(200);
    expect((await admin.get(`/os-quota-sets/${SEED.projects.research}`)).body.quota_set).toMatchObject({ backups: 10, volumes: 10 });
  });
});

describe('cinder: manage and unmanage', () => {
  test('manageable volumes: safe objects, in-use ones and Cinder volumes ("already managed")', async () => {
    const { admin, demo } = await setup();
    const list = (await admin.get('/manageable_volumes/detail?host=cinder@lvm-hdd#hdd')).body['manageable-volumes'];
    const byName = new Map(list.map((e: { reference: { 'source-name': string } }) => [e.reference['source-name'], e]));
    expect(byName.get('legacy-db-data')).toEqual({ reference: { 'source-name': 'legacy-db-data' }, size: 20, safe_to_manage: true, reason_not_safe: null, cinder_id: null, extra_info: null });
    expect(byName.get('nfs-export-lock')).toMatchObject({ safe_to_manage: false, reason_not_safe: 'volume in use' });
    expect(byName.get(`volume-${SEED.volumes.webData}`)).toMatchObject({ safe_to_manage: false, reason_not_safe: 'already managed', cinder_id: SEED.volumes.webData });
    const summary = (await admin.get('/manageable_volumes?host=cinder@lvm-hdd&limit=1')).body['manageable-volumes'];
    expect(summary).toHaveLength(1);
    expect(Object.keys(summary[0]).sort()).toEqual(['reference', 'safe_to_manage', 'size']);
    expect((await admin.get('/manageable_volumes')).body.badRequest.message).toBe('Invalid input received: One and only one of cluster and host must be set.');
    expect((await admin.get('/manageable_volumes?host=nowhere')).status).toBe(404);
    expect((await admin.get('/manageable_volumes?host=cinder@lvm-hdd', '3.7')).status).toBe(404);
    expect((await demo.get('/manageable_volumes?host=cinder@lvm-hdd')).body.forbidden.message).toBe("Policy doesn't allow volume_extension:list_manageable to be performed.");
  });

  test('manage → creating → available with the object size; unmanage → gone, data manageable again', async () => {
    const { admin, clock } = await setup();
    const r = await admin.post('/manageable_volumes', { volume: { host: 'cinder@lvm-hdd#hdd', ref: { 'source-name': 'legacy-web-root' }, name: 'web-root', volume_type: 'standard', bootable: true } });
    expect(r.status).toBe(202);
    expect(r.body.volume).toMatchObject({ status: 'creating', name: 'web-root', volume_type: 'standard', bootable: 'true', size: 0 });
    const id = r.body.volume.id;
    clock.advance(10_000);
    expect((await admin.get(`/volumes/${id}`)).body.volume).toMatchObject({ status: 'available', size: 4, 'os-vol-host-attr:host': 'cinder@lvm-hdd#hdd' });
    const names = async () => (await admin.get('/manageable_volumes/detail?host=cinder@lvm-hdd')).body['manageable-volumes'].map((e: { reference: { 'source-name': string }; safe_to_manage: boolean }) => `${e.reference['source-name']}:${e.safe_to_manage}`);
    expect(await names()).toContain(`volume-${id}:false`);
    expect(await names()).not.toContain('legacy-web-root:true');
    expect((await admin.action(id, { 'os-unmanage': {} })).status).toBe(202);
    expect((await admin.get(`/volumes/${id}`)).body.volume.status).toBe('unmanaging');
    clock.advance(10_000);
    expect((await admin.get(`/volumes/${id}`)).status).toBe(404);
    expect(await names()).toContain(`volume-${id}:true`);
  });

  test('manage refusals: host, already managed, encrypted type, unknown type; a bad reference ends in error', async () => {
    const { admin, clock } = await setup();
    const manage = (volume: Record<string, unknown>) => admin.post('/manageable_volumes', { volume: { host: 'cinder@lvm-hdd#hdd', ref: { 'source-name': 'legacy-db-data' }, ...volume } });
    expect((await manage({ host: 'cinder@nope' })).body.badRequest.message).toBe("Host 'cinder@nope' not found");
    expect((await manage({ ref: { 'source-name': `volume-${SEED.volumes.webData}` } })).body.badRequest.message).toBe('Invalid volume: Unable to manage existing volume. The volume is already managed');
    expect((await manage({ volume_type: 'nope' })).body.badRequest.message).toBe("Invalid volume type: Cannot find requested 'nope' volume type");
    const enc = (await admin.post('/types', { volume_type: { name: 'enc-m' } })).body.volume_type;
    await admin.post(`/types/${enc.id}/encryption`, { encryption: LUKS });
    expect((await manage({ volume_type: 'enc-m' })).body.badRequest.message).toBe('Invalid volume type: Managing to an encrypted volume type is not supported.');
    await admin.put('/os-services/disable', { host: 'cinder@lvm-hdd', binary: 'cinder-volume' });
    expect((await manage({})).body.badRequest.message).toBe('Service is unavailable at this time.');
    await admin.put('/os-services/enable', { host: 'cinder@lvm-hdd', binary: 'cinder-volume' });
    const bad = await manage({ ref: { 'source-name': 'no-such-lv' } });
    clock.advance(10_000);
    expect((await admin.get(`/volumes/${bad.body.volume.id}`)).body.volume.status).toBe('error');
  });

  test('snapshots: manage an object of a volume, unmanage; encrypted volumes cannot be unmanaged', async () => {
    const { admin, clock, emu } = await setup();
    emu.scenarios.addBackendObject({ host: 'cinder@lvm-hdd', name: 'web-data-before-upgrade', kind: 'snapshot', sizeGb: 10, sourceName: `volume-${SEED.volumes.webData}` });
    const listed = (await admin.get('/manageable_snapshots/detail?host=cinder@lvm-hdd')).body['manageable-snapshots'];
    expect(listed.find((e: { reference: { 'source-name': string } }) => e.reference['source-name'] === 'web-data-before-upgrade')).toMatchObject({ safe_to_manage: true, source_reference: { 'source-name': `volume-${SEED.volumes.webData}` } });
    const r = await admin.post('/manageable_snapshots', { snapshot: { volume_id: SEED.volumes.webData, ref: { 'source-name': 'web-data-before-upgrade' }, name: 'before-upgrade' } });
    expect(r.status).toBe(202);
    expect(r.body.snapshot).toMatchObject({ status: 'creating', name: 'before-upgrade', volume_id: SEED.volumes.webData });
    clock.advance(10_000);
    const id = r.body.snapshot.id;
    expect((await admin.get(`/snapshots/${id}`)).body.snapshot.status).toBe('available');
    expect((await admin.post(`/snapshots/${id}/action`, { 'os-unmanage': null })).status).toBe(202);
    expect((await admin.get(`/snapshots/${id}`)).body.snapshot.status).toBe('unmanaging');
    clock.advance(10_000);
    expect((await admin.get(`/snapshots/${id}`)).status).toBe(404);

    const type = (await admin.post('/types', { volume_type: { name: 'enc-u' } })).body.volume_type;
    await admin.post(`/types/${type.id}/encryption`, { encryption: LUKS });
    const vol = (await admin.post('/volumes', { volume: { size: 1, volume_type: 'enc-u' } })).body.volume;
    clock.advance(10_000);
    const refused = await admin.action(vol.id, { 'os-unmanage': {} });
    expect(refused.body).toEqual({ badRequest: { code: 400, message: 'Unacceptable parameters.' } });
    const messages = (await admin.get(`/messages?resource_uuid=${vol.id}`)).body.messages;
    expect(messages[0].user_message).toBe('unmanage volume:Unmanaging encrypted volumes is not supported.');
  });
});
