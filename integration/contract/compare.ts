/**
 * Diffing two transcripts of the same scenario.
 *
 * Status sequences (the async flows) follow one documented rule, because the real Cinder finishes
 * most flows faster than a poll (create: creating → available in ~0.3 s) while the emulator runs
 * them on timers (instant or short delays in this suite):
 *
 *   1. The last observed status (the settled one, or 'gone' after a delete) must be equal on both
 *      sides; a flow that does not settle in time ends in 'timeout:<status>', which never matches.
 *   2. Every *stable* status (available, in-use, error…, and anything not known as transitional)
 *      must appear on both sides, in the same order.
 *   3. A *transitional* status (creating, extending, retyping, migrating…) seen on one side only is
 *      allowed: polling every 100 ms may miss a state that lasted less than that (the real Cinder
 *      creates a volume in ~0.3 s; the emulator under EMULATOR_DELAYS=instant finishes before the
 *      next request). A transitional status seen on both sides must appear in the same order.
 *   4. A 'null' that is not the final value (e.g. migration_status before the volume manager starts
 *      the migration, or while the migrated volume is swapped in) may be seen on one side only, for
 *      the same reason.
 *   A flow counts as settled once no watched field is transitional and the values stayed the same
 *   for SETTLE_MS (real Cinder passes through short non-transitional moments, e.g. a migration's
 *   'completing' → null → 'success').
 *   The status in a 202 body is not a poll: steps record it as a value, compared exactly.
 *
 * So [extending → available] vs [available] passes, [retyping → available] vs [retyping → error]
 * fails (rule 1), [available → error → available] vs [available] fails (rule 2).
 */
import type { StepRecord } from './transcript';

/** Statuses a flow passes through (cinder-v3-facts §4 plus snapshot and migration statuses). */
export const TRANSITIONAL = new Set([
  'creating', 'downloading', 'deleting', 'attaching', 'detaching', 'extending', 'retyping', 'reverting',
  'uploading', 'backing-up', 'restoring-backup', 'maintenance', 'unmanaging', 'restoring', 'updating',
  'starting', 'migrating', 'completing',
  // Glance images while Cinder uploads a volume into them.
  'queued', 'saving',
  // A Nova attach's first step (Cinder's reservation).
  'reserved',
]);

export function isTransitional(status: string): boolean {
  return TRANSITIONAL.has(status);
}

export function compareSequences(a: string[], b: string[]): string | null {
  if (!a.length || !b.length) return a.length === b.length ? null : `one side observed nothing (${fmt(a)} vs ${fmt(b)})`;
  if (a[a.length - 1] !== b[b.length - 1]) return `final status differs: ${fmt(a)} vs ${fmt(b)}`;
  const inA = new Set(a);
  const inB = new Set(b);
  // Rules 3 and 4: drop transitional statuses (and non-final 'null's) the other side never saw;
  // what remains must be identical.
  const skippable = (s: string, i: number, list: string[]) => isTransitional(s) || (s === 'null' && i < list.length - 1);
  const keptA = dedupe(a.filter((s, i) => !skippable(s, i, a) || inB.has(s)));
  const keptB = dedupe(b.filter((s, i) => !skippable(s, i, b) || inA.has(s)));
  if (fmt(keptA) !== fmt(keptB)) return `sequences differ: ${fmt(a)} vs ${fmt(b)}`;
  return null;
}

function dedupe(list: string[]): string[] {
  return list.filter((s, i) => i === 0 || list[i - 1] !== s);
}

const fmt = (list: string[]) => `[${list.join(' → ')}]`;
/** Key order is not part of the contract: objects compare with sorted keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function diffKeys(label: string, a: string[] | undefined, b: string[] | undefined, names: [string, string]): string | null {
  if (same(a, b)) return null;
  if (!a || !b) return `${label}: ${names[0]} ${a ? `[${a.join(', ')}]` : 'none'}, ${names[1]} ${b ? `[${b.join(', ')}]` : 'none'}`;
  const onlyA = a.filter((k) => !b.includes(k));
  const onlyB = b.filter((k) => !a.includes(k));
  return `${label}: only on ${names[0]} [${onlyA.join(', ')}], only on ${names[1]} [${onlyB.join(', ')}]`;
}

/** Every difference between two transcripts, as readable lines (empty when they agree). */
export function compareTranscripts(a: StepRecord[], b: StepRecord[], names: [string, string] = ['real', 'emulator']): string[] {
  const out: string[] = [];
  const steps = Math.max(a.length, b.length);
  for (let i = 0; i < steps; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) {
      out.push(`step ${i + 1}: only ${x ? names[0] : names[1]} ran "${(x ?? y)!.step}"`);
      continue;
    }
    if (x.step !== y.step) {
      out.push(`step ${i + 1}: "${x.step}" on ${names[0]} but "${y.step}" on ${names[1]}`);
      break;
    }
    const problems: string[] = [];
    if (x.status !== y.status) problems.push(`status ${x.status} vs ${y.status}`);
    if (x.body !== y.body) problems.push(`body ${x.body} vs ${y.body}`);
    if (x.fault !== y.fault) problems.push(`fault ${x.fault ?? 'none'} vs ${y.fault ?? 'none'}`);
    const keys = diffKeys('keys', x.keys, y.keys, names);
    if (keys) problems.push(keys);
    const resourceKeys = diffKeys('resource keys', x.resourceKeys, y.resourceKeys, names);
    if (resourceKeys) problems.push(resourceKeys);
    const fields = new Set([...Object.keys(x.sequences ?? {}), ...Object.keys(y.sequences ?? {})]);
    for (const field of fields) {
      const problem = compareSequences(x.sequences?.[field] ?? [], y.sequences?.[field] ?? []);
      if (problem) problems.push(`${field}: ${problem}`);
    }
    const valueKeys = new Set([...Object.keys(x.values ?? {}), ...Object.keys(y.values ?? {})]);
    for (const key of valueKeys) {
      if (!same(x.values?.[key], y.values?.[key])) problems.push(`${key}: ${JSON.stringify(x.values?.[key])} vs ${JSON.stringify(y.values?.[key])}`);
    }
    if (problems.length) {
      const notes = [x.note && `${names[0]} ${x.note}`, y.note && `${names[1]} ${y.note}`].filter(Boolean).join(' | ');
      out.push(`"${x.step}": ${problems.join('; ')}${notes ? `  (${notes})` : ''}`);
    }
  }
  return out;
}
