import { describe, expect, test } from 'vitest';
import { call, ORIGIN, SEED, setup } from './helpers';

describe('cinder: lists (paging, sort, filters, all_tenants)', () => {
  test('default order is created_at desc; limit + marker walk the whole list with next links', async () => {
    const { demo } = await setup();
    const all = (await demo.get('/volumes/detail')).body.volumes;
    expect(all).toHaveLength(31);
    const created = all.map((v: { created_at: string }) => v.created_at);
    expect([...created].sort().reverse()).toEqual(created);
    const seen: string[] = [];
    let path = '/volumes?limit=10';
    for (let i = 0; i < 10 && path; i++) {
      const r = await demo.get(path);
      seen.push(...r.body.volumes.map((v: { id: string }) => v.id));
      const next = r.body.volumes_links?.[0]?.href as string | undefined;
      if (r.body.volumes.length === 10) {
        expect(next).toBeDefined();
        expect(next!.startsWith(`${ORIGIN}/volume/v3/${SEED.projects.demo}/volumes?`)).toBe(true);
        const q = new URL(next!).searchParams;
        expect(q.get('limit')).toBe('10');
        expect(q.get('marker')).toBe(r.body.volumes[9].id);
      } else {
        expect(next).toBeUndefined();
      }
      path = next ? next.slice(`${ORIGIN}/volume/v3/${SEED.projects.demo}`.length) : '';
    }
    expect(seen).toEqual(all.map((v: { id: string }) => v.id));
    // Summary list carries only id, name and links.
    expect(Object.keys((await demo.get('/volumes?limit=1')).body.volumes[0]).sort()).toEqual(['id', 'links', 'name']);
  });

  test('with_count (3.45+) counts before paging; older versions ignore it', async () => {
    const { demo } = await setup();
    const r = await demo.get('/volumes/detail?limit=5&with_count=true&status=available');
    const available = (await demo.get('/volumes?status=available')).body.volumes.length;
    expect(r.body.count).toBe(available);
    expect(r.body.volumes).toHaveLength(5);
    const old = await demo.get('/volumes?limit=5&with_count=true', '3.44');
    expect(old.body.count).toBeUndefined();
  });

  test('sort by name asc, sort_key/sort_dir, mixing is 400, unknown key is 400, offset', async () => {
    const { demo } = await setup();
    const names = (await demo.get('/volumes?sort=name:asc&status=available')).body.volumes.map((v: { name: string | null }) => v.name);
    const withoutNull = names.filter((n: string | null) => n !== null);
    expect(withoutNull).toEqual([...withoutNull].sort());
    expect(names[0]).toBeNull(); // MySQL sorts NULL first
    const legacy = (await demo.get('/volumes?sort_key=size&sort_dir=asc')).body.volumes;
    expect(legacy).toHaveLength(31);
    const mixed = await demo.get('/volumes?sort=name&sort_key=size');
    expect(mixed.status).toBe(400);
    expect(mixed.body.badRequest.message).toBe("The 'sort_key' and 'sort_dir' parameters are deprecated and cannot be used with the 'sort' parameter.");
    const bad = await demo.get('/volumes?sort=colour:asc');
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.message).toBe('Invalid input received: Invalid sort key');
    const dir = await demo.get('/volumes?sort=size:up');
    expect(dir.body.badRequest.message).toBe("Invalid input received: Unknown sort direction, must be 'desc' or 'asc'.");
    const page = (await demo.get('/volumes?sort=size:desc,name:asc&limit=3&offset=1')).body.volumes.map((v: { name: string }) => v.name);
    expect(page[0]).toBe('archive'); // big-data (200 GiB) skipped by offset
    const limit = await demo.get('/volumes?limit=abc');
    expect(limit.body.badRequest.message).toBe('limit param must be an integer');
  });

  test('an unknown marker is the resource NotFound (404)', async () => {
    const { demo } = await setup();
    const r = await demo.get('/volumes?marker=00000000-0000-0000-0000-000000000001');
    expect(r.status).toBe(404);
    expect(r.body.itemNotFound.message).toBe('Volume 00000000-0000-0000-0000-000000000001 could not be found.');
  });

  test('filters: name, status, metadata, bootable, size; unknown filter 400 for members from 3.31, ignored before', async () => {
    const { demo } = await setup();
    expect((await demo.get('/volumes?name=web-data')).body.volumes.map((v: { id: string }) => v.id)).toEqual([SEED.volumes.webData]);
    const errors = (await demo.get('/volumes/detail?status=error')).body.volumes;
    expect(errors.map((v: { name: string }) => v.name)).toEqual(['broken-create']);
    const md = (await demo.get(`/volumes?metadata=${encodeURIComponent("{'purpose': 'archive'}")}`)).body.volumes;
    expect(md.map((v: { name: string }) => v.name)).toEqual(['archive']);
    const boot = (await demo.get('/volumes?bootable=true')).body.volumes.map((v: { name: string }) => v.name).sort();
    expect(boot).toEqual(['boot-cirros', 'boot-ubuntu']);
    expect((await demo.get('/volumes?size=50')).body.volumes).toHaveLength(2);
    const bad = await demo.get('/volumes?host=cinder', '3.31');
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.message).toBe('Invalid filters host are found in query options.');
    expect((await demo.get('/volumes?host=cinder', '3.30')).body.volumes).toHaveLength(31);
    const like = await demo.get('/volumes?name~=scratch', '3.34');
    expect(like.status).toBe(400);
    expect(like.body.badRequest.message).toBe('Invalid filters name~ are found in query options.');
    // all_tenants from a member is silently dropped, even at 3.31+.
    expect((await demo.get('/volumes?all_tenants=1')).body.volumes).toHaveLength(31);
  });

  test('admins: all_tenants (+ project_id), any column filter, name~ inexact', async () => {
    const { admin } = await setup();
    expect((await admin.get('/volumes')).body.volumes).toHaveLength(2);
    const all = (await admin.get('/volumes?all_tenants=1')).body.volumes;
    expect(all).toHaveLength(36);
    const research = (await admin.get(`/volumes/detail?all_tenants=1&project_id=${SEED.projects.research}`)).body.volumes;
    expect(research.map((v: { name: string }) => v.name).sort()).toEqual(['research-data', 'research-results', 'research-scratch']);
    const onSsd = (await admin.get('/volumes/detail?all_tenants=1&host=cinder@lvm-ssd')).body.volumes;
    expect(onSsd.every((v: Record<string, string>) => v['os-vol-host-attr:host'] === 'cinder@lvm-ssd#ssd')).toBe(true);
    expect(onSsd.length).toBeGreaterThan(3);
    const like = (await admin.get('/volumes?all_tenants=1&name~=SCRATCH', '3.34')).body.volumes;
    expect(like).toHaveLength(11);
    expect((await admin.get('/volumes?all_tenants=1&no_such_column=1')).body.volumes).toEqual([]);
  });

  test('snapshots list: summary has all fields but no extended attributes; detail has them; filters', async () => {
    const { demo } = await setup();
    const list = (await demo.get('/snapshots')).body.snapshots;
    expect(list.length).toBe(6);
    expect(list[0]).not.toHaveProperty('os-extended-snapshot-attributes:progress');
    expect(list[0]).toHaveProperty('volume_id');
    const detail = (await demo.get(`/snapshots/detail?volume_id=${SEED.volumes.snapChain}`)).body.snapshots;
    expect(detail.map((s: { name: string }) => s.name)).toEqual(['snap-chain-2', 'snap-chain-1']);
    expect(detail[0]['os-extended-snapshot-attributes:progress']).toBe('100%');
    expect(detail[0]['os-extended-snapshot-attributes:project_id']).toBe(SEED.projects.demo);
    const counted = await demo.get('/snapshots?limit=2&with_count=true');
    expect(counted.body.count).toBe(6);
    expect(counted.body.snapshots_links[0].href).toContain('marker=');
  });

  test('messages: filter by resource_uuid, show, delete', async () => {
    const { demo } = await setup();
    const r = await demo.get(`/messages?resource_uuid=${SEED.volumes.brokenCreate}`, '3.5');
    expect(r.body.messages).toHaveLength(1);
    expect(r.body.messages[0]).toMatchObject({
      id: SEED.messages.brokenCreate,
      user_message: 'schedule allocate volume:Could not find any available weighted backend.',
      event_id: 'VOLUME_VOLUME_001_003',
      message_level: 'ERROR',
      resource_type: 'VOLUME',
      resource_uuid: SEED.volumes.brokenCreate,
    });
    expect((await demo.get(`/messages/${SEED.messages.extendFailed}`, '3.3')).body.message.user_message).toBe('extend volume:Volume Driver failed to extend volume.');
    expect((await demo.del(`/messages/${SEED.messages.extendFailed}`, '3.3')).status).toBe(204);
    expect((await demo.get(`/messages/${SEED.messages.extendFailed}`, '3.3')).status).toBe(404);
  });

  test('glance: active images sorted by name, paging with a relative next', async () => {
    const { emu, demo, alice } = await setup();
    const r = await call(emu, 'GET', '/image/v2/images?status=active&sort=name:asc&limit=2', { token: demo.token });
    expect(r.status).toBe(200);
    expect(r.body.images.map((i: { name: string }) => i.name)).toEqual(['cirros-0.6.2-x86_64-disk', 'ubuntu-22.04']);
    expect(r.body.next).toMatch(/^\/v2\/images\?/);
    const next = await call(emu, 'GET', `/image${r.body.next}`, { token: demo.token });
    expect(next.body.images.map((i: { name: string }) => i.name)).toEqual(['web-1-snapshot']);
    expect(next.body.next).toBeUndefined();
    const vm = next.body.images[0];
    expect(vm).toMatchObject({ bdm_v2: 'True', size: 0 });
    const bdm = JSON.parse(vm.block_device_mapping);
    expect(bdm[0]).toMatchObject({ source_type: 'snapshot', boot_index: 0, snapshot_id: SEED.snapshots.bootCirrosSnap });
    // Project research cannot see demo's private VM snapshot image.
    const research = await call(emu, 'GET', '/image/v2/images', { token: alice.token });
    expect(research.body.images.map((i: { name: string }) => i.name)).not.toContain('web-1-snapshot');
  });
});
