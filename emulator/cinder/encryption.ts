/**
 * /types/{id}/encryption: a volume type's encryption spec (cinder/api/contrib/volume_type_encryption.py).
 * Creating, changing and removing it is refused while any volume (of any project) has the type; an
 * encrypted type's new volumes get a key id (the fixed key of Cinder's ConfKeyManager) and `encrypted: true`.
 */
import { badRequest, fieldError, notFound } from './faults';
import { requireAdmin } from './policy';
import { bodyObject, checkObject, typeMsg, type Json } from './validate';
import type { CinderContext } from './context';
import type { State, VolumeType } from '../state';
import type { BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';
import { pyRepr } from '../util/pyrepr';
import { cinderTime } from '../util/time';

export interface TypeEncryption {
  /** The volume type's id (one spec per type). */
  id: string;
  encryptionId: string;
  provider: string;
  cipher: string | null;
  keySize: number | null;
  controlLocation: 'front-end' | 'back-end';
  createdAt: number;
  updatedAt: number | null;
}

declare module '../state' {
  interface Stores {
    typeEncryption: Map<string, TypeEncryption>;
  }
  interface Volume {
    /** Set when the volume was created with an encrypted type (absent in older state files: not encrypted). */
    encryptionKeyId?: string | null;
  }
}

/** castellan's ConfKeyManager hands out this one id for its fixed key (what the real harness configures). */
export const FIXED_KEY_ID = '00000000-0000-0000-0000-000000000000';

export function encryptionOf(state: State, typeId: string): TypeEncryption | undefined {
  return state.typeEncryption.get(typeId);
}

/** The key id a new volume of `type` gets: null for an unencrypted type. */
export function newVolumeKeyId(state: State, type: VolumeType | undefined): string | null {
  return type && encryptionOf(state, type.id) ? FIXED_KEY_ID : null;
}

function typeOf(ctx: CinderContext, typeId: string): VolumeType {
  const t = ctx.world.state.volumeTypes[typeId];
  if (!t) throw notFound(`Volume type ${typeId} could not be found.`);
  return t;
}

const encryptionMissing = (typeId: string) => notFound(`Volume type encryption for type ${typeId} does not exist.`);

function typeInUse(ctx: CinderContext, typeId: string): boolean {
  for (const v of ctx.world.state.volumes.values()) if (v.volumeTypeId === typeId) return true;
  return false;
}

function refuseInUse(ctx: CinderContext, typeId: string, verb: 'create' | 'update' | 'delete'): void {
  if (typeInUse(ctx, typeId)) throw badRequest(`Cannot ${verb} encryption specs. Volume type in use.`);
}

interface SpecInput {
  provider?: string;
  cipher?: string | null;
  keySize?: number | null;
  controlLocation?: 'front-end' | 'back-end';
  /** The body as sent (key_size made an int): what Cinder echoes. */
  echo: Json;
}

/** schemas/volume_type_encryption.py (create requires provider and control_location; update nothing). */
function checkSpec(body: BodyResult, create: boolean): SpecInput {
  const top = checkObject(null, bodyObject(body), { required: ['encryption'], allowed: ['encryption'] });
  const enc = checkObject('encryption', top.encryption, { required: create ? ['provider', 'control_location'] : [] });
  const out: SpecInput = { echo: { ...enc } };
  if ('key_size' in enc) {
    const k = enc.key_size;
    if (k !== null && typeof k !== 'string' && typeof k !== 'number') throw fieldError('key_size', k, typeMsg(k, ['string', 'integer', 'null']));
    if (k !== null && !/^-?\d+$/.test(String(k).trim())) throw badRequest('Invalid input received: key_size must be an integer.');
    const n = k === null ? null : Number(k);
    if (n !== null && n < 0) throw fieldError('key_size', k, `${n} is less than the minimum of 0`);
    out.keySize = n;
    out.echo.key_size = n;
  }
  if ('provider' in enc) {
    if (typeof enc.provider !== 'string') throw fieldError('provider', enc.provider, typeMsg(enc.provider, ['string']));
    if (enc.provider.length > 255) throw fieldError('provider', enc.provider, `${pyRepr(enc.provider)} is too long`);
    out.provider = enc.provider;
  }
  if ('control_location' in enc) {
    const c = enc.control_location;
    if (c !== 'front-end' && c !== 'back-end') throw fieldError('control_location', c, `${pyRepr(c)} is not one of ['front-end', 'back-end']`);
    out.controlLocation = c;
  }
  if ('cipher' in enc) {
    const c = enc.cipher;
    if (c !== null && typeof c !== 'string') throw fieldError('cipher', c, typeMsg(c, ['string', 'null']));
    if (typeof c === 'string' && c.length > 255) throw fieldError('cipher', c, `${pyRepr(c)} is too long`);
    out.cipher = c;
  }
  return out;
}

/** The DB row as the index returns it (soft-delete columns included). */
function row(e: TypeEncryption): Record<string, unknown> {
  return {
    volume_type_id: e.id,
    control_location: e.controlLocation,
    deleted: false,
    created_at: cinderTime(e.createdAt),
    updated_at: cinderTime(e.updatedAt),
    encryption_id: e.encryptionId,
    key_size: e.keySize,
    provider: e.provider,
    deleted_at: null,
    cipher: e.cipher,
  };
}

/** GET /types/{id}/encryption: the spec unwrapped, or {} for an unencrypted type. */
export function showTypeEncryption(ctx: CinderContext, typeId: string): unknown {
  requireAdmin(ctx, 'volume_extension:volume_type_encryption:get');
  typeOf(ctx, typeId);
  const e = encryptionOf(ctx.world.state, typeId);
  return e ? row(e) : {};
}

/** GET /types/{id}/encryption/{key}: `{key: value}` of one field. */
export function showTypeEncryptionKey(ctx: CinderContext, typeId: string, key: string): unknown {
  requireAdmin(ctx, 'volume_extension:volume_type_encryption:get');
  typeOf(ctx, typeId);
  const e = encryptionOf(ctx.world.state, typeId);
  const fields = e ? row(e) : {};
  if (!(key in fields)) throw encryptionMissing(typeId);
  return { [key]: fields[key] };
}

export function createTypeEncryption(ctx: CinderContext, typeId: string, body: BodyResult): unknown {
  const spec = checkSpec(body, true);
  requireAdmin(ctx, 'volume_extension:volume_type_encryption:create');
  // Cinder checks "in use" before it looks the type up.
  refuseInUse(ctx, typeId, 'create');
  typeOf(ctx, typeId);
  const state = ctx.world.state;
  if (encryptionOf(state, typeId)) throw badRequest(`Volume type encryption for type ${typeId} already exists.`);
  const e: TypeEncryption = {
    id: typeId,
    encryptionId: randomUuid(),
    provider: spec.provider!,
    cipher: spec.cipher ?? null,
    keySize: spec.keySize ?? null,
    controlLocation: spec.controlLocation!,
    createdAt: ctx.now,
    updatedAt: null,
  };
  state.typeEncryption.set(typeId, e);
  ctx.world.changed();
  // The DB layer adds the two ids to the very dict the controller echoes.
  return { encryption: { ...spec.echo, volume_type_id: typeId, encryption_id: e.encryptionId } };
}

export function updateTypeEncryption(ctx: CinderContext, typeId: string, body: BodyResult): unknown {
  const spec = checkSpec(body, false);
  requireAdmin(ctx, 'volume_extension:volume_type_encryption:update');
  typeOf(ctx, typeId);
  refuseInUse(ctx, typeId, 'update');
  const e = encryptionOf(ctx.world.state, typeId);
  if (!e) throw encryptionMissing(typeId);
  if (spec.provider !== undefined) e.provider = spec.provider;
  if (spec.cipher !== undefined) e.cipher = spec.cipher;
  if (spec.keySize !== undefined) e.keySize = spec.keySize;
  if (spec.controlLocation !== undefined) e.controlLocation = spec.controlLocation;
  e.updatedAt = ctx.now;
  ctx.world.changed();
  return { encryption: spec.echo };
}

export function deleteTypeEncryption(ctx: CinderContext, typeId: string): void {
  requireAdmin(ctx, 'volume_extension:volume_type_encryption:delete');
  refuseInUse(ctx, typeId, 'delete');
  if (!ctx.world.state.typeEncryption.delete(typeId)) throw encryptionMissing(typeId);
  ctx.world.changed();
}
