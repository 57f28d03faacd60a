/**
 * The QoS spec keys the console knows, their units, and the rules a value must satisfy.
 *
 * Front-end keys are the ones Nova's libvirt driver turns into <iotune> (total/read/write ×
 * bytes/iops × sec, the `_max` bursts and their `_max_length`, `size_iops_sec`), plus Cinder's
 * per-GB forms (`_per_gb`, `_per_gb_min`) that Cinder multiplies by the volume size before handing
 * the specs to Nova. Back-end specs are driver-specific, so any other key is allowed as a free key.
 */

export type SpecUnit =
  | 'bytesPerSec' // a rate in bytes per second
  | 'iops' // I/O operations per second
  | 'bytesPerSecPerGb' // bytes per second for each GiB of volume size
  | 'iopsPerGb' // IOPS for each GiB of volume size
  | 'seconds' // how long a burst may last
  | 'bytes'; // an I/O size (size_iops_sec)

export interface StandardSpecKey {
  key: string;
  unit: SpecUnit;
}

const directions = ['total', 'read', 'write'] as const;

function buildStandardKeys(): StandardSpecKey[] {
  const keys: StandardSpecKey[] = [];
  for (const d of directions) keys.push({ key: `${d}_bytes_sec`, unit: 'bytesPerSec' }, { key: `${d}_iops_sec`, unit: 'iops' });
  for (const d of directions) keys.push({ key: `${d}_bytes_sec_max`, unit: 'bytesPerSec' }, { key: `${d}_iops_sec_max`, unit: 'iops' });
  for (const d of directions)
    keys.push({ key: `${d}_bytes_sec_max_length`, unit: 'seconds' }, { key: `${d}_iops_sec_max_length`, unit: 'seconds' });
  keys.push({ key: 'size_iops_sec', unit: 'bytes' });
  for (const d of directions)
    keys.push({ key: `${d}_bytes_sec_per_gb`, unit: 'bytesPerSecPerGb' }, { key: `${d}_iops_sec_per_gb`, unit: 'iopsPerGb' });
  // The floor Cinder applies to a per-GB value: a plain rate, not a per-GB one.
  for (const d of directions)
    keys.push({ key: `${d}_bytes_sec_per_gb_min`, unit: 'bytesPerSec' }, { key: `${d}_iops_sec_per_gb_min`, unit: 'iops' });
  return keys;
}

export const standardSpecKeys: readonly StandardSpecKey[] = buildStandardKeys();
const unitByKey = new Map(standardSpecKeys.map((k) => [k.key, k.unit]));

/** The unit of a standard key; undefined for a free (driver-specific) key. */
export function specUnit(key: string): SpecUnit | undefined {
  return unitByKey.get(key);
}

export function isStandardKey(key: string): boolean {
  return unitByKey.has(key);
}

// ---- Rules

export const QOS_NAME_MAX = 255;
export const SPEC_KEY_MAX = 255;
export const SPEC_VALUE_MAX = 255;
/**
 * `name` and `consumer` sit flat beside the spec keys in Cinder's request bodies, so they cannot be
 * spec keys: Cinder would read them as the spec's name or consumer.
 */
export const RESERVED_SPEC_KEYS: readonly string[] = ['name', 'consumer'];

export type NameProblem = 'required' | 'tooLong';
export function qosNameProblem(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > QOS_NAME_MAX) return 'tooLong';
  return null;
}

/**
 * The key syntax Cinder's set-keys schema accepts (`extra_specs_with_null`). Create accepts more, but
 * a key outside this set could never be changed afterwards, so the console holds both to it.
 */
export const SPEC_KEY_PATTERN = /^[a-zA-Z0-9\-_:. /]+$/;

export type KeyProblem = 'required' | 'tooLong' | 'invalidChars' | 'reserved' | 'duplicate';
export function specKeyProblem(key: string, otherKeys: readonly string[] = []): KeyProblem | null {
  if (!key) return 'required';
  if (key.length > SPEC_KEY_MAX) return 'tooLong';
  if (!SPEC_KEY_PATTERN.test(key)) return 'invalidChars';
  if (RESERVED_SPEC_KEYS.includes(key)) return 'reserved';
  if (otherKeys.includes(key)) return 'duplicate';
  return null;
}

export type ValueProblem = 'required' | 'tooLong' | 'notNonNegativeInteger';
/** Standard keys take whole numbers ≥ 0 (libvirt and Cinder parse them with int()); free keys any text. */
export function specValueProblem(key: string, value: string): ValueProblem | null {
  if (value.trim() === '') return 'required';
  if (value.length > SPEC_VALUE_MAX) return 'tooLong';
  if (isStandardKey(key) && !/^\d+$/.test(value.trim())) return 'notNonNegativeInteger';
  return null;
}

// ---- Formatting

const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** 104857600 → "100 MiB"; 1536 → "1.5 KiB"; at most two decimals, trailing zeros dropped. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < binaryUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Math.round(value * 100) / 100;
  return `${rounded} ${binaryUnits[unit]}`;
}

/** 12000 → "12,000": plain digits grouping, language-neutral. */
function groupDigits(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * A value with its unit, the way an admin reads it: "100 MiB/s", "500 IOPS", "10 IOPS/GiB", "60 s".
 * Free keys, and values that are not whole numbers, are shown as they are.
 */
export function formatSpecValue(key: string, value: string): string {
  const unit = specUnit(key);
  const text = value.trim();
  if (!unit || !/^\d+$/.test(text)) return value;
  const n = Number(text);
  switch (unit) {
    case 'bytesPerSec':
      return `${formatBytes(n)}/s`;
    case 'bytesPerSecPerGb':
      return `${formatBytes(n)}/s/GiB`;
    case 'iops':
      return `${groupDigits(n)} IOPS`;
    case 'iopsPerGb':
      return `${groupDigits(n)} IOPS/GiB`;
    case 'seconds':
      return `${groupDigits(n)} s`;
    case 'bytes':
      return formatBytes(n);
  }
}

/** "read_bytes_sec = 100 MiB/s" */
export function formatSpec(key: string, value: string): string {
  return `${key} = ${formatSpecValue(key, value)}`;
}

/** Specs in a stable order: standard keys in catalogue order, then free keys alphabetically. */
export function sortedSpecEntries(specs: Record<string, string>): [string, string][] {
  const order = new Map(standardSpecKeys.map((k, i) => [k.key, i]));
  return Object.entries(specs).sort(([a], [b]) => {
    const ia = order.get(a) ?? Number.MAX_SAFE_INTEGER;
    const ib = order.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ia - ib || a.localeCompare(b);
  });
}

// ---- Diff

export type SpecChangeKind = 'added' | 'changed' | 'removed';
export interface SpecChange {
  key: string;
  kind: SpecChangeKind;
  before?: string;
  after?: string;
}

/** What saving `draft` over `current` does, key by key, in display order. */
export function diffSpecs(current: Record<string, string>, draft: Record<string, string>): SpecChange[] {
  const changes: SpecChange[] = [];
  const keys = sortedSpecEntries({ ...current, ...draft }).map(([k]) => k);
  for (const key of keys) {
    const inCurrent = Object.hasOwn(current, key);
    const inDraft = Object.hasOwn(draft, key);
    // Values are sent trimmed, so a draft that differs only by spaces is no change.
    const after = draft[key]?.trim();
    if (inCurrent && !inDraft) changes.push({ key, kind: 'removed', before: current[key] });
    else if (!inCurrent && inDraft) changes.push({ key, kind: 'added', after });
    else if (current[key] !== after) changes.push({ key, kind: 'changed', before: current[key], after });
  }
  return changes;
}

/** The two Cinder calls a diff needs: keys to set (PUT) and keys to unset (PUT …/delete_keys). */
export function changeRequests(changes: readonly SpecChange[]): { set: Record<string, string>; unset: string[] } {
  const set: Record<string, string> = {};
  const unset: string[] = [];
  for (const change of changes) {
    if (change.kind === 'removed') unset.push(change.key);
    else set[change.key] = change.after ?? '';
  }
  return { set, unset };
}
