/** Volumes: list paging/count, create → extend → snapshot → revert → delete, reset status, refusals. */
import { listLength, nextMarker, obj, setupType, setupVolume, snapshotCreated, volumeCreated } from './helpers';
import type { Scenario } from './types';

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
];
