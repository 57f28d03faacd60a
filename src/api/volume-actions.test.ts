import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setConfig } from './config';
import { ApiError } from './errors';
import { imageMinSizeGiB, isVmSnapshotImage, listImages, nextQuery } from './images';
import { getQuotaUsage } from './quotas';
import { setSession, type Session } from './session';
import {
  createVolume,
  deleteVolume,
  extendVolume,
  forceDeleteVolume,
  migrateVolume,
  resetVolumeStatus,
  retypeVolume,
  revertVolume,
  setBootable,
} from './volume-actions';

const session: Session = {
  token: 'tok-1',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: 'u', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p1', name: 'demo', domainId: 'default', domainName: 'Default' },
  roles: ['member'],
  endpoints: { blockStorage: '/api/block-storage/v3/p1', image: '/api/image' },
  volumeApiVersion: '3.70',
};

interface Seen {
  method: string;
  url: URL;
  body: unknown;
}

function serve(answer: (request: Request) => Response) {
  const seen: Seen[] = [];
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const request = new Request(new URL(input, 'http://console.test'), init);
    const text = init?.body ? String(init.body) : '';
    seen.push({ method: request.method, url: new URL(request.url), body: text ? JSON.parse(text) : undefined });
    return answer(request);
  });
  return seen;
}

beforeEach(() => {
  setConfig({ requestTimeoutMs: 500 });
  setSession(session);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

const accepted = () => new Response(null, { status: 202 });

describe('volume actions send what Cinder expects', () => {
  it('create posts {volume} without empty fields and returns the 202 volume', async () => {
    const seen = serve(() => Response.json({ volume: { id: 'new', status: 'creating' } }, { status: 202 }));
    const volume = await createVolume({ size: 2, name: 'x', description: '', metadata: {}, volume_type: 'ssd' });
    expect(volume).toEqual({ id: 'new', status: 'creating' });
    expect(seen[0]).toMatchObject({ method: 'POST', body: { volume: { size: 2, name: 'x', volume_type: 'ssd' } } });
    expect(seen[0]!.url.pathname).toBe('/api/block-storage/v3/p1/volumes');
  });

  it('delete adds cascade / force only when asked', async () => {
    const seen = serve(accepted);
    await deleteVolume('v1');
    await deleteVolume('v1', { cascade: true });
    expect(seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`)).toEqual([
      'DELETE /api/block-storage/v3/p1/volumes/v1',
      'DELETE /api/block-storage/v3/p1/volumes/v1?cascade=true',
    ]);
  });

  it.each([
    ['extend', () => extendVolume('v1', 20), { 'os-extend': { new_size: 20 } }],
    ['revert', () => revertVolume('v1', 's1'), { revert: { snapshot_id: 's1' } }],
    ['retype', () => retypeVolume('v1', 'ssd', 'on-demand'), { 'os-retype': { new_type: 'ssd', migration_policy: 'on-demand' } }],
    ['reset', () => resetVolumeStatus('v1', { status: 'available', attach_status: 'detached' }), { 'os-reset_status': { status: 'available', attach_status: 'detached' } }],
    ['force delete', () => forceDeleteVolume('v1'), { 'os-force_delete': {} }],
    ['migrate', () => migrateVolume('v1', { host: 'h@b#p', force_host_copy: false, lock_volume: true }), { 'os-migrate_volume': { host: 'h@b#p', force_host_copy: false, lock_volume: true } }],
    ['bootable', () => setBootable('v1', true), { 'os-set_bootable': { bootable: true } }],
  ] as const)('%s posts to /action', async (_name, call, body) => {
    const seen = serve(accepted);
    await call();
    expect(seen[0]).toMatchObject({ method: 'POST', body });
    expect(seen[0]!.url.pathname).toBe('/api/block-storage/v3/p1/volumes/v1/action');
  });

  it('reset status without any field is refused before sending', async () => {
    const seen = serve(accepted);
    await expect(resetVolumeStatus('v1', {})).rejects.toThrow();
    expect(seen).toHaveLength(0);
  });

  it('a refusal surfaces as ApiError with the server message and request id', async () => {
    serve(() =>
      Response.json(
        { overLimit: { code: 413, message: 'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota.', retryAfter: '0' } },
        { status: 413, headers: { 'x-openstack-request-id': 'req-1' } },
      ),
    );
    const error = (await extendVolume('v1', 9999).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, fault: 'overLimit', requestId: 'req-1' });
    expect(error.message).toMatch(/exceeds allowed gigabytes quota/);
  });
});

describe('images', () => {
  it('lists active images sorted by name and follows next (query only)', async () => {
    const seen = serve((request) => {
      const marker = new URL(request.url).searchParams.get('marker');
      return marker
        ? Response.json({ images: [{ id: 'b', name: 'b' }] })
        : Response.json({ images: [{ id: 'a', name: 'a' }], next: '/v2/images?marker=a&status=active&sort=name%3Aasc' });
    });
    expect((await listImages()).map((i) => i.id)).toEqual(['a', 'b']);
    expect(seen[0]!.url.pathname).toBe('/api/image/v2/images');
    expect(seen[0]!.url.searchParams.get('status')).toBe('active');
    expect(seen[0]!.url.searchParams.get('sort')).toBe('name:asc');
    expect(seen[1]!.url.searchParams.get('marker')).toBe('a');
    expect(nextQuery(undefined)).toBeNull();
  });

  it('recognises VM-snapshot images and image minimum sizes', () => {
    const bdm = JSON.stringify([{ source_type: 'snapshot', boot_index: 0, snapshot_id: 's' }]);
    expect(isVmSnapshotImage({ id: 'i', name: 'x', status: 'active', size: 0, min_disk: 0, visibility: 'private', bdm_v2: 'True', block_device_mapping: bdm })).toBe(true);
    expect(isVmSnapshotImage({ id: 'i', name: 'x', status: 'active', size: 0, min_disk: 0, visibility: 'private', bdm_v2: 'True', block_device_mapping: '[{"source_type":"image","boot_index":0}]' })).toBe(false);
    expect(imageMinSizeGiB({ id: 'i', name: 'x', status: 'active', size: 629145600, virtual_size: 2361393152, min_disk: 3, visibility: 'public' })).toBe(3);
  });
});

describe('quota usage', () => {
  it('parses totals, remaining and per-type keys', async () => {
    const seen = serve(() =>
      Response.json({
        quota_set: {
          id: 'p1',
          volumes: { limit: 10, in_use: 2, reserved: 0 },
          gigabytes: { limit: -1, in_use: 30, reserved: 0 },
          snapshots: { limit: 10, in_use: 0, reserved: 0 },
          backup_gigabytes: { limit: 1000, in_use: 0, reserved: 0 },
          per_volume_gigabytes: { limit: -1, in_use: 0, reserved: 0 },
          gigabytes_ssd: { limit: 100, in_use: 40, reserved: 10 },
          volumes_ssd: { limit: -1, in_use: 1, reserved: 0 },
        },
      }),
    );
    const usage = await getQuotaUsage('p1');
    expect(seen[0]!.url.pathname).toBe('/api/block-storage/v3/p1/os-quota-sets/p1');
    expect(seen[0]!.url.searchParams.get('usage')).toBe('true');
    expect(usage.volumes.remaining).toBe(8);
    expect(usage.gigabytes.remaining).toBeNull();
    expect(usage.perType.ssd?.gigabytes?.remaining).toBe(50);
    expect(usage.perType.ssd?.volumes?.remaining).toBeNull();
    expect(Object.keys(usage.perType)).toEqual(['ssd']);
  });
});
