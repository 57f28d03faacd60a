/**
 * Small jsonschema look-alikes. Cinder validates bodies with jsonschema and reports the first error
 * as "Invalid input for field/attribute <last path element>. Value: <python repr>. <jsonschema text>"
 * (or just the jsonschema text at the top level); these helpers reproduce those texts.
 */
import { badRequest, fieldError, malformedBody } from './faults';
import { isObject, type BodyResult } from '../util/http';
import { pyRepr } from '../util/pyrepr';

export type Json = Record<string, unknown>;

export const requiredMsg = (key: string) => `'${key}' is a required property`;

export function additionalMsg(keys: string[]): string {
  const list = keys.map((k) => pyRepr(k)).join(', ');
  return `Additional properties are not allowed (${list} ${keys.length === 1 ? 'was' : 'were'} unexpected)`;
}

export const typeMsg = (value: unknown, types: string[]) => `${pyRepr(value)} is not of type ${types.map((t) => `'${t}'`).join(', ')}`;

/** The request body as an object, or the fault Cinder gives for a missing/broken one. */
export function bodyObject(body: BodyResult): Json {
  if (body.kind === 'malformed' || body.kind === 'empty') throw malformedBody();
  if (!isObject(body.value)) throw badRequest(typeMsg(body.value, ['object']));
  return body.value;
}

/**
 * Checks one object level: `path` names it for messages (null at the top level), `required` keys,
 * and `allowed` keys when additionalProperties is false.
 */
export function checkObject(path: string | null, value: unknown, opts: { required?: string[]; allowed?: string[] }): Json {
  const fail = (message: string) => (path === null ? badRequest(message) : fieldError(path, value, message));
  if (!isObject(value)) throw fail(typeMsg(value, ['object']));
  for (const key of opts.required ?? []) if (!(key in value)) throw fail(requiredMsg(key));
  if (opts.allowed) {
    const extra = Object.keys(value).filter((k) => !opts.allowed!.includes(k));
    if (extra.length) throw fail(additionalMsg(extra));
  }
  return value;
}

/** parameter_types.boolean: bool or one of oslo's accepted strings. */
const BOOLEAN_ENUM: unknown[] = [
  true, 'True', 'TRUE', 'true', '1', 'ON', 'On', 'on', 'YES', 'Yes', 'yes', 'y', 't',
  false, 'False', 'FALSE', 'false', '0', 'OFF', 'Off', 'off', 'NO', 'No', 'no', 'n', 'f',
];
const TRUE_STRINGS = new Set(['1', 't', 'true', 'on', 'y', 'yes']);

export function checkBoolean(field: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') throw fieldError(field, value, typeMsg(value, ['boolean', 'string']));
  if (!BOOLEAN_ENUM.includes(value)) throw fieldError(field, value, `${pyRepr(value)} is not one of ${pyRepr(BOOLEAN_ENUM)}`);
  return TRUE_STRINGS.has(value.toLowerCase());
}

/** oslo strutils.bool_from_string(strict=True) for query parameters. */
export function queryBool(value: string | null, fallback = false): boolean | null {
  if (value === null) return fallback;
  const v = value.trim().toLowerCase();
  if (TRUE_STRINGS.has(v)) return true;
  if (['0', 'f', 'false', 'off', 'n', 'no'].includes(v)) return false;
  return null;
}

/** parameter_types.volume_size (integer or digit string, minimum 1). `allowNull` for create. */
export function checkSize(field: string, value: unknown, allowNull: boolean): number | null {
  const types = allowNull ? ['integer', 'string', 'null'] : ['integer', 'string'];
  if (value === null || value === undefined) {
    if (allowNull) return null;
    throw fieldError(field, value, typeMsg(value, types));
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw fieldError(field, value, typeMsg(value, types));
  } else if (typeof value === 'string') {
    if (!/^[0-9]+$/.test(value)) throw fieldError(field, value, `${pyRepr(value)} does not match '^[0-9]+$'`);
  } else {
    throw fieldError(field, value, typeMsg(value, types));
  }
  const n = Number(value);
  if (n < 1) throw fieldError(field, value, `${n} is less than the minimum of 1`);
  if (n > 2147483647) throw fieldError(field, value, `${n} is greater than the maximum of 2147483647`);
  return n;
}

/** Optional name/description: string or null, at most 255 characters (names). */
export function checkOptionalString(field: string, value: unknown, maxLength: number | null): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') throw fieldError(field, value, typeMsg(value, ['string', 'null']));
  if (maxLength !== null && value.length > maxLength) throw badRequest(`Invalid input received: ${field} has ${value.length} characters, more than ${maxLength}.`);
  return value.trim();
}

/** metadata: object of string → string (keys 1–255, values ≤255). */
export function checkMetadata(field: string, value: unknown, allowNull: boolean): Record<string, string> | null {
  if (value === null && allowNull) return null;
  if (!isObject(value)) throw fieldError(field, value, typeMsg(value, allowNull ? ['object', 'null'] : ['object']));
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!/^[a-zA-Z0-9-_:. /]{1,255}$/.test(k)) throw fieldError(field, value, additionalMsg([k]));
    if (typeof v !== 'string') throw fieldError(k, v, typeMsg(v, ['string']));
    if (v.length > 255) throw fieldError(k, v, `${pyRepr(v)} is too long`);
    out[k] = v;
  }
  return out;
}

/** Extra specs (types): keys without spaces, values string or null, ≤255. */
export function checkExtraSpecs(field: string, value: unknown, keyPattern: RegExp): Record<string, string | null> {
  if (!isObject(value)) throw fieldError(field, value, typeMsg(value, ['object']));
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!keyPattern.test(k)) throw fieldError(field, value, additionalMsg([k]));
    if (v !== null && typeof v !== 'string') throw fieldError(k, v, typeMsg(v, ['string', 'null']));
    if (typeof v === 'string' && v.length > 255) throw fieldError(k, v, `${pyRepr(v)} is too long`);
    out[k] = v;
  }
  return out;
}

export const UUID_LIKE = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/;

export function checkOptionalUuid(field: string, value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') throw fieldError(field, value, typeMsg(value, ['string', 'null']));
  if (!UUID_LIKE.test(value)) throw fieldError(field, value, `${pyRepr(value)} is not a 'uuid'`);
  return value;
}
