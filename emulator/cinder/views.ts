/** Volume and snapshot bodies as Cinder's view builders (plus API extensions) render them. */
import { FIXED_KEY_ID } from './encryption';
import { atLeast } from './microversion';
import type { CinderContext } from './context';
import type { Snapshot, Volume } from '../state';
import { cinderTime } from '../util/time';

export function links(ctx: CinderContext, collection: string, id: string) {
  return [
    { rel: 'self', href: `${ctx.base}/${collection}/${id}` },
    { rel: 'bookmark', href: `${ctx.bookmarkBase}/${collection}/${id}` },
  ];
}

/** Internal statuses Cinder shows renamed. */
const STATUS_MAP: Record<string, string> = { managing: 'creating', error_managing: 'error', error_managing_deleting: 'deleting' };

/** Every record view goes through here, so a test can tell that a list renders its page, not the whole table. */
function rendered(ctx: CinderContext): void {
  ctx.world.counters.recordsRendered++;
}

export function volumeSummary(ctx: CinderContext, v: Volume) {
  rendered(ctx);
  return { id: v.id, name: v.name, links: links(ctx, 'volumes', v.id) };
}

/** `extensions`: the API extensions' attributes (tenant, host, migration) appear on show/detail only, not on create/update responses (real Cinder 21.3). */
export function volumeDetail(ctx: CinderContext, v: Volume, extensions = true): Record<string, unknown> {
  rendered(ctx);
  const state = ctx.world.state;
  const type = state.volumeTypes[v.volumeTypeId];
  const mv = ctx.version;
  const metadata = { ...v.metadata };
  // Admin metadata "readonly" is shown to everyone inside metadata. "attached_mode" only came with the legacy
  // os-attach flow; attachments made through Nova's attachment API leave it unset (real Cinder 21.3 + Nova).
  if (v.readonly || v.readonlySet) metadata.readonly = v.readonly ? 'True' : 'False';
  const body: Record<string, unknown> = {
    id: v.id,
    status: STATUS_MAP[v.status] ?? v.status,
    size: v.size,
    availability_zone: v.availabilityZone,
    created_at: cinderTime(v.createdAt),
    updated_at: cinderTime(v.updatedAt),
    name: v.name,
    description: v.description,
    volume_type: type ? type.name : v.volumeTypeId,
    snapshot_id: v.snapshotId,
    source_volid: v.sourceVolid,
    metadata,
    links: links(ctx, 'volumes', v.id),
    user_id: v.userId,
    bootable: String(v.bootable),
    encrypted: Boolean(v.encryptionKeyId),
    replication_status: v.replicationStatus,
    consistencygroup_id: null,
    multiattach: v.multiattach,
    // views/volumes.py _get_attachments: only attachments whose attach_status is "attached".
    attachments: v.attachStatus === 'attached'
      ? v.attachments.filter((a) => !a.state).map((a) => ({
          id: v.id,
          attachment_id: a.id,
          volume_id: v.id,
          server_id: a.serverId,
          host_name: ctx.isAdmin ? a.hostName : null,
          device: a.device,
          attached_at: cinderTime(a.attachedAt),
        }))
      : [],
  };
  if (ctx.isAdmin) body.migration_status = v.migrationStatus;
  if (atLeast(mv, '3.13')) body.group_id = null;
  if (ctx.isAdmin && atLeast(mv, '3.21')) body.provider_id = null;
  if (atLeast(mv, '3.48')) {
    body.shared_targets = true;
    body.service_uuid = v.host ? serviceUuid(v.host) : null;
  }
  if (ctx.isAdmin && atLeast(mv, '3.61')) body.cluster_name = null;
  if (atLeast(mv, '3.63')) body.volume_type_id = v.volumeTypeId;
  // The fixed key's id is never shown (cinder/api/v3/views/volumes.py).
  if (atLeast(mv, '3.64') && v.encryptionKeyId && v.encryptionKeyId !== FIXED_KEY_ID) body.encryption_key_id = v.encryptionKeyId;
  if (atLeast(mv, '3.65')) body.consumes_quota = true;
  // API extensions (always loaded): tenant attribute for readers, host / migration for admins.
  if (extensions) body['os-vol-tenant-attr:tenant_id'] = v.projectId;
  if (extensions && ctx.isAdmin) {
    body['os-vol-host-attr:host'] = v.host;
    body['os-vol-mig-status-attr:migstat'] = v.migrationStatus;
    body['os-vol-mig-status-attr:name_id'] = v.nameId;
  }
  if (v.imageMetadata) body.volume_image_metadata = { ...v.imageMetadata };
  return body;
}

/** service_uuid is per cinder-volume service; stable per backend here. */
function serviceUuid(host: string): string {
  const backend = host.split('#')[0] ?? host;
  return backend === 'cinder@lvm-ssd' ? '5b0b2c37-6f8c-4b0e-9d3c-2f6b8b1d7a44' : '3f1d6a2e-8c4b-4e7a-9b5d-1c2e3f4a5b6c';
}

/** Progress of a snapshot being created, from the clock (monotone 0% → 99%, 100% once available). */
export function snapshotProgress(s: Snapshot, now: number): string {
  if (s.status !== 'creating' || s.progressFrom === null || s.progressTo === null) return s.progress;
  const span = s.progressTo - s.progressFrom;
  if (span <= 0) return '0%';
  const pct = Math.floor(((now - s.progressFrom) / span) * 100);
  return `${Math.max(0, Math.min(99, pct))}%`;
}

/** `summary`: GET /snapshots (not detail) lacks the microversioned fields too (real Cinder 21.3). */
export function snapshotView(ctx: CinderContext, s: Snapshot, extended: boolean, summary = false): Record<string, unknown> {
  rendered(ctx);
  const mv = ctx.version;
  const body: Record<string, unknown> = {
    id: s.id,
    created_at: cinderTime(s.createdAt),
    updated_at: cinderTime(s.updatedAt),
    name: s.name,
    description: s.description,
    volume_id: s.volumeId,
    status: s.status,
    size: s.size,
    metadata: { ...s.metadata },
  };
  if (!summary && atLeast(mv, '3.14')) body.group_snapshot_id = null;
  if (!summary && atLeast(mv, '3.41')) body.user_id = s.userId;
  if (!summary && atLeast(mv, '3.65')) body.consumes_quota = true;
  if (extended) {
    body['os-extended-snapshot-attributes:progress'] = snapshotProgress(s, ctx.now);
    body['os-extended-snapshot-attributes:project_id'] = s.projectId;
  }
  return body;
}
