/** /volumes/{id}/metadata and /snapshots/{id}/metadata (collection and per-key). */
import { badRequest, CinderFault, notFound } from './faults';
import { getSnapshot, getVolume } from './lookup';
import { atLeast } from './microversion';
import { bodyObject, checkMetadata, checkObject } from './validate';
import type { CinderContext } from './context';
import type { BodyResult } from '../util/http';
import { md5Hex } from '../util/md5';
import { pyJsonDumps } from '../util/pyrepr';

interface Target {
  kind: 'volume' | 'snapshot';
  id: string;
  metadata: Record<string, string>;
  set(md: Record<string, string>): void;
}

function target(ctx: CinderContext, kind: 'volume' | 'snapshot', id: string, writing: boolean): Target {
  if (kind === 'volume') {
    const v = getVolume(ctx, id);
    if (writing && (v.status === 'maintenance' || v.status === 'uploading')) {
      throw badRequest(`Invalid volume: Updating volume metadata is not allowed for volumes in ${v.status} status.`);
    }
    return { kind, id, metadata: v.metadata, set: (md) => ((v.metadata = md), (v.updatedAt = ctx.now)) };
  }
  const s = getSnapshot(ctx, id);
  return { kind, id, metadata: s.metadata, set: (md) => ((s.metadata = md), (s.updatedAt = ctx.now)) };
}

function keyNotFound(t: { kind: string; id: string }, key: string): CinderFault {
  const label = t.kind === 'volume' ? 'Volume' : 'Snapshot';
  return notFound(`${label} ${t.id} has no metadata with key ${key}.`);
}

/** Metadata Etag (3.15): md5 over the JSON body as Python serialises it. */
function etag(metadata: Record<string, string>): string {
  return md5Hex(pyJsonDumps({ metadata }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function checkIfMatch(ctx: CinderContext, t: Target): void {
  if (t.kind !== 'volume' || !atLeast(ctx.version, '3.15')) return;
  const header = ctx.request.headers.get('If-Match');
  if (!header) return;
  const tags = header.split(',').map((x) => x.trim().replace(/^W\//, '').replace(/^"|"$/g, ''));
  if (!tags.includes('*') && !tags.includes(etag(t.metadata))) throw new CinderFault(412, '', {}, true);
}

export type MetadataResult = { status: number; body?: unknown; headers?: Record<string, string> };

export function metadataCollection(ctx: CinderContext, kind: 'volume' | 'snapshot', id: string, body: BodyResult | null): MetadataResult {
  const method = ctx.method;
  if (method === 'GET') {
    const t = target(ctx, kind, id, false);
    const md = { ...t.metadata };
    const headers: Record<string, string> = kind === 'volume' && atLeast(ctx.version, '3.15') ? { Etag: etag(md) } : {};
    return { status: 200, body: { metadata: md }, headers };
  }
  const obj = checkObject(null, bodyObject(body!), { required: ['metadata'], allowed: ['metadata'] });
  const metadata = checkMetadata('metadata', obj.metadata, true) ?? {};
  const t = target(ctx, kind, id, true);
  if (method === 'POST') {
    t.set({ ...t.metadata, ...metadata });
  } else {
    checkIfMatch(ctx, t);
    t.set({ ...metadata });
  }
  ctx.world.changed();
  const after = kind === 'volume' ? getVolume(ctx, id).metadata : getSnapshot(ctx, id).metadata;
  return { status: 200, body: { metadata: { ...after } } };
}

export function metadataItem(ctx: CinderContext, kind: 'volume' | 'snapshot', id: string, key: string, body: BodyResult | null): MetadataResult {
  const method = ctx.method;
  if (method === 'GET') {
    const t = target(ctx, kind, id, false);
    if (!(key in t.metadata)) throw keyNotFound(t, key);
    return { status: 200, body: { meta: { [key]: t.metadata[key] } } };
  }
  if (method === 'PUT') {
    const obj = checkObject(null, bodyObject(body!), { required: ['meta'], allowed: ['meta'] });
    const meta = checkMetadata('meta', obj.meta, false)!;
    if (!(key in meta)) throw badRequest('Request body and URI mismatch');
    if (Object.keys(meta).length > 1) throw badRequest('Request body contains too many items');
    const t = target(ctx, kind, id, true);
    checkIfMatch(ctx, t);
    t.set({ ...t.metadata, ...meta });
    ctx.world.changed();
    return { status: 200, body: { meta } };
  }
  // DELETE. The API looks the key up as written (404 for "TIER" when only "tier" exists), but the database
  // compares keys without regard to case (MySQL's collation), so the delete then takes every key that
  // matches so (real cloud: DELETE …/metadata/owner removed "Owner", "owner" and "OWNER").
  const t = target(ctx, kind, id, false);
  if (!(key in t.metadata)) throw keyNotFound(t, key);
  const matching = Object.keys(t.metadata).filter((candidate) => candidate.toLowerCase() === key.toLowerCase());
  if (kind === 'volume') {
    const v = getVolume(ctx, id);
    if (v.status === 'maintenance' || v.status === 'uploading') {
      throw badRequest(`Invalid volume: Deleting volume metadata is not allowed for volumes in ${v.status} status.`);
    }
  }
  const next = { ...t.metadata };
  for (const candidate of matching) delete next[candidate];
  t.set(next);
  ctx.world.changed();
  return { status: 200 };
}
