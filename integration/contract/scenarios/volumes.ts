/** Volumes: list paging/count, create → extend → snapshot → revert → delete, reset status, refusals. */
import { send } from '../client';
import { listLength, nextMarker, obj, setupType, setupVolume, snapshotCreated, volumeCreated } from './helpers';
import type { Scenario } from './types';

/** Glance v2 image schema's base properties (not the free-form ones). */
const GLANCE_FIELDS = new Set(['checksum', 'container_format', 'created_at', 'disk_format', 'file', 'id', 'min_disk', 'min_ram', 'name', 'os_hash_algo', 'os_hash_value', 'os_hidden', 'owner', 'protected', 'schema', 'self', 'size', 'status', 'stores', 'tags', 'updated_at', 'virtual_size', 'visibility']);

export const volumeScenarios: Scenario[] = [
  {
    name: 'volume list: paging, count, summary list, sort',
    async run(ctx) {
      const m = ctx.member;
      const name = ctx.name('page');
      await Promise.all([setupVolume(ctx, m, { size: 1, name }), setupVolume(ctx, m, { size: 1, name })]);
      const page1 = await ctx.call('detail list, limit 1, with_count', m, 'GET', '/volumes/detail', { query: { name, limit: 1, with_count: true } }, (b) => ({ count: b.count, items: listLength(b, 'volumes'), next: !!nextMarker(b, 'volumes_links') }));
      const marker = nextMarker(obj(page1.body), 'volumes_links');
      const page2 = await ctx.call('detail list, second page by marker', m, 'GET', '/volumes/detail', { query: { name, limit: 1, with_count: true, ...(marker ? { marker } : {}) } }, (b) => ({ count: b.count, items: listLength(b, 'volumes') }));
      const marker2 = nextMarker(obj(page2.body), 'volumes_links');
      await ctx.call('detail list, page after the last', m, 'GET', '/volumes/detail', { query: { name, limit: 1, with_count: true, ...(marker2 ? { marker: marker2 } : {}) } }, (b) => ({ count: b.count, items: listLength(b, 'volumes') }));
      await ctx.call('summary list', m, 'GET', '/volumes', { query: { name } }, (b) => ({ items: listLength(b, 'volumes') }));
      await ctx.call('detail list sorted by size and name', m, 'GET', '/volumes/detail', { query: { name, sort: 'size:desc,name:asc' } }, (b) => ({ items: listLength(b, 'volumes') }));
      await ctx.call('filter by status', m, 'GET', '/volumes/detail', { query: { name, status: 'error' } }, (b) => ({ items: listLength(b, 'volumes') }));
      await ctx.call('unknown sort key', m, 'GET', '/volumes/detail', { query: { sort: 'no_such_column:asc' } });
      await ctx.call('count below 3.45 is a refused filter', m, 'GET', '/volumes/detail', { mv: '3.44', query: { name, with_count: true } });
      await ctx.call('admin: all projects with a project filter', ctx.admin, 'GET', '/volumes/detail', { query: { all_tenants: 1, project_id: m.projectId, name, with_count: true } }, (b) => ({ count: b.count }));
      await ctx.call('bad marker', m, 'GET', '/volumes/detail', { query: { marker: '00000000-0000-4000-8000-000000000000' } });
    },
  },
  {
    name: 'volume lifecycle: create, update, extend, snapshot, revert, reset, delete',
    async run(ctx) {
      const m = ctx.member;
      const created = await ctx.call('create volume', m, 'POST', '/volumes', { body: { volume: { size: 1, name: ctx.name('life'), description: 'contract', metadata: { purpose: 'contract' } } } }, (b) => ({ status: obj(b.volume).status, size: obj(b.volume).size }));
      const id = volumeCreated(ctx, obj(created.body));
      await ctx.watch('create: status sequence', m, `/volumes/${id}`, { resource: 'volume' });
      await ctx.call('show volume (member)', m, 'GET', `/volumes/${id}`, {}, (b) => ({ status: obj(b.volume).status, bootable: obj(b.volume).bootable, encrypted: obj(b.volume).encrypted, attachments: obj(b.volume).attachments, volume_type: obj(b.volume).volume_type, metadata: obj(b.volume).metadata }));
      await ctx.call('show volume (admin)', ctx.admin, 'GET', `/volumes/${id}`, {}, (b) => ({ migration_status: obj(b.volume).migration_status }));
      await ctx.call('show volume at 3.0', m, 'GET', `/volumes/${id}`, { mv: null });
      await ctx.call('rename volume', m, 'PUT', `/volumes/${id}`, { body: { volume: { name: ctx.name('life2'), description: '' } } }, (b) => ({ description: obj(b.volume).description }));
      await ctx.call('set metadata', m, 'POST', `/volumes/${id}/metadata`, { body: { metadata: { tier: 'gold' } } }, (b) => ({ metadata: b.metadata }));
      // Keys that differ only in case: stored side by side, but one delete takes them all (MySQL's collation).
      await ctx.call('add a key differing only in case', m, 'POST', `/volumes/${id}/metadata`, { body: { metadata: { Tier: 'silver' } } }, (b) => ({ metadata: b.metadata }));
      await ctx.call('delete a key that is not there as written', m, 'DELETE', `/volumes/${id}/metadata/TIER`);
      await ctx.call('delete one of the two', m, 'DELETE', `/volumes/${id}/metadata/Tier`);
      await ctx.call('metadata after that delete: both gone', m, 'GET', `/volumes/${id}/metadata`, {}, (b) => ({ metadata: b.metadata }));
      await ctx.call('extend to a smaller size', m, 'POST', `/volumes/${id}/action`, { body: { 'os-extend': { new_size: 1 } } });
      await ctx.call('extend', m, 'POST', `/volumes/${id}/action`, { body: { 'os-extend': { new_size: 2 } } });
      await ctx.watch('extend: status sequence', m, `/volumes/${id}`, { resource: 'volume' });
      await ctx.call('size after extend', m, 'GET', `/volumes/${id}`, {}, (b) => ({ size: obj(b.volume).size }));

      const snap = await ctx.call('create snapshot', m, 'POST', '/snapshots', { body: { snapshot: { volume_id: id, name: ctx.name('snap'), description: 'contract' } } }, (b) => ({ status: obj(b.snapshot).status, size: obj(b.snapshot).size }));
      const snapId = snapshotCreated(ctx, obj(snap.body));
      await ctx.watch('snapshot create: status sequence', m, `/snapshots/${snapId}`, { resource: 'snapshot' });
      await ctx.call('show snapshot', m, 'GET', `/snapshots/${snapId}`, {}, (b) => ({ progress: obj(b.snapshot)['os-extended-snapshot-attributes:progress'] }));
      await ctx.call('snapshot list with count', m, 'GET', '/snapshots/detail', { query: { volume_id: id, with_count: true } }, (b) => ({ count: b.count, items: listLength(b, 'snapshots') }));
      await ctx.call('snapshot summary list', m, 'GET', '/snapshots', { query: { volume_id: id } }, (b) => ({ items: listLength(b, 'snapshots') }));
      await ctx.call('rename snapshot', m, 'PUT', `/snapshots/${snapId}`, { body: { snapshot: { name: ctx.name('snap2') } } });
      await ctx.call('snapshot with force=false at 3.66', m, 'POST', '/snapshots', { body: { snapshot: { volume_id: id, force: false } } });
      await ctx.call('delete a volume that has snapshots', m, 'DELETE', `/volumes/${id}`);
      await ctx.call('revert without 3.40', m, 'POST', `/volumes/${id}/action`, { mv: '3.39', body: { revert: { snapshot_id: snapId } } });
      await ctx.call('extend once more', m, 'POST', `/volumes/${id}/action`, { body: { 'os-extend': { new_size: 3 } } });
      await ctx.settle(m, `/volumes/${id}`, 'volume');
      await ctx.call('revert to a snapshot of another size', m, 'POST', `/volumes/${id}/action`, { body: { revert: { snapshot_id: snapId } } });
      const snap2 = await ctx.call('second snapshot', m, 'POST', '/snapshots', { body: { snapshot: { volume_id: id, name: ctx.name('snap3') } } });
      const snap2Id = snapshotCreated(ctx, obj(snap2.body));
      await ctx.settle(m, `/snapshots/${snap2Id}`, 'snapshot');
      await ctx.call('revert to the latest snapshot', m, 'POST', `/volumes/${id}/action`, { body: { revert: { snapshot_id: snap2Id } } });
      await ctx.watch('revert: volume status sequence', m, `/volumes/${id}`, { resource: 'volume' });
      await ctx.watch('revert: snapshot status sequence', m, `/snapshots/${snap2Id}`, { resource: 'snapshot' });
      await ctx.call('delete snapshot', m, 'DELETE', `/snapshots/${snap2Id}`);
      await ctx.watch('snapshot delete: status sequence', m, `/snapshots/${snap2Id}`, { resource: 'snapshot' });
      await ctx.call('delete the deleted snapshot', m, 'DELETE', `/snapshots/${snap2Id}`);
      await ctx.call('delete snapshot 1', m, 'DELETE', `/snapshots/${snapId}`);
      await ctx.settle(m, `/snapshots/${snapId}`, 'snapshot');

      await ctx.call('reset status as member', m, 'POST', `/volumes/${id}/action`, { body: { 'os-reset_status': { status: 'error' } } });
      await ctx.call('reset status to deleting', ctx.admin, 'POST', `/volumes/${id}/action`, { body: { 'os-reset_status': { status: 'deleting' } } });
      await ctx.call('reset status with no field', ctx.admin, 'POST', `/volumes/${id}/action`, { body: { 'os-reset_status': {} } });
      await ctx.call('reset status to error', ctx.admin, 'POST', `/volumes/${id}/action`, { body: { 'os-reset_status': { status: 'error' } } });
      await ctx.call('status after reset', m, 'GET', `/volumes/${id}`, {}, (b) => ({ status: obj(b.volume).status }));
      await ctx.call('extend an errored volume', m, 'POST', `/volumes/${id}/action`, { body: { 'os-extend': { new_size: 4 } } });
      await ctx.call('delete volume', m, 'DELETE', `/volumes/${id}`);
      await ctx.watch('delete: status sequence', m, `/volumes/${id}`, { resource: 'volume' });
      await ctx.call('show a deleted volume', m, 'GET', `/volumes/${id}`);
    },
  },
  {
    name: 'retype with and without migration',
    async run(ctx) {
      const m = ctx.member;
      const hdd = ctx.label(ctx.name('hdd'), 'type-hdd');
      const ssd = ctx.label(ctx.name('ssd'), 'type-ssd');
      await setupType(ctx, hdd, { volume_backend_name: 'hdd' });
      await setupType(ctx, ssd, { volume_backend_name: 'ssd' });
      const id = await setupVolume(ctx, m, { size: 1, name: ctx.name('retype'), volume_type: hdd });
      await ctx.call('type of the new volume', m, 'GET', `/volumes/${id}`, {}, (b) => ({ volume_type: ctx.l(obj(b.volume).volume_type) }));
      await ctx.call('retype to the same type', m, 'POST', `/volumes/${id}/action`, { body: { 'os-retype': { new_type: hdd } } });
      await ctx.call('retype to an unknown type', m, 'POST', `/volumes/${id}/action`, { body: { 'os-retype': { new_type: ctx.name('nope') } } });
      await ctx.call('retype with a vendor option', m, 'POST', `/volumes/${id}/action`, { body: { 'os-retype': { new_type: ssd, force_host_copy: true } } });
      await ctx.call('retype needing migration, policy never', m, 'POST', `/volumes/${id}/action`, { body: { 'os-retype': { new_type: ssd, migration_policy: 'never' } } });
      await ctx.watch('retype (never): status sequence', m, `/volumes/${id}`, { resource: 'volume' });
      await ctx.call('type after a refused retype', m, 'GET', `/volumes/${id}`, {}, (b) => ({ volume_type: ctx.l(obj(b.volume).volume_type), status: obj(b.volume).status }));
      await ctx.call('retype on-demand', m, 'POST', `/volumes/${id}/action`, { body: { 'os-retype': { new_type: ssd, migration_policy: 'on-demand' } } });
      await ctx.watch('retype (on-demand): status and migration sequence', ctx.admin, `/volumes/${id}`, { resource: 'volume', fields: ['status', 'migration_status'] });
      await ctx.call('type after retype', m, 'GET', `/volumes/${id}`, {}, (b) => ({ volume_type: ctx.l(obj(b.volume).volume_type), status: obj(b.volume).status }));
    },
  },
  {
    name: 'create from a snapshot, a volume and an image',
    async run(ctx) {
      const m = ctx.member;
      const source = await setupVolume(ctx, m, { size: 2, name: ctx.name('source') });
      const snap = await ctx.raw(m, 'POST', '/snapshots', { body: { snapshot: { volume_id: source, name: ctx.name('src-snap') } } }, [202]);
      const snapId = snapshotCreated(ctx, obj(snap.body));
      await ctx.settle(m, `/snapshots/${snapId}`, 'snapshot');

      const fromSnap = await ctx.call('create from a snapshot', m, 'POST', '/volumes', { body: { volume: { snapshot_id: snapId, name: ctx.name('from-snap') } } }, (b) => ({ status: obj(b.volume).status, size: obj(b.volume).size }));
      const fromSnapId = volumeCreated(ctx, obj(fromSnap.body));
      await ctx.watch('from snapshot: status sequence', m, `/volumes/${fromSnapId}`, { resource: 'volume' });
      await ctx.call('from snapshot: source fields', m, 'GET', `/volumes/${fromSnapId}`, {}, (b) => ({ snapshot_id: obj(b.volume).snapshot_id === snapId, size: obj(b.volume).size }));
      await ctx.call('create from a snapshot, smaller than it', m, 'POST', '/volumes', { body: { volume: { snapshot_id: snapId, size: 1 } } });

      const clone = await ctx.call('clone a volume', m, 'POST', '/volumes', { body: { volume: { source_volid: source, size: 3, name: ctx.name('clone') } } }, (b) => ({ status: obj(b.volume).status, size: obj(b.volume).size }));
      const cloneId = volumeCreated(ctx, obj(clone.body));
      await ctx.watch('clone: status sequence', m, `/volumes/${cloneId}`, { resource: 'volume' });
      await ctx.call('clone: source fields', m, 'GET', `/volumes/${cloneId}`, {}, (b) => ({ source_volid: obj(b.volume).source_volid === source, size: obj(b.volume).size }));

      if (!m.glanceUrl) throw new Error('no image service in the catalog');
      const images = await send(ctx.target, 'GET', `${m.glanceUrl}/v2/images?status=active&sort=name:asc&limit=50`, { token: m.token });
      // A small ordinary image (not a VM snapshot): the real cloud's test image or the emulator's CirrOS.
      const image = ((obj(images.body).images as Record<string, unknown>[]) ?? []).find((i) => typeof i.size === 'number' && (i.size as number) > 0 && (i.size as number) < 1024 ** 3 && !i.block_device_mapping);
      // Images carry free-form properties (os_distro…) that differ per cloud: compare Glance's own fields only.
      ctx.record('list active images', images, { resource: '-', values: { fields: Object.keys(image ?? {}).filter((k) => GLANCE_FIELDS.has(k)).sort() } });
      if (!image) throw new Error('no small active image');
      const fromImage = await ctx.call('create from an image', m, 'POST', '/volumes', { body: { volume: { imageRef: image.id, size: 1, name: ctx.name('from-image') } } }, (b) => ({ status: obj(b.volume).status }));
      const fromImageId = volumeCreated(ctx, obj(fromImage.body));
      await ctx.watch('from image: status sequence', m, `/volumes/${fromImageId}`, { resource: 'volume' });
      await ctx.call('from image: bootable and image metadata', m, 'GET', `/volumes/${fromImageId}`, {}, (b) => ({ bootable: obj(b.volume).bootable, imageId: obj(obj(b.volume).volume_image_metadata).image_id === image.id }));
      await ctx.call('create from an unknown image', m, 'POST', '/volumes', { body: { volume: { imageRef: '00000000-0000-4000-8000-000000000000', size: 1 } } });
    },
  },
  {
    // The snapshots page names the volumes on screen with one list call per batch (issue #19).
    name: 'volume list: id filter takes a Python list for admins, is refused for members',
    async run(ctx) {
      const m = ctx.member;
      const [a, b] = await Promise.all([setupVolume(ctx, m, { size: 1, name: ctx.name('ids-a') }), setupVolume(ctx, m, { size: 1, name: ctx.name('ids-b') })]);
      const ids = `['${a}','${b}','00000000-0000-4000-8000-000000000000']`;
      await ctx.call('admin: id list, all projects', ctx.admin, 'GET', '/volumes', { query: { all_tenants: 1, id: ids, limit: 3 } }, (body) => ({ items: listLength(body, 'volumes') }));
      await ctx.call('admin: id list, own project only', ctx.admin, 'GET', '/volumes', { query: { id: ids } }, (body) => ({ items: listLength(body, 'volumes') }));
      await ctx.call('member: id filter', m, 'GET', '/volumes', { query: { id: ids } });
    },
  },
];
