/**
 * Rules for editing quota limits, as Cinder applies them (api/contrib/quotas.py, validators.py): an
 * integer from -1 (unlimited) to 2147483647, and — except per_volume_gigabytes — never below what the
 * project already uses (in_use + reserved). Generic over the keys Cinder returns.
 */

export const QUOTA_MAX = 2147483647;
export const UNLIMITED = -1;

export interface QuotaRow {
  key: string;
  limit: number;
  /** in_use + reserved; 0 for the default class (no usage). */
  used: number;
  inUse: number;
  reserved: number;
}

export type LimitProblem = { kind: 'notInteger' } | { kind: 'tooSmall' } | { kind: 'tooLarge' } | { kind: 'belowUsage'; used: number };

/** Keys whose limit is not a count of things the project holds, so usage never bounds it. */
const NOT_BOUNDED_BY_USAGE = new Set(['per_volume_gigabytes']);

export function limitProblem(row: Pick<QuotaRow, 'key' | 'used'>, value: number | null | undefined): LimitProblem | null {
  if (value === null || value === undefined || !Number.isInteger(value)) return { kind: 'notInteger' };
  if (value < UNLIMITED) return { kind: 'tooSmall' };
  if (value > QUOTA_MAX) return { kind: 'tooLarge' };
  if (value !== UNLIMITED && !NOT_BOUNDED_BY_USAGE.has(row.key) && value < row.used) return { kind: 'belowUsage', used: row.used };
  return null;
}

/** Only the limits that differ from what Cinder holds: the request sends nothing else. */
export function changedLimits(rows: readonly QuotaRow[], values: Record<string, number | null | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const value = values[row.key];
    if (typeof value === 'number' && value !== row.limit) out[row.key] = value;
  }
  return out;
}

export type QuotaResourceKey = 'volumes' | 'gigabytes' | 'snapshots' | 'backups' | 'backup_gigabytes' | 'per_volume_gigabytes' | 'groups';
const BASE_KEYS: readonly QuotaResourceKey[] = ['volumes', 'gigabytes', 'snapshots', 'backups', 'backup_gigabytes', 'per_volume_gigabytes', 'groups'];
const PER_TYPE = /^(volumes|gigabytes|snapshots)_(.+)$/;

/** What a key limits: a project-wide resource, one resource of one volume type, or a key this console does not know. */
export type QuotaKeyMeaning =
  | { scope: 'project'; resource: QuotaResourceKey }
  | { scope: 'type'; resource: 'volumes' | 'gigabytes' | 'snapshots'; type: string }
  | { scope: 'other'; key: string };

export function quotaKeyMeaning(key: string): QuotaKeyMeaning {
  if ((BASE_KEYS as readonly string[]).includes(key)) return { scope: 'project', resource: key as QuotaResourceKey };
  const match = PER_TYPE.exec(key);
  if (match) return { scope: 'type', resource: match[1] as 'volumes' | 'gigabytes' | 'snapshots', type: match[2]! };
  return { scope: 'other', key };
}

/** Project-wide keys first in Cinder's order, then per type (by type, then volumes/gigabytes/snapshots), then the rest. */
export function sortQuotaRows<T extends { key: string }>(rows: readonly T[]): T[] {
  const rank = (key: string): [number, string, number] => {
    const m = quotaKeyMeaning(key);
    if (m.scope === 'project') return [0, '', BASE_KEYS.indexOf(m.resource)];
    if (m.scope === 'type') return [1, m.type, ['volumes', 'gigabytes', 'snapshots'].indexOf(m.resource)];
    return [2, key, 0];
  };
  return rows.slice().sort((a, b) => {
    const [ga, ta, ia] = rank(a.key);
    const [gb, tb, ib] = rank(b.key);
    return ga - gb || ta.localeCompare(tb) || ia - ib;
  });
}
