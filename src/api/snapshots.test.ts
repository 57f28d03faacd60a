import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession, type Session } from './session';
import { checkSnapshotCreate, createSnapshot, findVolumesCreatedFrom, listSnapshots, listVolumeNames, nextMarkerFrom, pythonListLiteral, snapshotListParams, VOLUME_IDS_PER_REQUEST } from './snapshots';

const session: Session = {
  token: 'tok',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 'u', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p', name: 'demo', domainId: 'default', domainName: 'Default' },
  roles: ['member'],
  endpoints: { blockStorage: '/api/block-storage/v3/p', image: null },
  volumeApiVersion: '3.70',
};

let calls: { url: string; init: RequestInit }[] = [];
function answer(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(body), { status, headers: { 'x-openstack-request-id': 'req-1' } });
    }),
  );
}

beforeEach(() => {
  calls = [];
  setSession(session);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('checkSnapshotCreate', () => {
  it('available: always', () => {
    expect(checkSnapshotCreate({ status: 'available' }, false)).toEqual({ ok: true, needsForce: false });
  });
  it('in-use: needs force below 3.66, not from 3.66', () => {
    expect(checkSnapshotCreate({ status: 'in-use' }, false)).toEqual({ ok: true, needsForce: true });
    expect(checkSnapshotCreate({ status: 'in-use' }, true)).toEqual({ ok: true, needsForce: false });
  });
  it('refuses maintenance, migrating and other statuses with the reason', () => {
    expect(checkSnapshotCreate({ status: 'maintenance' }, true)).toMatchObject({ ok: false, reason: 'maintenance' });
    expect(checkSnapshotCreate({ status: 'available', migration_status: 'migrating' }, true)).toMatchObject({ ok: false, reason: 'migrating' });
    expect(checkSnapshotCreate({ status: 'available', migration_status: 'success' }, true)).toMatchObject({ ok: true });
    expect(checkSnapshotCreate({ status: 'error' }, true)).toEqual({ ok: false, reason: 'status', status: 'error' });
    expect(checkSnapshotCreate({ status: 'creating' }, true)).toMatchObject({ ok: false, reason: 'status' });
  });
});

describe('list', () => {
  it('builds Cinder parameters (all_tenants only when asked)', () => {
    expect(
      snapshotListParams({ limit: 20, offset: 40, sort: [{ key: 'size', dir: 'asc' }], status: 'error', allProjects: true, withCount: true }),
    ).toMatchObject({ limit: 20, offset: 40, sort: 'size:asc', status: 'error', all_tenants: 1, with_count: true });
    expect(snapshotListParams({ project_id: 'x' }).project_id).toBeUndefined();
  });

  it('reads the next marker from the link query only', () => {
    expect(nextMarkerFrom([{ rel: 'next', href: 'http://internal:8776/v3/p/snapshots/detail?limit=2&marker=abc' }])).toBe('abc');
    expect(nextMarkerFrom([{ rel: 'self', href: 'x?marker=abc' }])).toBeUndefined();
    expect(nextMarkerFrom(undefined)).toBeUndefined();
  });

  it('GETs the detail list and returns count and marker', async () => {
    answer({ snapshots: [{ id: 's1' }], count: 7, snapshots_links: [{ rel: 'next', href: 'http://x/snapshots/detail?marker=s1' }] });
    const page = await listSnapshots({ limit: 1, withCount: true });
    expect(calls[0]!.url).toBe('/api/block-storage/v3/p/snapshots/detail?limit=1&with_count=true');
    expect(page).toMatchObject({ count: 7, nextMarker: 's1' });
  });
});

describe('createSnapshot', () => {
  it('sends force only when true (false is a 400 from 3.66) and drops empty fields', async () => {
    answer({ snapshot: { id: 's1', status: 'creating' } }, 202);
    await createSnapshot({ volume_id: 'v1', name: '', description: 'd', force: false });
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ snapshot: { volume_id: 'v1', description: 'd' } });
    await createSnapshot({ volume_id: 'v1', name: 'n', force: true });
    expect(JSON.parse(calls[1]!.init.body as string)).toEqual({ snapshot: { volume_id: 'v1', name: 'n', force: true } });
  });
});

describe('findVolumesCreatedFrom', () => {
  it('an admin filters on the server by snapshot_id', async () => {
    answer({ volumes: [{ id: 'v9', snapshot_id: 's1' }] });
    const result = await findVolumesCreatedFrom(['s1'], { admin: true });
    expect(calls[0]!.url).toContain('snapshot_id=s1');
    expect(calls[0]!.url).toContain('all_tenants=1');
    expect(result).toEqual({ volumes: [{ id: 'v9', snapshot_id: 's1' }], complete: true });
  });

  it('a member scans the project volumes (snapshot_id is an admin-only filter)', async () => {
    answer({ volumes: [{ id: 'a', snapshot_id: 's1' }, { id: 'b', snapshot_id: null }, { id: 'c', snapshot_id: 's2' }] });
    const result = await findVolumesCreatedFrom(['s1'], { admin: false });
    expect(calls[0]!.url).not.toContain('snapshot_id');
    expect(result.volumes.map((v) => v.id)).toEqual(['a']);
  });
});

describe('listVolumeNames', () => {
  it('an admin names the volumes on screen in one request filtered by a list of ids, never the whole list', async () => {
    answer({ volumes: [{ id: 'v1', name: 'db' }, { id: 'v2', name: null }] });
    const result = await listVolumeNames(['v2', 'v1', 'v2'], { admin: true, allProjects: true });
    expect(calls).toHaveLength(1);
    expect(decodeURIComponent(calls[0]!.url)).toBe("/api/block-storage/v3/p/volumes?id=['v2','v1']&limit=2&all_tenants=1");
    expect(result.names.get('v1')).toBe('db');
    expect(result.names.has('v2')).toBe(true);
    expect(result.complete).toBe(true);
  });

  it('an admin asks in batches of VOLUME_IDS_PER_REQUEST ids', async () => {
    answer({ volumes: [] });
    const ids = Array.from({ length: VOLUME_IDS_PER_REQUEST + 1 }, (_, i) => `v${i}`);
    await listVolumeNames(ids, { admin: true, allProjects: false });
    expect(calls).toHaveLength(2);
    expect(calls.every((call) => !call.url.includes('all_tenants'))).toBe(true);
    expect(calls[1]!.url).toContain('limit=1');
  });

  it('a member (who may not filter by id) reads each volume once; one that is gone has no name', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        calls.push({ url, init: {} });
        if (url.endsWith('/gone')) return new Response(JSON.stringify({ itemNotFound: { code: 404, message: 'Volume gone could not be found.' } }), { status: 404 });
        return new Response(JSON.stringify({ volume: { id: url.split('/').pop(), name: 'named' } }), { status: 200 });
      }),
    );
    const result = await listVolumeNames(['a', 'gone', 'a'], { admin: false, allProjects: false });
    expect(calls.map((call) => call.url).sort()).toEqual(['/api/block-storage/v3/p/volumes/a', '/api/block-storage/v3/p/volumes/gone']);
    expect(result.names.get('a')).toBe('named');
    expect(result.names.has('gone')).toBe(false);
    expect(result.complete).toBe(true);
  });

  it('writes ids as a Python list literal (what ast.literal_eval reads)', () => {
    expect(pythonListLiteral(['a', "b'c"])).toBe("['a','bc']");
  });
});
