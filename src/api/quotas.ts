/** Block-storage quotas with usage, and absolute limits. */
import { cinder } from './http';
import type { AbsoluteLimits, QuotaSetWithUsage, QuotaUsage } from './models';

export interface QuotaUsageEntry {
  limit: number;
  in_use: number;
  reserved: number;
  /** limit − in_use − reserved; null when the limit is -1 (unlimited). */
  remaining: number | null;
}

export interface PerTypeUsage {
  volumes?: QuotaUsageEntry;
  gigabytes?: QuotaUsageEntry;
  snapshots?: QuotaUsageEntry;
}

export interface ProjectQuotaUsage {
  projectId: string;
  volumes: QuotaUsageEntry;
  gigabytes: QuotaUsageEntry;
  snapshots: QuotaUsageEntry;
  backups?: QuotaUsageEntry;
  backupGigabytes?: QuotaUsageEntry;
  groups?: QuotaUsageEntry;
  perVolumeGigabytes?: QuotaUsageEntry;
  /** Keyed by volume type name (from `volumes_<type>`, `gigabytes_<type>`, `snapshots_<type>`). */
  perType: Record<string, PerTypeUsage>;
}

const UNLIMITED: QuotaUsageEntry = { limit: -1, in_use: 0, reserved: 0, remaining: null };

export function toEntry(value: QuotaUsage | number | string | undefined): QuotaUsageEntry {
  if (value === undefined || typeof value === 'string') return UNLIMITED;
  const raw = typeof value === 'number' ? { limit: value, in_use: 0, reserved: 0 } : value;
  const limit = Number(raw.limit);
  const in_use = Number(raw.in_use ?? 0);
  const reserved = Number(raw.reserved ?? 0);
  return { limit, in_use, reserved, remaining: limit < 0 ? null : Math.max(0, limit - in_use - reserved) };
}

const perTypeKey = /^(volumes|gigabytes|snapshots)_(.+)$/;

export function parseQuotaSet(set: QuotaSetWithUsage): ProjectQuotaUsage {
  const get = (key: string) => set[key] as QuotaUsage | number | undefined;
  const perType: Record<string, PerTypeUsage> = {};
  for (const key of Object.keys(set)) {
    const match = perTypeKey.exec(key);
    if (!match) continue;
    const [, resource, type] = match as unknown as [string, 'volumes' | 'gigabytes' | 'snapshots', string];
    (perType[type] ??= {})[resource] = toEntry(get(key));
  }
  return {
    projectId: set.id,
    volumes: toEntry(get('volumes')),
    gigabytes: toEntry(get('gigabytes')),
    snapshots: toEntry(get('snapshots')),
    backups: set.backups === undefined ? undefined : toEntry(get('backups')),
    backupGigabytes: set.backup_gigabytes === undefined ? undefined : toEntry(get('backup_gigabytes')),
    groups: set.groups === undefined ? undefined : toEntry(get('groups')),
    perVolumeGigabytes: set.per_volume_gigabytes === undefined ? undefined : toEntry(get('per_volume_gigabytes')),
    perType,
  };
}

/** `GET /os-quota-sets/{project_id}?usage=true` → limits, in-use and reserved per resource and per type. */
export async function getQuotaUsage(projectId: string): Promise<ProjectQuotaUsage> {
  const data = await cinder.get<{ quota_set: QuotaSetWithUsage }>(`/os-quota-sets/${encodeURIComponent(projectId)}`, {
    query: { usage: 'true' },
  });
  return parseQuotaSet(data.quota_set);
}

/** `GET /limits` → absolute limits and usage of the current project. */
export async function getLimits(): Promise<AbsoluteLimits> {
  const data = await cinder.get<{ limits: { absolute: AbsoluteLimits } }>('/limits');
  return data.limits.absolute;
}
