/**
 * Quotas: limits (explicit per project, else cinder.conf defaults, per-type keys default -1),
 * usage computed from the state, enforcement with Cinder's 413 texts, and the os-quota-sets API.
 */
import { badRequest, forbiddenPolicy, overLimit } from './faults';
import { requireAdmin, requireOwner } from './policy';
import { bodyObject, checkObject } from './validate';
import type { CinderContext } from './context';
import type { BodyResult } from '../util/http';
import type { State, VolumeType } from '../state';

const BASE_RESOURCES = ['volumes', 'snapshots', 'gigabytes', 'backups', 'backup_gigabytes', 'per_volume_gigabytes', 'groups'];

function typeResources(state: State): string[] {
  const out: string[] = [];
  for (const t of Object.values(state.volumeTypes)) out.push(`volumes_${t.name}`, `gigabytes_${t.name}`, `snapshots_${t.name}`);
  return out;
}

export function allResources(state: State): string[] {
  return [...BASE_RESOURCES, ...typeResources(state)];
}

export function quotaLimit(state: State, projectId: string, resource: string): number {
  const explicit = state.quotas[projectId]?.[resource];
  if (explicit !== undefined) return explicit;
  const dflt = state.defaultQuotas[resource];
  return dflt !== undefined ? dflt : -1;
}

export interface Usage {
  in_use: number;
  reserved: number;
}

export function projectUsage(state: State, projectId: string): Record<string, Usage> {
  // Aggregate per type id first (one pass, no per-volume string building), then name the keys.
  interface Acc { volumes: number; gb: number; reservedGb: number; snapshots: number; snapGb: number }
  const perType = new Map<string, Acc>();
  const acc = (typeId: string) => {
    let a = perType.get(typeId);
    if (!a) perType.set(typeId, (a = { volumes: 0, gb: 0, reservedGb: 0, snapshots: 0, snapGb: 0 }));
    return a;
  };
  for (const v of state.volumes.values()) {
    if (v.projectId !== projectId) continue;
    const a = acc(v.volumeTypeId);
    a.volumes++;
    a.gb += v.size;
    a.reservedGb += v.reservedGb;
  }
  for (const sn of state.snapshots.values()) {
    if (sn.projectId !== projectId) continue;
    const a = acc(sn.volumeTypeId);
    a.snapshots++;
    a.snapGb += sn.size;
  }
  const use: Record<string, Usage> = {};
  for (const r of allResources(state)) use[r] = { in_use: 0, reserved: 0 };
  const total = use as Record<'volumes' | 'gigabytes' | 'snapshots', Usage>;
  for (const [typeId, a] of perType) {
    total.volumes.in_use += a.volumes;
    total.gigabytes.in_use += a.gb + a.snapGb;
    total.gigabytes.reserved += a.reservedGb;
    total.snapshots.in_use += a.snapshots;
    const name = state.volumeTypes[typeId]?.name;
    if (!name) continue;
    use[`volumes_${name}`] = { in_use: a.volumes, reserved: 0 };
    use[`gigabytes_${name}`] = { in_use: a.gb + a.snapGb, reserved: a.reservedGb };
    use[`snapshots_${name}`] = { in_use: a.snapshots, reserved: 0 };
  }
  // Backups count against their own two keys, whatever their status (Cinder commits at create).
  for (const b of state.backups?.values() ?? []) {
    if (b.projectId !== projectId) continue;
    use.backups!.in_use++;
    use.backup_gigabytes!.in_use += b.size;
  }
  return use;
}

/** Resources whose limit would be exceeded by `deltas`, sorted like Cinder's OverQuota. */
function overs(state: State, projectId: string, deltas: Record<string, number>): { over: string; limit: number; consumed: number }[] {
  const usage = projectUsage(state, projectId);
  const out: { over: string; limit: number; consumed: number }[] = [];
  for (const [key, delta] of Object.entries(deltas)) {
    const limit = quotaLimit(state, projectId, key);
    if (limit < 0 || delta <= 0) continue;
    const u = usage[key] ?? { in_use: 0, reserved: 0 };
    const consumed = u.in_use + u.reserved;
    if (consumed + delta > limit) out.push({ over: key, limit, consumed });
  }
  return out.sort((a, b) => (a.over < b.over ? -1 : a.over > b.over ? 1 : 0));
}

export function perVolumeLimit(state: State, projectId: string, size: number): void {
  const limit = quotaLimit(state, projectId, 'per_volume_gigabytes');
  if (limit >= 0 && size > limit) {
    throw overLimit('VolumeSizeExceedsLimit', `Requested volume size ${size}G is larger than maximum allowed limit ${limit}G.`);
  }
}

/** quota_utils.process_reserve_over_quota for volumes and snapshots. */
function raiseOver(found: { over: string; limit: number; consumed: number }[], resource: 'volumes' | 'snapshots', size: number): void {
  for (const { over, limit, consumed } of found) {
    if (over.includes('gigabytes')) {
      throw overLimit(
        'VolumeSizeExceedsAvailableQuota',
        `Requested volume or snapshot exceeds allowed ${over} quota. Requested ${size}G, quota is ${limit}G and ${consumed}G has been consumed.`,
      );
    }
    if (over.includes(resource)) {
      if (resource === 'volumes') throw overLimit('VolumeLimitExceeded', `Maximum number of volumes allowed (${limit}) exceeded for quota '${over}'.`);
      throw overLimit('SnapshotLimitExceeded', `Maximum number of snapshots allowed (${limit}) exceeded`);
    }
  }
  if (found.length) throw overLimit('UnexpectedOverQuota', `Unexpected over quota on ${found.map((f) => f.over).join(', ')}.`);
}

/** Any reservation (e.g. a transfer's moving snapshots) checked like a create of `resource`. */
export function enforceDeltas(state: State, projectId: string, deltas: Record<string, number>, resource: 'volumes' | 'snapshots', size: number): void {
  raiseOver(overs(state, projectId, deltas), resource, size);
}

export function enforceVolumeCreate(state: State, projectId: string, type: VolumeType | undefined, size: number): void {
  perVolumeLimit(state, projectId, size);
  const deltas: Record<string, number> = { volumes: 1, gigabytes: size };
  if (type) {
    deltas[`volumes_${type.name}`] = 1;
    deltas[`gigabytes_${type.name}`] = size;
  }
  raiseOver(overs(state, projectId, deltas), 'volumes', size);
}

export function enforceSnapshotCreate(state: State, projectId: string, type: VolumeType | undefined, size: number): void {
  const deltas: Record<string, number> = { snapshots: 1, gigabytes: size };
  if (type) {
    deltas[`snapshots_${type.name}`] = 1;
    deltas[`gigabytes_${type.name}`] = size;
  }
  raiseOver(overs(state, projectId, deltas), 'snapshots', size);
}

/** backup/api.py create → quota_utils.process_reserve_over_quota(resource='backups'). */
export function enforceBackupCreate(state: State, projectId: string, size: number): void {
  for (const { over, limit, consumed } of overs(state, projectId, { backups: 1, backup_gigabytes: size })) {
    if (over === 'backup_gigabytes') {
      throw overLimit(
        'VolumeBackupSizeExceedsAvailableQuota',
        `Requested backup exceeds allowed Backup gigabytes quota. Requested ${size}G, quota is ${limit}G and ${consumed}G has been consumed.`,
      );
    }
    throw overLimit('BackupLimitExceeded', `Maximum number of backups allowed (${limit}) exceeded`);
  }
}

/**
 * Extend reserves only the size increase. Zed's extend raises VolumeSizeExceedsAvailableQuota
 * without `name`, so Cinder's message formatting fails and the raw template is returned; the
 * emulator returns the same text.
 */
export function enforceExtend(state: State, projectId: string, type: VolumeType | undefined, newSize: number, increase: number): void {
  perVolumeLimit(state, projectId, newSize);
  const deltas: Record<string, number> = { gigabytes: increase };
  if (type) deltas[`gigabytes_${type.name}`] = increase;
  if (overs(state, projectId, deltas).length) {
    throw overLimit(
      'VolumeSizeExceedsAvailableQuota',
      'Requested volume or snapshot exceeds allowed %(name)s quota. Requested %(requested)sG, quota is %(quota)sG and %(consumed)sG has been consumed.',
    );
  }
}

function quotaSet(state: State, projectId: string, withUsage: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const usage = withUsage ? projectUsage(state, projectId) : null;
  for (const r of allResources(state)) {
    const limit = quotaLimit(state, projectId, r);
    out[r] = usage ? { limit, in_use: r === 'per_volume_gigabytes' ? 0 : (usage[r]?.in_use ?? 0), reserved: usage[r]?.reserved ?? 0 } : limit;
  }
  return out;
}

/** Cinder does not check that the project exists; neither does the emulator. */
export function showQuotas(ctx: CinderContext, projectId: string): unknown {
  requireOwner(ctx, 'volume_extension:quotas:show', projectId);
  const raw = ctx.url.searchParams.get('usage');
  const usage = raw !== null && ['1', 't', 'true', 'on', 'y', 'yes'].includes(raw.toLowerCase());
  return { quota_set: { id: projectId, ...quotaSet(ctx.world.state, projectId, usage) } };
}

export function showDefaultQuotas(ctx: CinderContext, projectId: string): unknown {
  requireOwner(ctx, 'volume_extension:quotas:show', projectId);
  const state = ctx.world.state;
  const out: Record<string, unknown> = { id: projectId };
  for (const r of allResources(state)) out[r] = state.defaultQuotas[r] ?? -1;
  return { quota_set: out };
}

const NON_QUOTA_KEYS = new Set(['tenant_id', 'id']);

export function updateQuotas(ctx: CinderContext, projectId: string, body: BodyResult): unknown {
  requireAdmin(ctx, 'volume_extension:quotas:update');
  const obj = checkObject(null, bodyObject(body), { required: ['quota_set'], allowed: ['quota_set'] });
  const set = checkObject('quota_set', obj.quota_set, {});
  const state = ctx.world.state;
  const known = new Set(allResources(state));
  const bad = Object.keys(set).filter((k) => !known.has(k) && !NON_QUOTA_KEYS.has(k));
  if (bad.length) throw badRequest(`Invalid input received: Bad key(s) in quota set: ${bad.join(', ')}`);
  const usage = projectUsage(state, projectId);
  // Cinder reads the limits with defaults=False: a key the project has no limit of its own for is left
  // out, so its usage counts as 0 and any value passes (only explicit limits are checked against usage).
  const explicit = state.quotas[projectId] ?? {};
  const updates: Record<string, number> = {};
  for (const [key, raw] of Object.entries(set)) {
    if (NON_QUOTA_KEYS.has(key)) continue;
    const str = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    if (!/^-?\d+$/.test(str)) throw badRequest(`${key} must be an integer.`);
    const value = Number(str);
    if (value < -1) throw badRequest(`${key} must be >= -1`);
    if (value > 2147483647) throw badRequest(`${key} must be <= 2147483647`);
    if (key !== 'per_volume_gigabytes' && value !== -1 && explicit[key] !== undefined) {
      const u = usage[key] ?? { in_use: 0, reserved: 0 };
      const used = u.in_use + u.reserved;
      if (value < used) {
        throw badRequest(
          `Quota ${key} limit must be equal or greater than existing resources. Current usage is ${used} and the requested limit is ${value}.`,
        );
      }
    }
    updates[key] = value;
  }
  state.quotas[projectId] = { ...(state.quotas[projectId] ?? {}), ...updates };
  ctx.world.changed();
  return { quota_set: quotaSet(state, projectId, false) };
}

export function deleteQuotas(ctx: CinderContext, projectId: string): void {
  if (!ctx.isAdmin) throw forbiddenPolicy('volume_extension:quotas:delete');
  delete ctx.world.state.quotas[projectId];
  ctx.world.changed();
}

/** GET /limits: absolute limits (quota limits) plus used_limits. */
export function limits(ctx: CinderContext): unknown {
  const state = ctx.world.state;
  let projectId = ctx.projectId;
  const asked = ctx.url.searchParams.get('project_id') ?? ctx.url.searchParams.get('tenant_id');
  if (asked && ctx.isAdmin && ctx.version.minor >= 39) projectId = asked;
  const usage = projectUsage(state, projectId);
  const lim = (r: string) => quotaLimit(state, projectId, r);
  return {
    limits: {
      rate: [],
      absolute: {
        totalSnapshotsUsed: usage.snapshots?.in_use ?? 0,
        maxTotalBackups: lim('backups'),
        maxTotalVolumeGigabytes: lim('gigabytes'),
        maxTotalSnapshots: lim('snapshots'),
        maxTotalBackupGigabytes: lim('backup_gigabytes'),
        totalBackupGigabytesUsed: usage.backup_gigabytes?.in_use ?? 0,
        maxTotalVolumes: lim('volumes'),
        totalVolumesUsed: usage.volumes?.in_use ?? 0,
        totalBackupsUsed: usage.backups?.in_use ?? 0,
        totalGigabytesUsed: usage.gigabytes?.in_use ?? 0,
      },
    },
  };
}
