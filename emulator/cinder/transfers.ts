/**
 * Volume transfers (`/volume-transfers`, legacy `/os-volume-transfer`): cinder/transfer/api.py and the
 * db layer's transfer_create / transfer_destroy / transfer_accept. The auth key is kept only as
 * hmac-sha1(salt, key), as Cinder stores it; the create answer is the one place it appears.
 */
import { badRequest, CinderFault, fieldError, invalidSnapshot, invalidVolume, notFound } from './faults';
import { getVolume, snapshotsOf } from './lookup';
import { atLeast } from './microversion';
import { collectionLinks, paginate, parseListParams, type Column, type ListParams } from './paging';
import { enforceDeltas, enforceVolumeCreate, perVolumeLimit } from './quotas';
import { bodyObject, checkBoolean, checkObject, typeMsg, UUID_LIKE, type Json } from './validate';
import type { CinderContext } from './context';
import type { Result } from './resource';
import type { VolumeType } from '../state';
import type { BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';
import { pyRepr } from '../util/pyrepr';
import { hmacSha1Hex } from '../util/sha1';
import { cinderTime } from '../util/time';

export interface Transfer {
  id: string;
  volumeId: string;
  name: string | null;
  salt: string;
  cryptHash: string;
  noSnapshots: boolean;
  sourceProjectId: string;
  createdAt: number;
}

declare module '../state' {
  interface Stores {
    transfers: Map<string, Transfer>;
  }
}

/** Links of both collections name the legacy one, as Cinder's view builder does. */
const LINK_COLLECTION = 'os-volume-transfer';

const transferNotFound = (id: string) => notFound(`Transfer ${id} could not be found.`);

/** volume_transfer_salt_length / volume_transfer_key_length defaults: hex from sha224(urandom). */
function randomHex(length: number): string {
  const bytes = new Uint8Array(Math.ceil(length / 2));
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, length);
}

export const cryptHash = (salt: string, authKey: string) => hmacSha1Hex(salt, authKey);

function links(ctx: CinderContext, id: string) {
  return [
    { rel: 'self', href: `${ctx.base}/${LINK_COLLECTION}/${id}` },
    { rel: 'bookmark', href: `${ctx.bookmarkBase}/${LINK_COLLECTION}/${id}` },
  ];
}

function summaryView(ctx: CinderContext, t: Transfer) {
  return { id: t.id, volume_id: t.volumeId, name: t.name, links: links(ctx, t.id) };
}

function detailView(ctx: CinderContext, t: Transfer): Json {
  const body: Json = { id: t.id, created_at: cinderTime(t.createdAt), name: t.name, volume_id: t.volumeId, links: links(ctx, t.id) };
  if (atLeast(ctx.version, '3.55')) body.no_snapshots = t.noSnapshots;
  // Pending transfers only (an accepted one is soft-deleted): no destination yet.
  if (atLeast(ctx.version, '3.57')) Object.assign(body, { destination_project_id: null, source_project_id: t.sourceProjectId, accepted: false });
  return body;
}

/** db transfer_get: a member sees the transfers of volumes of the project; accept looks elevated. */
function findTransfer(ctx: CinderContext, id: string, elevated = false): Transfer {
  const t = ctx.world.state.transfers.get(id);
  if (!t) throw transferNotFound(id);
  const volume = ctx.world.state.volumes.get(t.volumeId);
  if (!elevated && !ctx.isAdmin && volume?.projectId !== ctx.projectId) throw transferNotFound(id);
  return t;
}

const COLUMNS: Column<Transfer> = {
  id: (t) => t.id,
  created_at: (t) => t.createdAt,
  name: (t) => t.name,
  display_name: (t) => t.name,
  volume_id: (t) => t.volumeId,
  source_project_id: (t) => t.sourceProjectId,
};

export function listTransfers(ctx: CinderContext, detail: boolean): unknown {
  const state = ctx.world.state;
  const query = ctx.url.searchParams;
  const allTenants = ['1', 't', 'true', 'on', 'y', 'yes'].includes((query.get('all_tenants') ?? '').toLowerCase());
  let list = [...state.transfers.values()];
  if (!(ctx.isAdmin && allTenants)) list = list.filter((t) => state.volumes.get(t.volumeId)?.projectId === ctx.projectId);
  // Below 3.59 Cinder orders by created_at, id ascending and pages only with common.limited.
  const params: ListParams = atLeast(ctx.version, '3.59')
    ? parseListParams(query)
    : { ...parseListParams(query), marker: null, sortKeys: ['created_at', 'id'], sortDirs: ['asc', 'asc'] };
  for (const [key, value] of params.filters) {
    if (key === 'all_tenants') continue;
    const column = COLUMNS[key === 'name' ? 'display_name' : key];
    list = column ? list.filter((t) => String(column(t)) === value) : [];
  }
  const page = paginate(list, params, COLUMNS, transferNotFound);
  const body: Json = { transfers: page.map((t) => (detail ? detailView(ctx, t) : summaryView(ctx, t))) };
  const next = collectionLinks(ctx, page, LINK_COLLECTION);
  if (next.length) body.transfers_links = next;
  return body;
}

export function showTransfer(ctx: CinderContext, id: string): unknown {
  return { transfer: detailView(ctx, findTransfer(ctx, id)) };
}

function checkCreateBody(ctx: CinderContext, body: BodyResult): { volumeId: string; name: string | null; noSnapshots: boolean } {
  const allowed = atLeast(ctx.version, '3.55') ? ['volume_id', 'name', 'no_snapshots'] : ['volume_id', 'name'];
  const top = checkObject(null, bodyObject(body), { required: ['transfer'], allowed: ['transfer'] });
  const args = checkObject('transfer', top.transfer, { required: ['volume_id'], allowed });
  const volumeId = args.volume_id;
  if (typeof volumeId !== 'string') throw fieldError('volume_id', volumeId, typeMsg(volumeId, ['string']));
  if (!UUID_LIKE.test(volumeId)) throw fieldError('volume_id', volumeId, `${pyRepr(volumeId)} is not a 'uuid'`);
  const name = args.name;
  if (name !== undefined && name !== null && typeof name !== 'string') throw fieldError('name', name, typeMsg(name, ['string', 'null']));
  const noSnapshots = args.no_snapshots === undefined ? false : checkBoolean('no_snapshots', args.no_snapshots);
  return { volumeId, name: typeof name === 'string' ? name.trim() : null, noSnapshots };
}

export function createTransfer(ctx: CinderContext, body: BodyResult): Result {
  const { volumeId, name, noSnapshots } = checkCreateBody(ctx, body);
  const volume = getVolume(ctx, volumeId);
  if (volume.status !== 'available') throw invalidVolume('status must be available');
  if (!noSnapshots) {
    const busy = snapshotsOf(ctx, volume.id).find((s) => s.status !== 'available');
    if (busy) throw invalidSnapshot(`snapshot: ${busy.id} status must be available`);
  }
  const salt = randomHex(8);
  const authKey = randomHex(16);
  const transfer: Transfer = {
    id: randomUuid(),
    volumeId: volume.id,
    name,
    salt,
    cryptHash: cryptHash(salt, authKey),
    noSnapshots,
    sourceProjectId: volume.projectId,
    createdAt: ctx.now,
  };
  ctx.world.state.transfers.set(transfer.id, transfer);
  volume.status = 'awaiting-transfer';
  volume.updatedAt = ctx.now;
  ctx.world.changed();
  return { status: 202, body: { transfer: { ...detailView(ctx, transfer), auth_key: authKey } } };
}

/** Cancel: the transfer goes, the volume is offered no more (awaiting-transfer → available). */
export function deleteTransfer(ctx: CinderContext, id: string): Result {
  const transfer = findTransfer(ctx, id);
  const volume = ctx.world.state.volumes.get(transfer.volumeId);
  if (volume?.status === 'awaiting-transfer') {
    volume.status = 'available';
    volume.updatedAt = ctx.now;
  }
  ctx.world.state.transfers.delete(transfer.id);
  ctx.world.changed();
  return { status: 202 };
}

export function acceptTransfer(ctx: CinderContext, id: string, body: BodyResult): Result {
  const top = checkObject(null, bodyObject(body), { required: ['accept'], allowed: ['accept'] });
  const args = checkObject('accept', top.accept, { required: ['auth_key'], allowed: ['auth_key'] });
  const key = args.auth_key;
  if (typeof key !== 'string' && !(typeof key === 'number' && Number.isInteger(key))) throw fieldError('auth_key', key, typeMsg(key, ['string', 'integer']));
  const state = ctx.world.state;
  const transfer = findTransfer(ctx, id, true);
  if (cryptHash(transfer.salt, String(key)) !== transfer.cryptHash) {
    throw badRequest(`Invalid auth key: Attempt to transfer ${transfer.id} with invalid auth key.`);
  }
  const volume = state.volumes.get(transfer.volumeId);
  if (!volume) throw transferNotFound(id);
  const type = state.volumeTypes[volume.volumeTypeId];
  const snapshots = transfer.noSnapshots ? [] : snapshotsOf({ ...ctx, isAdmin: true }, volume.id);
  acceptQuotas(ctx, volume.size, type, snapshots.length);
  if (volume.status !== 'awaiting-transfer') {
    throw invalidVolume(`Transfer ${transfer.id}: Volume id ${volume.id} in unexpected state ${volume.status}, expected awaiting-transfer`);
  }
  // The donor's usage drops with the move: the emulator derives usage from ownership.
  volume.status = 'available';
  volume.projectId = ctx.projectId;
  volume.userId = ctx.userId;
  volume.updatedAt = ctx.now;
  for (const snapshot of snapshots) {
    snapshot.projectId = ctx.projectId;
    snapshot.userId = ctx.userId;
  }
  state.transfers.delete(transfer.id);
  ctx.world.changed();
  // The accept answer is the summary view: id, volume_id, name, links.
  return { status: 202, body: { transfer: summaryView(ctx, transfer) } };
}

/**
 * The recipient's quota: per-volume limit, then volumes + gigabytes, then the moving snapshots (their
 * gigabytes count, no_snapshot_gb_quota is off by default). The controller turns
 * VolumeSizeExceedsAvailableQuota into a bare 413 (its text without the class name).
 */
function acceptQuotas(ctx: CinderContext, size: number, type: VolumeType | undefined, snapshotCount: number): void {
  const state = ctx.world.state;
  try {
    perVolumeLimit(state, ctx.projectId, size);
    enforceVolumeCreate(state, ctx.projectId, type, size);
    if (snapshotCount) {
      const gb = snapshotCount * size;
      const deltas: Record<string, number> = { snapshots: snapshotCount, gigabytes: size + gb };
      if (type) Object.assign(deltas, { [`snapshots_${type.name}`]: snapshotCount, [`gigabytes_${type.name}`]: size + gb });
      enforceDeltas(state, ctx.projectId, deltas, 'snapshots', gb);
    }
  } catch (error) {
    const prefix = 'VolumeSizeExceedsAvailableQuota: ';
    if (error instanceof CinderFault && error.message.startsWith(prefix)) throw new CinderFault(413, error.message.slice(prefix.length), error.headers);
    throw error;
  }
}
