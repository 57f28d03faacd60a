import type { ProjectQuotaUsage, QuotaUsageEntry } from '../api/quotas';

/** Quota usage turned into what a gauge draws: used = in_use + reserved against the limit. */

export type GaugeLevel = 'normal' | 'warning' | 'full';
/** Above this share of the limit a gauge (and the header widget) turns to the warning colour. */
export const WARNING_RATIO = 0.8;

export interface Gauge {
  inUse: number;
  reserved: number;
  /** in_use + reserved: reservations count against the limit until the operation commits. */
  used: number;
  /** null = unlimited (-1). */
  limit: number | null;
  /** 0…100 for the dial, null when unlimited. */
  percent: number | null;
  /** What is left, null when unlimited. */
  remaining: number | null;
  level: GaugeLevel;
}

export function toGauge(entry: QuotaUsageEntry): Gauge {
  const inUse = Math.max(0, entry.in_use);
  const reserved = Math.max(0, entry.reserved);
  const used = inUse + reserved;
  if (entry.limit < 0) return { inUse, reserved, used, limit: null, percent: null, remaining: null, level: 'normal' };
  const limit = entry.limit;
  // A limit of 0 allows nothing: the resource is as exhausted as a full one.
  const ratio = limit === 0 ? 1 : used / limit;
  return {
    inUse,
    reserved,
    used,
    limit,
    percent: Math.min(100, Math.round(ratio * 100)),
    remaining: Math.max(0, limit - used),
    level: ratio >= 1 ? 'full' : ratio > WARNING_RATIO ? 'warning' : 'normal',
  };
}

export type QuotaResource = 'volumes' | 'gigabytes' | 'snapshots';
export const quotaResources: readonly QuotaResource[] = ['volumes', 'gigabytes', 'snapshots'];

export interface TypeQuotaRow {
  type: string;
  volumes: Gauge | null;
  gigabytes: Gauge | null;
  snapshots: Gauge | null;
  /** Some per-type limit is set (not -1). */
  limited: boolean;
  /** Anything of this type is in use or reserved. */
  inUse: boolean;
}

/** One row per volume type from the `volumes_<type>` / `gigabytes_<type>` / `snapshots_<type>` keys, by name. */
export function perTypeRows(usage: ProjectQuotaUsage): TypeQuotaRow[] {
  return Object.entries(usage.perType)
    .map(([type, entries]) => {
      const gauges = {
        volumes: entries.volumes ? toGauge(entries.volumes) : null,
        gigabytes: entries.gigabytes ? toGauge(entries.gigabytes) : null,
        snapshots: entries.snapshots ? toGauge(entries.snapshots) : null,
      };
      const all = Object.values(gauges).filter((g): g is Gauge => g !== null);
      return { type, ...gauges, limited: all.some((g) => g.limit !== null), inUse: all.some((g) => g.used > 0) };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

export interface QuotaOverview {
  volumes: Gauge;
  gigabytes: Gauge;
  snapshots: Gauge;
  types: TypeQuotaRow[];
  /** Something is reserved: an operation is in flight and the figures will move. */
  pending: boolean;
}

export function quotaOverview(usage: ProjectQuotaUsage): QuotaOverview {
  const volumes = toGauge(usage.volumes);
  const gigabytes = toGauge(usage.gigabytes);
  const snapshots = toGauge(usage.snapshots);
  const types = perTypeRows(usage);
  const pending =
    [volumes, gigabytes, snapshots].some((g) => g.reserved > 0) ||
    types.some((row) => [row.volumes, row.gigabytes, row.snapshots].some((g) => (g?.reserved ?? 0) > 0));
  return { volumes, gigabytes, snapshots, types, pending };
}
