/**
 * Query filter handling shared by volume and snapshot lists: resource_filters.json validation
 * (3.31+), the silent pruning older microversions do, all_tenants, and value coercion.
 */
import { badRequest, invalidInput } from './faults';
import { atLeast } from './microversion';
import { literalEval, matches, type SortValue } from './paging';
import type { CinderContext } from './context';
import { parseIsoTime } from '../util/time';

/** etc/cinder/resource_filters.json as shipped. */
export const RESOURCE_FILTERS: Record<string, string[]> = {
  volume: ['name', 'status', 'metadata', 'bootable', 'migration_status', 'availability_zone', 'group_id', 'size', 'created_at', 'updated_at', 'consumes_quota'],
  snapshot: ['name', 'status', 'volume_id', 'metadata', 'availability_zone', 'consumes_quota'],
  backup: ['name', 'status', 'volume_id'],
  message: ['resource_uuid', 'resource_type', 'event_id', 'request_id', 'message_level'],
  volume_type: ['is_public', 'extra_specs'],
};

const CONVERTERS: Record<string, string> = { 'name~': 'display_name~', 'description~': 'display_description~', consumes_quota: 'use_quota' };

/**
 * common.process_general_filtering: at 3.31+ a non-admin's unknown filter is a 400 (all_tenants is
 * silently dropped); below, `legacyAllowed` keys are kept and everything else silently removed.
 */
export function generalFiltering(ctx: CinderContext, filters: Map<string, string>, resource: string, legacyAllowed: string[], mvAdded: [string, string][] = []): void {
  if (atLeast(ctx.version, '3.31')) {
    if (!ctx.isAdmin) {
      const configured = RESOURCE_FILTERS[resource] ?? [];
      const like = atLeast(ctx.version, '3.34');
      const invalid = [...filters.keys()].filter((k) => (like ? !(configured.includes(k) || configured.includes(`${k}~`)) : !configured.includes(k)));
      const remaining = invalid.filter((k) => k !== 'all_tenants');
      if (invalid.includes('all_tenants')) filters.delete('all_tenants');
      if (remaining.length) throw badRequest(`Invalid filters ${remaining.join(',')} are found in query options.`);
    }
    if (['volume', 'snapshot', 'backup'].includes(resource)) {
      for (const [from, to] of Object.entries(CONVERTERS)) {
        if (filters.has(from)) {
          filters.set(to, filters.get(from)!);
          filters.delete(from);
        }
      }
    }
    return;
  }
  // Older microversions: filters added later are ignored, non-admins lose unknown keys quietly.
  for (const [minVersion, key] of mvAdded) if (!atLeast(ctx.version, minVersion)) filters.delete(key);
  if (!ctx.isAdmin) for (const k of [...filters.keys()]) if (!legacyAllowed.includes(k)) filters.delete(k);
}

/** Pops all_tenants: true only for an admin who asked for it. */
export function takeAllTenants(ctx: CinderContext, filters: Map<string, string>): boolean {
  const raw = filters.get('all_tenants');
  filters.delete('all_tenants');
  if (raw === undefined || !ctx.isAdmin) return false;
  return ['1', 't', 'true', 'on', 'y', 'yes'].includes(raw.trim().toLowerCase());
}

/** Pops with_count (3.45+; ignored before). */
export function takeWithCount(ctx: CinderContext, filters: Map<string, string>): boolean {
  if (!atLeast(ctx.version, '3.45') || !filters.has('with_count')) return false;
  const raw = filters.get('with_count')!;
  filters.delete('with_count');
  const v = raw.trim().toLowerCase();
  if (['1', 't', 'true', 'on', 'y', 'yes'].includes(v)) return true;
  if (['0', 'f', 'false', 'off', 'n', 'no'].includes(v)) return false;
  throw badRequest(`Value '${raw}' for 'with_count' is not a boolean.`);
}

export type Predicate<T> = (item: T) => boolean;

const BOOL_TRUE = ['1', 't', 'true', 'on', 'y', 'yes'];
const BOOL_FALSE = ['0', 'f', 'false', 'off', 'n', 'no'];

/**
 * Builds a predicate from the remaining filters over a model's columns. Returns null when the
 * DB layer would return nothing (unknown column, non-dict metadata), which lists render as empty.
 */
export function buildPredicate<T>(
  filters: Map<string, string>,
  columns: Record<string, (item: T) => SortValue>,
  opts: { metadata?: (item: T) => Record<string, string>; booleans?: string[]; strictBooleans?: boolean; host?: (item: T) => string | null },
): Predicate<T> | null {
  const preds: Predicate<T>[] = [];
  for (const [key, raw] of filters) {
    if (key.endsWith('~')) {
      const col = columns[key.slice(0, -1)];
      if (!col) return null;
      const needle = raw.toLowerCase();
      preds.push((item) => String(col(item) ?? '').toLowerCase().includes(needle));
      continue;
    }
    if (key === 'metadata') {
      const value = literalEval(raw);
      if (!opts.metadata || typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      const wanted = Object.entries(value as Record<string, unknown>);
      const get = opts.metadata;
      preds.push((item) => {
        const md = get(item);
        return wanted.every(([k, v]) => md[k] === String(v));
      });
      continue;
    }
    if (key === 'host' && opts.host) {
      const get = opts.host;
      preds.push((item) => hostMatches(get(item), raw));
      continue;
    }
    // Volumes' controller parses "op:time" for these whatever the microversion (older ones drop the keys earlier).
    if (key === 'created_at' || key === 'updated_at') {
      preds.push(timeComparison(raw, columns[key]!));
      continue;
    }
    const col = columns[key];
    if (!col) return null;
    if (opts.booleans?.includes(key)) {
      const v = raw.trim().toLowerCase();
      let b: boolean;
      if (opts.strictBooleans) {
        if (BOOL_TRUE.includes(v)) b = true;
        else if (BOOL_FALSE.includes(v)) b = false;
        else throw invalidInput(`'${key} = ${raw}'`);
      } else b = !['false'].includes(v);
      preds.push((item) => col(item) === b);
      continue;
    }
    const value = key === 'display_name' ? raw : literalEval(raw);
    preds.push((item) => matches(col(item), value));
  }
  return (item) => preds.every((p) => p(item));
}

function hostMatches(host: string | null, value: string): boolean {
  if (!host) return false;
  if (value.includes('#')) return host === value;
  if (value.includes('@')) return host === value || host.startsWith(`${value}#`);
  return host === value || host.startsWith(`${value}@`) || host.startsWith(`${value}#`);
}

function timeComparison<T>(raw: string, col: (item: T) => SortValue): Predicate<T> {
  const ops = ['gt', 'gte', 'eq', 'neq', 'lt', 'lte'];
  const conds: [string, number][] = [];
  for (const unit of raw.split(',')) {
    // Same parsing as Cinder: operator before the first ':', the time after it (or the whole unit).
    const parts = unit.split(':');
    const op = parts[0]!;
    const time = parts.length > 1 ? parts.slice(1).join(':') : parts[0]!;
    if (!ops.includes(op)) throw badRequest(`Invalid ${op} operator`);
    const ms = parseIsoTime(time);
    if (ms === null) throw badRequest(`Invalid ${time} value`);
    conds.push([op, ms]);
  }
  return (item) => {
    const v = col(item);
    if (typeof v !== 'number') return false;
    return conds.every(([op, t]) =>
      op === 'gt' ? v > t : op === 'gte' ? v >= t : op === 'eq' ? v === t : op === 'neq' ? v !== t : op === 'lt' ? v < t : v <= t,
    );
  };
}
