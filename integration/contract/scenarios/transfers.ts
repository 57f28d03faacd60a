/**
 * Volume transfers (create / show / list / accept / cancel, wrong key, recipient quota), upload to image
 * (the Glance image reaching active), the bootable and read-only flags, and metadata saves with If-Match.
 * The member's project gives, the admin's project receives (admins are members of their own project).
 */
import { send } from '../client';
import type { ScenarioContext } from '../context';
import { sleep } from '../context';
import { listLength, obj, setupType, setupVolume } from './helpers';
import type { Scenario } from './types';

const transferKeys = (b: Record<string, unknown>) => Object.keys(obj(b.transfer)).sort();

/** Polls the Glance image until it leaves queued/saving; records the distinct statuses seen. */
async function watchImage(ctx: ScenarioContext, step: string, imageId: string): Promise<string> {
  const m = ctx.member;
  const seen: string[] = [];
  const deadline = Date.now() + 300_000;
  for (;;) {
    const response = await send(ctx.target, 'GET', `${m.glanceUrl}/v2/images/${imageId}`, { token: m.token });
    const status = response.status === 404 ? 'gone' : String(obj(response.body).status);
    if (seen[seen.length - 1] !== status) seen.push(status);
    if (!['queued', 'saving', 'uploading', 'importing'].includes(status)) break;
    if (Date.now() > deadline) {
      seen[seen.length - 1] = `timeout:${status}`;
      break;
    }
    await sleep(250);
  }
  ctx.push({ step, sequences: { status: seen } });
  return seen[seen.length - 1]!;
}

export const transferScenarios: Scenario[] = [
  {
    name: 'volume transfers: create, show, list, wrong key, accept, cancel',
    async run(ctx) {
      const m = ctx.member;
      const a = ctx.admin;
      const id = await setupVolume(ctx, m, { size: 1, name: ctx.name('xfer') });
      const created = await ctx.call('create transfer', m, 'POST', '/volume-transfers', { body: { transfer: { volume_id: id, name: ctx.name('xfer-t') } } }, (b) => ({
        keys: transferKeys(b),
        keyLength: String(obj(b.transfer).auth_key ?? '').length,
        noSnapshots: obj(b.transfer).no_snapshots,
        accepted: obj(b.transfer).accepted,
        destination: obj(b.transfer).destination_project_id,
      }));
      const transfer = obj(obj(created.body).transfer);
      const transferId = String(transfer.id);
      const authKey = String(transfer.auth_key);
      // A transfer left behind (a failed run) would keep the volume awaiting: cancel it, best effort.
      ctx.onCleanup(`transfer ${transferId}`, async () => void (await ctx.raw(a, 'DELETE', `/volume-transfers/${transferId}`, {}, [202, 404])));
      await ctx.call('volume awaits the transfer', m, 'GET', `/volumes/${id}`, {}, (b) => ({ status: obj(b.volume).status }));
      await ctx.call('show transfer (no key)', m, 'GET', `/volume-transfers/${transferId}`, {}, (b) => ({ keys: transferKeys(b) }));
      await ctx.call('list transfers', m, 'GET', '/volume-transfers', { query: { volume_id: id } }, (b) => ({ items: listLength(b, 'transfers') }));
      await ctx.call('list transfers in detail', m, 'GET', '/volume-transfers/detail', { query: { volume_id: id } }, (b) => ({ items: listLength(b, 'transfers') }));
      await ctx.call('legacy os-volume-transfer at 3.0', m, 'GET', `/os-volume-transfer/${transferId}`, { mv: null }, (b) => ({ keys: transferKeys(b) }));
      await ctx.call('another project cannot see it', a, 'GET', '/volume-transfers/detail', { query: { volume_id: id } }, (b) => ({ items: listLength(b, 'transfers') }));
      await ctx.call('admin sees it with all_tenants', a, 'GET', '/volume-transfers/detail', { query: { volume_id: id, all_tenants: 1 } }, (b) => ({ items: listLength(b, 'transfers') }));
      await ctx.call('a second transfer of the same volume', m, 'POST', '/volume-transfers', { body: { transfer: { volume_id: id } } });
      await ctx.call('delete a volume awaiting a transfer', m, 'DELETE', `/volumes/${id}`);
      await ctx.call('accept with a wrong key', a, 'POST', `/volume-transfers/${transferId}/accept`, { body: { accept: { auth_key: '0000000000000000' } } });
      await ctx.call('accept without a key', a, 'POST', `/volume-transfers/${transferId}/accept`, { body: { accept: {} } });
      await ctx.call('accept', a, 'POST', `/volume-transfers/${transferId}/accept`, { body: { accept: { auth_key: authKey } } }, (b) => ({ keys: transferKeys(b) }));
      await ctx.call('the volume is in the recipient project', a, 'GET', `/volumes/${id}`, {}, (b) => ({ status: obj(b.volume).status, inAdminProject: obj(b.volume)['os-vol-tenant-attr:tenant_id'] === a.projectId }));
      await ctx.call('the donor no longer sees it', m, 'GET', `/volumes/${id}`);
      await ctx.call('the accepted transfer is gone', a, 'GET', `/volume-transfers/${transferId}`);
      await ctx.call('accept it again', a, 'POST', `/volume-transfers/${transferId}/accept`, { body: { accept: { auth_key: authKey } } });

      // Cancel: a new transfer from the recipient, deleted again.
      const second = await ctx.call('transfer without snapshots', a, 'POST', '/volume-transfers', { body: { transfer: { volume_id: id, no_snapshots: true } } }, (b) => ({ noSnapshots: obj(b.transfer).no_snapshots }));
      const secondId = String(obj(obj(second.body).transfer).id);
      await ctx.call('no_snapshots below 3.55', a, 'POST', '/os-volume-transfer', { mv: '3.54', body: { transfer: { volume_id: id, no_snapshots: true } } });
      await ctx.call('cancel the transfer', a, 'DELETE', `/volume-transfers/${secondId}`);
      await ctx.call('the volume is available again', a, 'GET', `/volumes/${id}`, {}, (b) => ({ status: obj(b.volume).status }));
      await ctx.call('transfer an in-use or missing volume', a, 'POST', '/volume-transfers', { body: { transfer: { volume_id: '00000000-0000-4000-8000-000000000000' } } });
    },
  },
  {
    name: 'volume transfers: the recipient quota refuses (413) and nothing moves',
    async run(ctx) {
      const m = ctx.member;
      const a = ctx.admin;
      // A type of this run only, so a zero quota on it touches nobody else's work.
      const typeName = ctx.name('xfer-type');
      await setupType(ctx, typeName, {});
      const id = await setupVolume(ctx, m, { size: 1, name: ctx.name('xfer-q'), volume_type: typeName });
      await ctx.raw(a, 'PUT', `/os-quota-sets/${a.projectId}`, { body: { quota_set: { [`volumes_${typeName}`]: 0 } } }, [200]);
      ctx.onCleanup('quota of the test type', async () => void (await ctx.raw(a, 'PUT', `/os-quota-sets/${a.projectId}`, { body: { quota_set: { [`volumes_${typeName}`]: -1 } } }, [200])));
      const created = await ctx.raw(m, 'POST', '/volume-transfers', { body: { transfer: { volume_id: id } } }, [202]);
      const transfer = obj(obj(created.body).transfer);
      ctx.onCleanup(`transfer ${String(transfer.id)}`, async () => void (await ctx.raw(m, 'DELETE', `/volume-transfers/${String(transfer.id)}`, {}, [202, 404])));
      await ctx.call('accept over the recipient quota', a, 'POST', `/volume-transfers/${String(transfer.id)}/accept`, { body: { accept: { auth_key: transfer.auth_key } } }, (_b, r) => ({ retryAfter: r.headers.get('Retry-After') }));
      await ctx.call('the volume still awaits the transfer in its project', m, 'GET', `/volumes/${id}`, {}, (b) => ({ status: obj(b.volume).status }));
    },
  },
  {
    name: 'upload to image: volume uploading, Glance image to active',
    async run(ctx) {
      const m = ctx.member;
      if (!m.glanceUrl) throw new Error('no image service in the catalog');
      const id = await setupVolume(ctx, m, { size: 1, name: ctx.name('upl') });
      const imageName = ctx.name('upl-img');
      const upload = await ctx.call('upload to image', m, 'POST', `/volumes/${id}/action`, { body: { 'os-volume_upload_image': { image_name: imageName, disk_format: 'raw', container_format: 'bare', visibility: 'private', protected: false } } }, (b) => {
        const u = obj(b['os-volume_upload_image']);
        return { keys: Object.keys(u).sort(), status: u.status, visibility: u.visibility, protected: u.protected, disk_format: u.disk_format };
      });
      const imageId = String(obj(obj(upload.body)['os-volume_upload_image']).image_id);
      if (imageId !== 'undefined') ctx.onCleanup(`image ${imageId}`, async () => void (await send(ctx.target, 'DELETE', `${m.glanceUrl}/v2/images/${imageId}`, { token: m.token })));
      await ctx.watch('upload: volume status sequence', m, `/volumes/${id}`, { resource: 'volume', timeoutMs: 300_000 });
      await watchImage(ctx, 'upload: image status sequence', imageId);
      const image = await send(ctx.target, 'GET', `${m.glanceUrl}/v2/images/${imageId}`, { token: m.token });
      const body = obj(image.body);
      ctx.record('the new image', image, { resource: '-', values: { name: body.name === imageName, disk_format: body.disk_format, container_format: body.container_format, visibility: body.visibility, protected: body.protected, owned: body.owner === m.projectId, sized: typeof body.size === 'number' && (body.size as number) > 0 } });
      await ctx.call('public visibility as a member', m, 'POST', `/volumes/${id}/action`, { body: { 'os-volume_upload_image': { image_name: imageName, visibility: 'public' } } });
      await ctx.call('an unknown disk format', m, 'POST', `/volumes/${id}/action`, { body: { 'os-volume_upload_image': { image_name: imageName, disk_format: 'iso' } } });
      await ctx.call('visibility below 3.1', m, 'POST', `/volumes/${id}/action`, { mv: '3.0', body: { 'os-volume_upload_image': { image_name: imageName, visibility: 'private' } } });
    },
  },
  {
    name: 'flags and metadata: bootable, read-only, If-Match 412',
    async run(ctx) {
      const m = ctx.member;
      const id = await setupVolume(ctx, m, { size: 1, name: ctx.name('flags'), metadata: { owner: 'ops' } });
      await ctx.call('set bootable', m, 'POST', `/volumes/${id}/action`, { body: { 'os-set_bootable': { bootable: true } } });
      await ctx.call('set read-only', m, 'POST', `/volumes/${id}/action`, { body: { 'os-update_readonly_flag': { readonly: true } } });
      await ctx.call('flags shown', m, 'GET', `/volumes/${id}`, {}, (b) => ({ bootable: obj(b.volume).bootable, metadata: obj(b.volume).metadata }));
      await ctx.call('clear read-only', m, 'POST', `/volumes/${id}/action`, { body: { 'os-update_readonly_flag': { readonly: false } } });
      await ctx.call('read-only cleared', m, 'GET', `/volumes/${id}`, {}, (b) => ({ metadata: obj(b.volume).metadata }));
      await ctx.call('read-only flag with a bad value', m, 'POST', `/volumes/${id}/action`, { body: { 'os-update_readonly_flag': { readonly: 'maybe' } } });

      const read = await ctx.call('metadata with its Etag', m, 'GET', `/volumes/${id}/metadata`, {}, (b, r) => ({ metadata: b.metadata, etag: /^[0-9a-f]{32}$/.test(r.headers.get('Etag') ?? '') }));
      const etag = read.headers.get('Etag') ?? '';
      await ctx.call('save with the right If-Match', m, 'PUT', `/volumes/${id}/metadata`, { headers: { 'If-Match': etag }, body: { metadata: { owner: 'me' } } }, (b) => ({ metadata: b.metadata }));
      await ctx.call('save with the old If-Match (someone changed it)', m, 'PUT', `/volumes/${id}/metadata`, { headers: { 'If-Match': etag }, body: { metadata: { owner: 'lost' } } });
      await ctx.call('one key with the old If-Match', m, 'PUT', `/volumes/${id}/metadata/owner`, { headers: { 'If-Match': etag }, body: { meta: { owner: 'lost' } } });
      await ctx.call('nothing was overwritten', m, 'GET', `/volumes/${id}/metadata`, {}, (b) => ({ metadata: b.metadata }));
      await ctx.call('If-Match below 3.15 is not checked', m, 'PUT', `/volumes/${id}/metadata`, { mv: '3.14', headers: { 'If-Match': etag }, body: { metadata: { owner: 'old-api' } } });
      const snap = await ctx.raw(m, 'POST', '/snapshots', { body: { snapshot: { volume_id: id, name: ctx.name('flags-snap') } } }, [202]);
      const snapId = String(obj(obj(snap.body).snapshot).id);
      await ctx.settle(m, `/snapshots/${snapId}`, 'snapshot');
      await ctx.call('snapshot metadata has no Etag', m, 'GET', `/snapshots/${snapId}/metadata`, {}, (_b, r) => ({ etag: r.headers.get('Etag') !== null }));
      await ctx.call('snapshot metadata ignores If-Match', m, 'PUT', `/snapshots/${snapId}/metadata`, { headers: { 'If-Match': 'not-the-etag' }, body: { metadata: { a: 'b' } } }, (b) => ({ metadata: b.metadata }));
      await ctx.raw(m, 'DELETE', `/snapshots/${snapId}`, {}, [202]);
      await ctx.settle(m, `/snapshots/${snapId}`, 'snapshot');
    },
  },
];
