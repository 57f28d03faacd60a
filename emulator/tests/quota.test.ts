import { describe, expect, test } from 'vitest';
import { SEED, setup } from './helpers';

describe('cinder: quotas and limits', () => {
  test('os-quota-sets with usage: {limit, in_use, reserved} incl. per-type keys; plain ints without', async () => {
    const { demo } = await setup();
    const r = await demo.get(`/os-quota-sets/${SEED.projects.demo}?usage=true`);
    expect(r.status).toBe(200);
    const q = r.body.quota_set;
    expect(q.id).toBe(SEED.projects.demo);
    expect(q.volumes).toEqual({ limit: 200, in_use: 31, reserved: 0 });
    expect(q.snapshots).toEqual({ limit: 200, in_use: 6, reserved: 0 });
    expect(q.volumes_ssd.limit).toBe(-1);
    expect(q.gigabytes_standard.in_use).toBeGreaterThan(0);
    expect(q).toHaveProperty('snapshots___DEFAULT__');
    const plain = (await demo.get(`/os-quota-sets/${SEED.projects.demo}`)).body.quota_set;
    expect(plain.volumes).toBe(200);
    expect((await demo.get(`/os-quota-sets/${SEED.projects.demo}/defaults`)).body.quota_set).toMatchObject({ volumes: 10, snapshots: 10, gigabytes: 1000 });
  });

  test('gigabytes over quota → 413 overLimit with the Cinder text, retryAfter and Retry-After: 0', async () => {
    const { demo } = await setup();
    const used = (await demo.get(`/os-quota-sets/${SEED.projects.demo}?usage=true`)).body.quota_set.gigabytes.in_use;
    const r = await demo.post('/volumes', { volume: { size: 2001 } });
    expect(r.status).toBe(413);
    expect(r.headers.get('Retry-After')).toBe('0');
    expect(r.body).toEqual({
      overLimit: {
        code: 413,
        message: `VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 2001G, quota is 2000G and ${used}G has been consumed.`,
        retryAfter: '0',
      },
    });
  });

  test('a new project gets the defaults; volume count over quota → VolumeLimitExceeded', async () => {
    const { admin, emu } = await setup({ delays: 'instant' });
    // Lower demo's limit to what it uses, then one more volume is refused.
    const put = await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { volumes: 31 } });
    expect(put.status).toBe(200);
    expect(put.body.quota_set.volumes).toBe(31);
    expect(put.body.quota_set.id).toBeUndefined();
    const { Cinder, login } = await import('./helpers');
    const demo = new Cinder(emu, await login(emu, 'demo', 'demo'), SEED.projects.demo);
    const r = await demo.post('/volumes', { volume: { size: 1 } });
    expect(r.status).toBe(413);
    expect(r.body.overLimit.message).toBe("VolumeLimitExceeded: Maximum number of volumes allowed (31) exceeded for quota 'volumes'.");
    const below = await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { volumes: 3 } });
    expect(below.body.badRequest.message).toBe('Quota volumes limit must be equal or greater than existing resources. Current usage is 31 and the requested limit is 3.');
    expect((await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { bogus: 3 } })).body.badRequest.message).toBe('Invalid input received: Bad key(s) in quota set: bogus');
    const fresh = (await admin.get('/os-quota-sets/0123456789abcdef0123456789abcdef')).body.quota_set;
    expect(fresh).toMatchObject({ volumes: 10, snapshots: 10, gigabytes: 1000, per_volume_gigabytes: -1 });
  });

  test('snapshots over quota → SnapshotLimitExceeded; extend reserves while extending', async () => {
    const { admin, demo, clock } = await setup();
    await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { snapshots: 6 } });
    const r = await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.webData } });
    expect(r.status).toBe(413);
    expect(r.body.overLimit.message).toBe('SnapshotLimitExceeded: Maximum number of snapshots allowed (6) exceeded');
    await demo.action(SEED.volumes.webData, { 'os-extend': { new_size: 15 } });
    const during = (await demo.get(`/os-quota-sets/${SEED.projects.demo}?usage=true`)).body.quota_set.gigabytes;
    expect(during.reserved).toBe(5);
    clock.advance(2000);
    const after = (await demo.get(`/os-quota-sets/${SEED.projects.demo}?usage=true`)).body.quota_set.gigabytes;
    expect(after.reserved).toBe(0);
    expect(after.in_use).toBe(during.in_use + 5);
  });

  test('limits: absolute maxima and usage', async () => {
    const { demo } = await setup();
    const abs = (await demo.get('/limits')).body.limits.absolute;
    expect(abs).toMatchObject({ maxTotalVolumes: 200, maxTotalSnapshots: 200, maxTotalVolumeGigabytes: 2000, totalVolumesUsed: 31, totalSnapshotsUsed: 6, maxTotalBackups: 200, totalBackupsUsed: 4 });
    expect((await demo.get('/limits')).body.limits.rate).toEqual([]);
  });

  test('availability zones, pools (admin) and services', async () => {
    const { demo, admin } = await setup();
    expect((await demo.get('/os-availability-zone')).body).toEqual({ availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true } }] });
    const pools = (await admin.get('/scheduler-stats/get_pools?detail=true')).body.pools;
    expect(pools.map((p: { name: string }) => p.name)).toEqual(['cinder@lvm-hdd#hdd', 'cinder@lvm-ssd#ssd']);
    for (const p of pools) {
      expect(p.capabilities.free_capacity_gb).toBe(p.capabilities.total_capacity_gb - p.capabilities.allocated_capacity_gb);
    }
    expect(pools[0].capabilities).toMatchObject({ volume_backend_name: 'hdd', total_capacity_gb: 1000 });
    expect(pools[1].capabilities).toMatchObject({ volume_backend_name: 'ssd', total_capacity_gb: 500 });
    expect((await admin.get('/scheduler-stats/get_pools')).body.pools[0]).toEqual({ name: 'cinder@lvm-hdd#hdd' });
    const services = (await admin.get('/os-services')).body.services;
    expect(services.map((s: { binary: string }) => s.binary)).toEqual(['cinder-scheduler', 'cinder-volume', 'cinder-volume', 'cinder-backup']);
  });
});
