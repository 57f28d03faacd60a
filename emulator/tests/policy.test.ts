import { describe, expect, test } from 'vitest';
import { SEED, setup } from './helpers';

const forbidden = (rule: string) => ({ forbidden: { code: 403, message: `Policy doesn't allow ${rule} to be performed.` } });

describe('cinder: policy (Zed defaults)', () => {
  test('a member gets 403 with the real rule names on admin APIs', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const cases: [Promise<{ status: number; body: unknown }>, string][] = [
      [demo.post('/types', { volume_type: { name: 'x' } }), 'volume_extension:type_create'],
      [demo.put(`/types/${SEED.volumeTypes.ssd}`, { volume_type: { description: 'x' } }), 'volume_extension:type_update'],
      [demo.del(`/types/${SEED.volumeTypes.ssd}`), 'volume_extension:type_delete'],
      [demo.post(`/types/${SEED.volumeTypes.standard}/extra_specs`, { extra_specs: { a: 'b' } }), 'volume_extension:types_extra_specs:create'],
      [demo.post(`/types/${SEED.volumeTypes.goldPrivate}/action`, { addProjectAccess: { project: SEED.projects.demo } }), 'volume_extension:volume_type_access:addProjectAccess'],
      [demo.get('/qos-specs'), 'volume_extension:qos_specs_manage:get_all'],
      [demo.post('/qos-specs', { qos_specs: { name: 'q' } }), 'volume_extension:qos_specs_manage:create'],
      [demo.get(`/qos-specs/${SEED.qos.silver}/associate?vol_type_id=${SEED.volumeTypes.standard}`), 'volume_extension:qos_specs_manage:update'],
      [demo.action(SEED.volumes.webData, { 'os-reset_status': { status: 'error' } }), 'volume_extension:volume_admin_actions:reset_status'],
      [demo.action(SEED.volumes.webData, { 'os-force_delete': {} }), 'volume_extension:volume_admin_actions:force_delete'],
      [demo.action(SEED.volumes.webData, { 'os-migrate_volume': { host: 'cinder@lvm-ssd#ssd' } }), 'volume_extension:volume_admin_actions:migrate_volume'],
      [demo.post(`/snapshots/${SEED.snapshots.withSnapshotSnap}/action`, { 'os-reset_status': { status: 'error' } }), 'volume_extension:snapshot_admin_actions:reset_status'],
      [demo.get('/scheduler-stats/get_pools?detail=true'), 'scheduler_extension:scheduler_stats:get_pools'],
      [demo.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { volumes: 20 } }), 'volume_extension:quotas:update'],
      [demo.get(`/os-quota-sets/${SEED.projects.research}`), 'volume_extension:quotas:show'],
      [demo.del(`/volumes/${SEED.volumes.scratch01}?force=true`, '3.23'), 'volume:force_delete'],
      [demo.get('/os-services'), 'volume_extension:services:index'],
    ];
    for (const [promise, rule] of cases) {
      const r = await promise;
      expect(r.status, rule).toBe(403);
      expect(r.body, rule).toEqual(forbidden(rule));
    }
  });

  test("a member asking for another project's volume gets 404; admins see any volume", async () => {
    const { demo, admin } = await setup();
    const r = await demo.get(`/volumes/${SEED.volumes.researchData}`);
    expect(r.status).toBe(404);
    expect(r.body.itemNotFound.message).toBe(`Volume ${SEED.volumes.researchData} could not be found.`);
    expect((await demo.del(`/volumes/${SEED.volumes.researchData}`)).status).toBe(404);
    expect((await admin.get(`/volumes/${SEED.volumes.researchData}`)).status).toBe(200);
  });

  test('admin-only volume fields are hidden from members', async () => {
    const { demo, admin } = await setup();
    const m = (await demo.get(`/volumes/${SEED.volumes.sharedLogs}`)).body.volume;
    const a = (await admin.get(`/volumes/${SEED.volumes.sharedLogs}`)).body.volume;
    for (const key of ['migration_status', 'os-vol-host-attr:host', 'os-vol-mig-status-attr:migstat', 'os-vol-mig-status-attr:name_id', 'provider_id', 'cluster_name']) {
      expect(m, key).not.toHaveProperty(key);
      expect(a, key).toHaveProperty(key);
    }
    expect(a['os-vol-host-attr:host']).toBe('cinder@lvm-hdd#hdd');
    expect(m['os-vol-tenant-attr:tenant_id']).toBe(SEED.projects.demo);
    expect(m.attachments.map((x: { host_name: unknown }) => x.host_name)).toEqual([null, null]);
    expect(a.attachments.map((x: { host_name: unknown }) => x.host_name)).toEqual(['compute-1', 'compute-2']);
    expect(m).toMatchObject({ bootable: 'false', encrypted: false, multiattach: true, status: 'in-use' });
    expect(m.attachments).toHaveLength(2);
  });

  test('members see only user-visible extra specs and no qos_specs_id; private types only with access', async () => {
    const { demo, admin, alice } = await setup();
    const memberTypes = (await demo.get('/types')).body.volume_types;
    expect(memberTypes.map((t: { name: string }) => t.name).sort()).toEqual(['__DEFAULT__', 'shared', 'ssd', 'standard']);
    const ssd = memberTypes.find((t: { name: string }) => t.name === 'ssd');
    expect(ssd.extra_specs).toEqual({});
    expect(ssd).not.toHaveProperty('qos_specs_id');
    expect(memberTypes.find((t: { name: string }) => t.name === 'shared').extra_specs).toEqual({ multiattach: '<is> True' });
    const adminSsd = (await admin.get(`/types/${SEED.volumeTypes.ssd}`)).body.volume_type;
    expect(adminSsd).toMatchObject({ extra_specs: { volume_backend_name: 'ssd' }, qos_specs_id: SEED.qos.goldIops, 'os-volume-type-access:is_public': true });
    expect((await demo.get(`/types/${SEED.volumeTypes.goldPrivate}`)).status).toBe(404);
    const research = (await alice.get('/types')).body.volume_types.map((t: { name: string }) => t.name);
    expect(research).toContain('gold-private');
    expect((await admin.get('/types?is_public=false')).body.volume_types.map((t: { name: string }) => t.name)).toEqual(['gold-private']);
    expect((await admin.get('/types?is_public=none')).body.volume_types).toHaveLength(5);
    expect((await demo.get('/types/default')).body.volume_type.name).toBe('__DEFAULT__');
    expect((await demo.get(`/types/${SEED.volumeTypes.ssd}/extra_specs`)).body).toEqual({ extra_specs: {} });
  });
});
