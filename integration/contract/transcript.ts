/**
 * A transcript is what one scenario observed on one target, normalized so that two targets can be
 * compared: status codes, sorted key sets, fault names, status sequences and a few chosen values
 * (with run-specific ids and names replaced by labels). Everything else (ids, timestamps, hostnames,
 * message texts, request ids) is ignored on purpose: it legitimately differs between clouds.
 */
import type { WireResponse } from './client';

export interface StepRecord {
  step: string;
  status?: number;
  /** 'json' | 'empty' | 'text' */
  body?: string;
  keys?: string[];
  /** Keys of the resource: the object under the main key, or the union over a list's items. */
  resourceKeys?: string[];
  fault?: string;
  /** Observed statuses per watched field, consecutive duplicates removed ('gone' = 404). */
  sequences?: Record<string, string[]>;
  values?: Record<string, unknown>;
  /** Shown when a step differs, never compared (message text, ids…). */
  note?: string;
}

const linkKey = (key: string) => key === 'links' || key.endsWith('_links');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The key holding the resource: the only object/array value that is not links (e.g. `volume`, `volumes`, `qos_specs`). */
export function mainKey(body: Record<string, unknown>): string | undefined {
  const candidates = Object.keys(body)
    .filter((k) => !linkKey(k) && body[k] !== null && typeof body[k] === 'object')
    .sort();
  return candidates.length === 1 ? candidates[0] : undefined;
}

export function resourceKeysOf(value: unknown): string[] | undefined {
  if (isPlainObject(value)) return Object.keys(value).sort();
  if (Array.isArray(value)) {
    const keys = new Set<string>();
    let objects = 0;
    for (const item of value) {
      if (isPlainObject(item)) {
        objects++;
        for (const k of Object.keys(item)) keys.add(k);
      }
    }
    return objects ? [...keys].sort() : undefined;
  }
  return undefined;
}

/** The fault name of an error body: Cinder's `{"badRequest":{code,message}}` or Keystone's `{"error":{…}}`. */
export function faultOf(response: WireResponse): string | undefined {
  if (response.status < 400 || !isPlainObject(response.body)) return undefined;
  const keys = Object.keys(response.body);
  if (keys.length !== 1) return `<${keys.sort().join(',')}>`;
  return keys[0];
}

export function faultMessage(response: WireResponse): string | undefined {
  const name = faultOf(response);
  if (!name || !isPlainObject(response.body)) return undefined;
  const inner = response.body[name];
  return isPlainObject(inner) && typeof inner.message === 'string' ? inner.message : undefined;
}

export interface NormalizeOptions {
  /** Which key holds the resource when it cannot be guessed. */
  resource?: string;
  /** Values to compare, already free of ids (use labels). */
  values?: Record<string, unknown>;
  note?: string;
}

export function normalize(step: string, response: WireResponse, options: NormalizeOptions = {}): StepRecord {
  const record: StepRecord = { step, status: response.status };
  if (response.body === null) record.body = 'empty';
  else if (typeof response.body === 'string') record.body = 'text';
  else record.body = 'json';
  if (isPlainObject(response.body)) {
    record.keys = Object.keys(response.body).sort();
    const fault = faultOf(response);
    if (fault) record.fault = fault;
    else {
      const key = options.resource ?? mainKey(response.body);
      const resourceKeys = key ? resourceKeysOf(response.body[key]) : undefined;
      if (resourceKeys) record.resourceKeys = resourceKeys;
    }
  }
  if (options.values) record.values = options.values;
  const message = faultMessage(response);
  const note = [options.note, message && `message: ${scrubIds(message)}`].filter(Boolean).join('; ');
  if (note) record.note = note;
  return record;
}

/** Replaces UUIDs, hex project ids and request ids with placeholders (for notes and labels). */
export function scrubIds(text: string): string {
  return text
    .replace(/req-[0-9a-f-]{36}/gi, '<request-id>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/\b[0-9a-f]{32}\b/gi, '<hex-id>');
}
