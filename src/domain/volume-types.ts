import {
  EXTRA_SPEC_VALUE_MAX,
  VOLUME_TYPE_DESCRIPTION_MAX,
  VOLUME_TYPE_NAME_MAX,
  extraSpecKeyProblem,
  type ExtraSpecKeyProblem,
} from '../api/volume-types';
import { storedKey } from '../api/stored-key';

/** One editable key/value row; `rowId` keeps React state stable while the key is being typed. */
export interface SpecRow {
  rowId: string;
  key: string;
  value: string;
}

let nextRowId = 0;
export function newRow(key = '', value = ''): SpecRow {
  nextRowId += 1;
  return { rowId: `spec-${nextRowId}`, key, value };
}

export function rowsFromSpecs(specs: Record<string, string>): SpecRow[] {
  return Object.keys(specs)
    .sort((a, b) => a.localeCompare(b))
    .map((key) => newRow(key, specs[key] ?? ''));
}

export const IS_TRUE = '<is> True';
export const IS_FALSE = '<is> False';

export type SpecShape = 'boolean' | 'backend' | 'zones' | 'choice';

export interface KnownSpec {
  key: string;
  shape: SpecShape;
  /** Values to offer (boolean keys: the `<is>` forms Cinder's capability filter understands). */
  values?: string[];
}

/**
 * Keys an admin sets most often, with the value shape Cinder and its scheduler expect. `multiattach` and
 * `cacheable` only take effect as exactly "<is> True" (Cinder compares the string), so those are checked.
 */
export const knownSpecs: KnownSpec[] = [
  { key: 'volume_backend_name', shape: 'backend' },
  { key: 'multiattach', shape: 'boolean', values: [IS_TRUE, IS_FALSE] },
  { key: 'replication_enabled', shape: 'boolean', values: [IS_TRUE, IS_FALSE] },
  { key: 'RESKEY:availability_zones', shape: 'zones' },
  { key: 'cacheable', shape: 'boolean', values: [IS_TRUE, IS_FALSE] },
  { key: 'thin_provisioning_support', shape: 'boolean', values: [IS_TRUE, IS_FALSE] },
  { key: 'thick_provisioning_support', shape: 'boolean', values: [IS_TRUE, IS_FALSE] },
  { key: 'QoS_support', shape: 'boolean', values: [IS_TRUE, IS_FALSE] },
  { key: 'storage_protocol', shape: 'choice', values: ['iSCSI', 'FC', 'NVMe-oF', 'NFS', 'ceph'] },
  { key: 'provisioning:type', shape: 'choice', values: ['thin', 'thick'] },
];

export function knownSpec(key: string): KnownSpec | undefined {
  return knownSpecs.find((spec) => spec.key === key.trim());
}

/**
 * The known spec a key names in another case ("Multiattach" for multiattach). Cinder stores it (one key with
 * the known one, see storedKey) but its scheduler and drivers read keys as written: it would do nothing.
 */
export function knownSpecInOtherCase(key: string): KnownSpec | undefined {
  const typed = key.trim();
  return knownSpecs.find((spec) => spec.key !== typed && storedKey(spec.key) === storedKey(typed));
}

export type SpecValueProblem = 'tooLong' | 'notBoolean' | 'badZones' | 'cacheableMultiattach';
export type SpecKeyProblem = ExtraSpecKeyProblem | 'duplicate' | 'reserved';

export interface RowProblems {
  key?: SpecKeyProblem;
  value?: SpecValueProblem;
}

const BOOLEAN_VALUE = /^<is> (True|False)$/;
/** Comma-separated zone names, no empty entries. */
const ZONE_LIST = /^[^,\s][^,]*(\s*,\s*[^,\s][^,]*)*$/;

export function valueProblem(key: string, value: string): SpecValueProblem | null {
  if (value.length > EXTRA_SPEC_VALUE_MAX) return 'tooLong';
  const known = knownSpec(key);
  if (known?.shape === 'boolean' && !BOOLEAN_VALUE.test(value)) return 'notBoolean';
  if (known?.shape === 'zones' && !ZONE_LIST.test(value.trim())) return 'badZones';
  return null;
}

/** A row with neither key nor value is an unused line, not a spec. */
export function isBlankRow(row: SpecRow): boolean {
  return row.key.trim() === '' && row.value === '';
}

/**
 * Every problem in a set of rows, by row id. Keys are compared as Cinder stores them (`storedKey`: "Foo" and
 * "foo" are one key). `implied` holds specs set by dedicated fields elsewhere in the form (the backend picker,
 * the shared switch): the rows may not repeat those keys, and they count for the multiattach/cacheable conflict.
 */
export function validateSpecRows(rows: SpecRow[], implied: Record<string, string> = {}): Map<string, RowProblems> {
  const problems = new Map<string, RowProblems>();
  const used = rows.filter((row) => !isBlankRow(row));
  const seen = new Map<string, number>();
  for (const row of used) {
    const stored = storedKey(row.key);
    seen.set(stored, (seen.get(stored) ?? 0) + 1);
  }
  const impliedStored = new Set(Object.keys(implied).map(storedKey));
  const isTrue = (key: string) => implied[key] === IS_TRUE || used.some((r) => r.key.trim() === key && r.value === IS_TRUE);
  const conflict = isTrue('multiattach') && isTrue('cacheable');

  for (const row of used) {
    const key = row.key.trim();
    const found: RowProblems = {};
    const keyIssue = extraSpecKeyProblem(key);
    if (keyIssue) found.key = keyIssue;
    else if ((seen.get(storedKey(key)) ?? 0) > 1) found.key = 'duplicate';
    else if (impliedStored.has(storedKey(key))) found.key = 'reserved';
    const valueIssue = valueProblem(key, row.value);
    if (valueIssue) found.value = valueIssue;
    else if (conflict && (key === 'multiattach' || key === 'cacheable')) found.value = 'cacheableMultiattach';
    if (found.key || found.value) problems.set(row.rowId, found);
  }
  return problems;
}

/** Rows → the map Cinder takes (keys trimmed; values kept verbatim, spaces may matter to a driver). */
export function specsFromRows(rows: SpecRow[]): Record<string, string> {
  const specs: Record<string, string> = {};
  for (const row of rows) if (!isBlankRow(row)) specs[row.key.trim()] = row.value;
  return specs;
}

export interface SpecChange {
  key: string;
  from: string;
  to: string;
}

export interface SpecDiff {
  added: { key: string; value: string }[];
  changed: SpecChange[];
  removed: { key: string; value: string }[];
}

export function diffSpecs(before: Record<string, string>, after: Record<string, string>): SpecDiff {
  const byName = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  const added = Object.keys(after)
    .filter((key) => !(key in before))
    .map((key) => ({ key, value: after[key]! }))
    .sort(byName);
  const changed = Object.keys(after)
    .filter((key) => key in before && before[key] !== after[key])
    .map((key) => ({ key, from: before[key]!, to: after[key]! }))
    .sort(byName);
  const removed = Object.keys(before)
    .filter((key) => !(key in after))
    .map((key) => ({ key, value: before[key]! }))
    .sort(byName);
  return { added, changed, removed };
}

export function isEmptyDiff(diff: SpecDiff): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0;
}

export interface SpecSavePlan {
  /** Removed keys that differ only in case from an added key: deleted first, or the POST would update them. */
  deleteFirst: string[];
  /** One POST (merge) with every added and changed key. */
  set: Record<string, string>;
  /** Then one DELETE per removed key. */
  deleteAfter: string[];
}

export function planSpecSave(diff: SpecDiff): SpecSavePlan {
  const added = new Set(diff.added.map((a) => storedKey(a.key)));
  const deleteFirst = diff.removed.filter((r) => added.has(storedKey(r.key))).map((r) => r.key);
  const deleteAfter = diff.removed.filter((r) => !added.has(storedKey(r.key))).map((r) => r.key);
  const set: Record<string, string> = {};
  for (const a of diff.added) set[a.key] = a.value;
  for (const c of diff.changed) set[c.key] = c.to;
  return { deleteFirst, set, deleteAfter };
}

// ---- Type fields

export type NameProblem = 'required' | 'tooLong';
export function nameProblem(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > VOLUME_TYPE_NAME_MAX) return 'tooLong';
  return null;
}

export function descriptionTooLong(description: string): boolean {
  return description.length > VOLUME_TYPE_DESCRIPTION_MAX;
}

/** The specs a create form sends: dedicated fields (backend, shared) plus the free rows. */
export function impliedCreateSpecs(input: { backend: string; shared: boolean }): Record<string, string> {
  const specs: Record<string, string> = {};
  if (input.backend.trim()) specs.volume_backend_name = input.backend.trim();
  if (input.shared) specs.multiattach = IS_TRUE;
  return specs;
}

export function buildCreateSpecs(input: { backend: string; shared: boolean; rows: SpecRow[] }): Record<string, string> {
  return { ...specsFromRows(input.rows), ...impliedCreateSpecs(input) };
}

/** True when the type's volumes can attach to several servers (Cinder checks the exact string). */
export function isShared(specs: Record<string, string> | undefined): boolean {
  return specs?.multiattach === IS_TRUE;
}
