/**
 * What a backend holds that Cinder does not manage (yet): storage objects keyed by backend and name,
 * listed by GET /manageable_volumes and /manageable_snapshots (3.8) beside the Cinder-owned objects on
 * the same backend, which are "already managed". Names follow the LVM driver: Cinder's own volumes
 * are `volume-<id>` and snapshots `_snapshot-<id>`; an unmanaged volume keeps its `volume-<id>` name.
 */
import { badRequest, fieldError } from './faults';
import { requireAdmin } from './policy';
import { backendHost, volumeServiceFor } from './os-services';
import type { CinderContext } from './context';
import { resourceNotFound } from './faults';
import { atLeast } from './microversion';
import type { State } from '../state';

export interface BackendObject {
  /** `<backend host>|<name>` */
  id: string;
  /** Backend-level host, e.g. cinder@lvm-hdd. */
  host: string;
  name: string;
  kind: 'volume' | 'snapshot';
  sizeGb: number;
  /** Snapshots: the backend name of the volume they belong to. */
  sourceName?: string;
  /** An object something on the host has open: listed as not safe ("volume in use"). */
  inUse?: boolean;
  /** Left behind by an unmanage still in flight: on the backend (and listed) from this time. */
  visibleFrom?: number;
}

/** The object, if it is on the backend now. */
export function backendObject(state: State, host: string, name: string, now: number): BackendObject | undefined {
  const o = state.backendObjects.get(backendObjectId(host, name));
  return o && (o.visibleFrom ?? 0) <= now ? o : undefined;
}

declare module '../state' {
  interface Stores {
    backendObjects: Map<string, BackendObject>;
  }
}

export const backendObjectId = (host: string, name: string) => `${backendHost(host)}|${name}`;
export const volumeObjectName = (id: string) => `volume-${id}`;
export const snapshotObjectName = (id: string) => `_snapshot-${id}`;

export function seedBackendObjects(state: State): BackendObject[] {
  const hdd = state.backends.find((b) => b.backendName === 'hdd');
  const ssd = state.backends.find((b) => b.backendName === 'ssd');
  const out: BackendObject[] = [];
  const add = (host: string | undefined, o: Omit<BackendObject, 'id' | 'host'>) => {
    if (host) out.push({ ...o, id: backendObjectId(host, o.name), host: backendHost(host) });
  };
  add(hdd?.host, { name: 'legacy-db-data', kind: 'volume', sizeGb: 20 });
  add(hdd?.host, { name: 'legacy-web-root', kind: 'volume', sizeGb: 4 });
  add(hdd?.host, { name: 'nfs-export-lock', kind: 'volume', sizeGb: 2, inUse: true });
  add(hdd?.host, { name: 'legacy-db-data-snap', kind: 'snapshot', sizeGb: 20, sourceName: 'legacy-db-data' });
  add(ssd?.host, { name: 'imported-scratch', kind: 'volume', sizeGb: 1 });
  return out;
}

interface Entry {
  reference: { 'source-name': string };
  size: number;
  safe_to_manage: boolean;
  reason_not_safe: string | null;
  cinder_id: string | null;
  extra_info: null;
  source_reference?: { 'source-name': string };
}

function volumeEntries(ctx: CinderContext, host: string): Entry[] {
  const state = ctx.world.state;
  const out: Entry[] = [];
  for (const o of state.backendObjects.values()) {
    if (o.host !== host || o.kind !== 'volume' || (o.visibleFrom ?? 0) > ctx.now) continue;
    out.push({ reference: { 'source-name': o.name }, size: o.sizeGb, safe_to_manage: !o.inUse, reason_not_safe: o.inUse ? 'volume in use' : null, cinder_id: null, extra_info: null });
  }
  for (const v of state.volumes.values()) {
    if (!v.host || backendHost(v.host) !== host) continue;
    out.push({ reference: { 'source-name': volumeObjectName(v.nameId ?? v.id) }, size: v.size, safe_to_manage: false, reason_not_safe: 'already managed', cinder_id: v.id, extra_info: null });
  }
  return out;
}

function snapshotEntries(ctx: CinderContext, host: string): Entry[] {
  const state = ctx.world.state;
  const out: Entry[] = [];
  for (const o of state.backendObjects.values()) {
    if (o.host !== host || o.kind !== 'snapshot' || (o.visibleFrom ?? 0) > ctx.now) continue;
    out.push({
      reference: { 'source-name': o.name }, size: o.sizeGb, safe_to_manage: true, reason_not_safe: null, cinder_id: null, extra_info: null,
      source_reference: { 'source-name': o.sourceName ?? '' },
    });
  }
  for (const s of state.snapshots.values()) {
    const v = state.volumes.get(s.volumeId);
    if (!v?.host || backendHost(v.host) !== host) continue;
    out.push({
      reference: { 'source-name': snapshotObjectName(s.id) }, size: s.size, safe_to_manage: false, reason_not_safe: 'already managed', cinder_id: s.id, extra_info: null,
      source_reference: { 'source-name': volumeObjectName(v.nameId ?? v.id) },
    });
  }
  return out;
}

/** common.get_cluster_host from 3.16: exactly one of cluster and host. */
export function hostParam(host: unknown, cluster: unknown): string {
  const has = (v: unknown) => v !== undefined && v !== null;
  if (has(host) === has(cluster)) throw badRequest('Invalid input received: One and only one of cluster and host must be set.');
  if (has(cluster)) throw badRequest(`Invalid input received: No clusters are emulated: ${String(cluster)}`);
  if (typeof host !== 'string') throw fieldError('host', host, `${String(host)} is not of type 'string'`);
  return host;
}

/** GET /manageable_{volumes,snapshots}[/detail]?host= : sorted by reference (or size), paged by limit/offset. */
export function listManageable(ctx: CinderContext, kind: 'volume' | 'snapshot', detail: boolean): unknown {
  if (!atLeast(ctx.version, '3.8')) throw resourceNotFound();
  requireAdmin(ctx, `${kind}_extension:list_manageable`);
  const q = ctx.url.searchParams;
  const host = hostParam(q.get('host') ?? undefined, q.get('cluster') ?? undefined);
  const [sortKey = 'reference', sortDir = 'asc'] = (q.get('sort') ?? '').split(':').map((s) => s.trim()).filter(Boolean);
  if (sortKey !== 'reference' && sortKey !== 'size') throw badRequest(`Invalid sort keys passed: ${sortKey}`);
  if (sortDir !== 'asc' && sortDir !== 'desc') throw badRequest(`Invalid sort dirs passed: ${sortDir}`);
  const svc = volumeServiceFor(ctx, host);
  const entries = kind === 'volume' ? volumeEntries(ctx, svc.host) : snapshotEntries(ctx, svc.host);
  const dir = sortDir === 'desc' ? -1 : 1;
  entries.sort((a, b) => dir * (sortKey === 'size' ? a.size - b.size : a.reference['source-name'].localeCompare(b.reference['source-name'])));
  const offset = Number(q.get('offset') ?? 0) || 0;
  const limit = q.get('limit') === null ? entries.length : Math.max(0, Number(q.get('limit')) || 0);
  const page = entries.slice(offset, offset + limit);
  const view = page.map((e) => {
    if (detail) return e;
    const summary: Record<string, unknown> = { reference: e.reference, size: e.size, safe_to_manage: e.safe_to_manage };
    if (e.source_reference) summary.source_reference = e.source_reference;
    return summary;
  });
  return { [kind === 'volume' ? 'manageable-volumes' : 'manageable-snapshots']: view };
}
