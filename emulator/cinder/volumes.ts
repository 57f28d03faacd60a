/** /volumes: list, detail, show, create, update, delete, summary. */
import { backendOfHost, schedule as pickBackend } from './backends';
import { newVolumeKeyId } from './encryption';
import { badRequest, fieldError, forbiddenPolicy, invalidInput, invalidSnapshot, invalidVolume, notFound, volumeNotFound } from './faults';
import { buildPredicate, generalFiltering, RESOURCE_FILTERS, takeAllTenants, takeWithCount } from './filters';
import { getSnapshot, getType, getVolume, snapshotsOf } from './lookup';
import { atLeast } from './microversion';
import { collectionLinks, paginate, parseListParams, type Column } from './paging';
import { leaveOnBackend, unmanagedVolumeName } from './manage';
import { enforceVolumeCreate } from './quotas';
import { backupSource, checkBackupSource, restoreIntoNewVolume } from './backup-flows';
import { bodyObject, checkMetadata, checkObject, checkOptionalString, checkOptionalUuid, checkSize, queryBool, typeMsg } from './validate';
import { volumeDetail, volumeSummary } from './views';
import type { CinderContext } from './context';
import { ACTION, cancelTransitions, DETAIL, schedule, takeFailure } from '../flows';
import { imageMetadataFor } from '../seed';
import type { Image, Snapshot, Volume, VolumeType } from '../state';
import { isObject, type BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';

/** Columns of the volumes table usable for sort and (admin) filters. */
export const VOLUME_COLUMNS: Column<Volume> = {
  id: (v) => v.id,
  created_at: (v) => v.createdAt,
  updated_at: (v) => v.updatedAt,
  display_name: (v) => v.name,
  display_description: (v) => v.description,
  status: (v) => v.status,
  previous_status: (v) => v.previousStatus,
  size: (v) => v.size,
  availability_zone: (v) => v.availabilityZone,
  project_id: (v) => v.projectId,
  user_id: (v) => v.userId,
  host: (v) => v.host,
  volume_type_id: (v) => v.volumeTypeId,
  snapshot_id: (v) => v.snapshotId,
  source_volid: (v) => v.sourceVolid,
  bootable: (v) => v.bootable,
  multiattach: (v) => v.multiattach,
  migration_status: (v) => v.migrationStatus,
  attach_status: (v) => v.attachStatus,
  replication_status: (v) => v.replicationStatus,
  consistencygroup_id: () => null,
  group_id: () => null,
  use_quota: () => true,
  encryption_key_id: () => null,
  provider_id: () => null,
  cluster_name: () => null,
  service_uuid: () => null,
  shared_targets: () => true,
  deleted: () => false,
};

const AVAILABLE_MIGRATION_STATUS = [null, 'deleting', 'error', 'success'];
const DELETE_STATUSES = ['available', 'error', 'error_restoring', 'error_extending', 'error_managing'];

function isMigrationTarget(v: Volume): boolean {
  return typeof v.migrationStatus === 'string' && v.migrationStatus.startsWith('target:');
}

/** Everything the caller may list, before filters: own project, or all with all_tenants (admins). */
function visibleVolumes(ctx: CinderContext, allTenants: boolean): Volume[] {
  const all = [...ctx.world.state.volumes.values()];
  const scoped = allTenants ? all : all.filter((v) => v.projectId === ctx.projectId);
  return ctx.isAdmin ? scoped : scoped.filter((v) => !isMigrationTarget(v));
}

export function listVolumes(ctx: CinderContext, detail: boolean): unknown {
  const params = parseListParams(ctx.url.searchParams);
  const filters = params.filters;
  const withCount = takeWithCount(ctx, filters);
  generalFiltering(ctx, filters, 'volume', RESOURCE_FILTERS.volume!, [
    ['3.4', 'glance_metadata'],
    ['3.10', 'group_id'],
    ['3.60', 'created_at'],
    ['3.60', 'updated_at'],
    ['3.65', 'use_quota'],
  ]);
  if (params.sortKeys.includes('name')) params.sortKeys[params.sortKeys.indexOf('name')] = 'display_name';
  if (filters.has('name')) {
    filters.set('display_name', filters.get('name')!);
    filters.delete('name');
  }
  const allTenants = takeAllTenants(ctx, filters);
  const base = visibleVolumes(ctx, allTenants);
  const predicate = buildPredicate(filters, VOLUME_COLUMNS, {
    metadata: (v) => v.metadata,
    booleans: ['bootable', 'multiattach', 'use_quota', 'shared_targets', 'deleted'],
    strictBooleans: atLeast(ctx.version, '3.2'),
    host: (v) => v.host,
  });
  const matching = predicate ? base.filter(predicate) : [];
  const state = ctx.world.state;
  const page = paginate(matching, params, VOLUME_COLUMNS, volumeNotFound, (id) => {
    const v = state.volumes.get(id);
    return v && (ctx.isAdmin || v.projectId === ctx.projectId) ? v : undefined;
  });
  const body: Record<string, unknown> = {
    volumes: page.map((v) => (detail ? volumeDetail(ctx, v) : volumeSummary(ctx, v))),
  };
  const linksOut = collectionLinks(ctx, page, detail ? 'volumes/detail' : 'volumes', withCount ? matching.length : undefined);
  if (linksOut.length) body.volumes_links = linksOut;
  if (withCount) body.count = matching.length;
  return body;
}

export function showVolume(ctx: CinderContext, id: string): unknown {
  return { volume: volumeDetail(ctx, getVolume(ctx, id)) };
}

export function volumeSummaryTotals(ctx: CinderContext): unknown {
  const allTenants = ctx.isAdmin && queryBool(ctx.url.searchParams.get('all_tenants')) === true;
  const vols = visibleVolumes(ctx, allTenants);
  const out: Record<string, unknown> = { total_count: vols.length, total_size: vols.reduce((s, v) => s + v.size, 0) };
  if (atLeast(ctx.version, '3.36')) {
    const md: Record<string, string[]> = {};
    for (const v of vols) {
      for (const [k, val] of Object.entries(v.metadata)) {
        const list = (md[k] ??= []);
        if (!list.includes(val)) list.push(val);
      }
    }
    out.metadata = md;
  }
  return { 'volume-summary': out };
}

// ---------------------------------------------------------------- create

const CREATE_KEYS_BASE = [
  'name', 'description', 'display_name', 'display_description', 'volume_type', 'metadata', 'snapshot_id', 'source_volid',
  'consistencygroup_id', 'size', 'availability_zone', 'multiattach', 'image_id', 'imageRef',
];

interface ImageSource {
  image: Image;
  /** Nova VM-snapshot image treated as an ordinary (empty) image: the download fails. */
  emptyNovaImage: boolean;
}

function visibleImage(ctx: CinderContext, id: string): Image | undefined {
  return ctx.world.state.images.find((i) => i.id === id && (i.visibility === 'public' || i.visibility === 'community' || i.owner === ctx.projectId || ctx.isAdmin));
}

/** Nova's block_device_mapping entry Cinder looks for: source snapshot, boot index 0. */
function novaBootSnapshotId(image: Image): string | null {
  const raw = image.properties.block_device_mapping;
  if (!raw) return null;
  try {
    const bdms = JSON.parse(raw) as unknown;
    if (!Array.isArray(bdms)) return null;
    const boot = bdms.find((b) => isObject(b) && b.source_type === 'snapshot' && b.boot_index === 0) as Record<string, unknown> | undefined;
    return boot && typeof boot.snapshot_id === 'string' ? boot.snapshot_id : null;
  } catch {
    return null;
  }
}

/** Cinder's _retype_is_possible, reduced to what matters here: the backend must not change. */
function sameBackend(a: VolumeType | undefined, b: VolumeType | undefined): boolean {
  const x = a?.extraSpecs.volume_backend_name;
  const y = b?.extraSpecs.volume_backend_name;
  return !x || !y ? x === y || (!x && !y) : x === y;
}

export function createVolume(ctx: CinderContext, body: BodyResult): { status: number; body: unknown } {
  const state = ctx.world.state;
  const mv = ctx.version;
  const top = checkObject(null, bodyObject(body), { required: ['volume'], allowed: ['volume', 'OS-SCH-HNT:scheduler_hints'] });
  const hints = top['OS-SCH-HNT:scheduler_hints'];
  if (hints !== undefined && hints !== null && !isObject(hints)) throw fieldError('OS-SCH-HNT:scheduler_hints', hints, typeMsg(hints, ['object', 'null']));
  const allowed = [...CREATE_KEYS_BASE];
  if (atLeast(mv, '3.13')) allowed.push('group_id');
  if (atLeast(mv, '3.47')) allowed.push('backup_id');
  const vol = checkObject('volume', top.volume, atLeast(mv, '3.53') ? { allowed } : {});

  const name = checkOptionalString('name', vol.name ?? vol.display_name, 255);
  const description = checkOptionalString('description', vol.description ?? vol.display_description, 255);
  if (vol.volume_type !== undefined && vol.volume_type !== null && typeof vol.volume_type !== 'string') {
    throw fieldError('volume_type', vol.volume_type, typeMsg(vol.volume_type, ['string', 'null']));
  }
  const metadata = vol.metadata === undefined ? null : checkMetadata('metadata', vol.metadata, true);
  const snapshotId = checkOptionalUuid('snapshot_id', vol.snapshot_id);
  const sourceVolid = checkOptionalUuid('source_volid', vol.source_volid);
  const rawSize = checkSize('size', vol.size, true);
  const az = vol.availability_zone;
  if (az !== undefined && az !== null && typeof az !== 'string') throw fieldError('availability_zone', az, typeMsg(az, ['string', 'null']));
  const imageRef = vol.imageRef ?? vol.image_id;
  if (imageRef !== undefined && imageRef !== null && typeof imageRef !== 'string') throw fieldError('imageRef', imageRef, typeMsg(imageRef, ['string', 'null']));

  let type: VolumeType | undefined = typeof vol.volume_type === 'string' && vol.volume_type ? getType(ctx, vol.volume_type) : undefined;
  let snapshot: Snapshot | undefined = snapshotId ? getSnapshot(ctx, snapshotId) : undefined;
  const source: Volume | undefined = sourceVolid ? getVolume(ctx, sourceVolid) : undefined;
  const groupId = vol.consistencygroup_id ?? vol.group_id;
  if (typeof groupId === 'string' && groupId) throw notFound(`Group ${groupId} could not be found.`);

  let imageSource: ImageSource | undefined;
  if (typeof imageRef === 'string' && imageRef) {
    const image = visibleImage(ctx, imageRef);
    if (!image) throw badRequest('Invalid image identifier or unable to access requested image.');
    const bootSnapshot = novaBootSnapshotId(image);
    let novaSnapshot: Snapshot | undefined;
    if (bootSnapshot) {
      // Cinder looks the snapshot up before checking the microversion.
      novaSnapshot = state.snapshots.get(bootSnapshot);
      if (!novaSnapshot || (!ctx.isAdmin && novaSnapshot.projectId !== ctx.projectId)) {
        throw notFound(`Nova specific image is found, but boot volume snapshot id:${bootSnapshot} not found.`);
      }
    }
    if (novaSnapshot && atLeast(mv, '3.46')) snapshot = novaSnapshot;
    else imageSource = { image, emptyNovaImage: Boolean(bootSnapshot) };
  }
  const backup = atLeast(mv, '3.47') ? backupSource(ctx, vol.backup_id) : undefined;

  let size = rawSize;
  if (size === null && snapshot) size = snapshot.size;
  else if (size === null && source) size = source.size;
  else if (size === null && backup) size = backup.size;

  const multiattachParam = vol.multiattach;
  if (multiattachParam === true || (typeof multiattachParam === 'string' && ['1', 't', 'true', 'on', 'y', 'yes'].includes(multiattachParam.toLowerCase()))) {
    throw badRequest(
      'multiattach parameter has been removed. The default behavior is to use multiattach enabled volume types. Contact your administrator to create a multiattach enabled volume type and use it to create multiattach volumes.',
    );
  }

  // volume.api.API.create
  if (source && type && type.id !== source.volumeTypeId && !sameBackend(state.volumeTypes[source.volumeTypeId], type)) {
    throw invalidInput(`Invalid volume_type provided: ${type.id} (requested type is not compatible; either match source volume, or omit type argument).`);
  }
  if (snapshot && type && type.id !== snapshot.volumeTypeId && !sameBackend(state.volumeTypes[snapshot.volumeTypeId], type)) {
    throw invalidInput(`Invalid volume_type provided: ${type.id} (requested type is not compatible; recommend omitting the type argument).`);
  }
  // Create flow: ExtractVolumeRequestTask
  const exclusive = [snapshot && 'snapshot', imageSource && 'imageRef', source && 'source volume', backup && 'backup'].filter(Boolean);
  if (exclusive.length > 1) throw invalidInput('May specify only one of backup, imageRef, snapshot, source volume');
  if (snapshot && snapshot.status !== 'available') throw invalidSnapshot("Originating snapshot status must be one of 'available' values");
  if (source && !['available', 'in-use'].includes(source.status)) throw invalidVolume("Originating source volume status must be one of 'available, in-use' values");
  if (backup && size !== null) checkBackupSource(backup, size);
  if (size === null || size <= 0) throw invalidInput(`Volume size '${size === null ? 'None' : size}' must be an integer and greater than 0`);
  if (source && size < source.size) {
    throw invalidInput(`Volume size '${size}'GB cannot be smaller than original volume size  ${source.size}GB. They must be >= original volume size.`);
  }
  if (snapshot && size < snapshot.size) {
    throw invalidInput(`Volume size '${size}'GB cannot be smaller than the snapshot size ${snapshot.size}GB. They must be >= original snapshot size.`);
  }
  if (imageSource) checkImageFits(imageSource.image, size);
  if (!type) {
    if (source) type = state.volumeTypes[source.volumeTypeId];
    else if (snapshot) type = state.volumeTypes[snapshot.volumeTypeId];
    type ??= state.volumeTypes[state.defaultVolumeTypeId];
  }
  let zone: string = typeof az === 'string' && az ? az : '';
  if (!zone) zone = (snapshot ? state.volumes.get(snapshot.volumeId)?.availabilityZone : source?.availabilityZone) ?? 'nova';
  if (zone !== 'nova') throw badRequest(`Availability zone '${zone}' is invalid.`);

  // QuotaReserveTask
  enforceVolumeCreate(state, ctx.projectId, type, size);

  // EntryCreateTask
  const parentVolume = snapshot ? state.volumes.get(snapshot.volumeId) : source;
  const now = ctx.now;
  const volume: Volume = {
    id: randomUuid(),
    projectId: ctx.projectId,
    userId: ctx.userId,
    name: name ?? null,
    description: description ?? null,
    status: 'creating',
    previousStatus: null,
    size,
    availabilityZone: zone,
    createdAt: now,
    updatedAt: null,
    volumeTypeId: type!.id,
    snapshotId: snapshot?.id ?? null,
    sourceVolid: source?.id ?? null,
    metadata: metadata ?? {},
    bootable: Boolean(parentVolume?.bootable),
    multiattach: type?.extraSpecs.multiattach === '<is> True',
    readonly: false,
    attachStatus: 'detached',
    attachments: [],
    host: null,
    migrationStatus: null,
    nameId: null,
    imageMetadata: null,
    replicationStatus: 'disabled',
    reservedGb: 0,
    stuck: false,
    encryptionKeyId: newVolumeKeyId(state, type),
  };
  state.volumes.set(volume.id, volume);
  ctx.world.changed();
  const response = { status: 202, body: { volume: volumeDetail(ctx, volume, false) } };
  if (backup) restoreIntoNewVolume(ctx, backup, volume);
  else scheduleCreate(ctx, volume, type, imageSource, parentVolume);
  return response;
}

function checkImageFits(image: Image, size: number): void {
  if (image.status !== 'active') throw invalidInput(`Image ${image.id} is not active.`);
  const GB = 1024 ** 3;
  const imageGb = Math.ceil((image.size ?? 0) / GB);
  if (imageGb > size) throw invalidInput(`Size of specified image ${imageGb}GB is larger than volume size ${size}GB.`);
  if (size < image.minDisk) throw invalidInput(`Volume size ${size}GB cannot be smaller than the image minDisk size ${image.minDisk}GB.`);
  if (image.virtualSize) {
    const virtualGb = Math.ceil(image.virtualSize / GB);
    if (virtualGb > size) {
      throw badRequest(`Image ${image.id} is unacceptable: Image virtual size is ${virtualGb}GB and doesn't fit in a volume of size ${size}GB.`);
    }
  }
}

function scheduleCreate(ctx: CinderContext, volume: Volume, type: VolumeType | undefined, imageSource: ImageSource | undefined, parent: Volume | undefined): void {
  const world = ctx.world;
  const state = world.state;
  const delays = world.delays;
  const t1 = ctx.now + delays.create;
  // From a snapshot or a clone the volume lands on the source's backend; otherwise the scheduler picks.
  const backend = parent?.host ? backendOfHost(state, parent.host) ?? null : pickBackend(state, type, volume.size, volume, ctx.now);
  const failed = takeFailure(world, 'create');
  if (failed || !backend) {
    schedule(world, t1, {
      store: 'volumes',
      id: volume.id,
      patch: { status: 'error' },
      message: {
        projectId: volume.projectId,
        resourceType: 'VOLUME',
        resourceUuid: volume.id,
        action: ACTION.SCHEDULE_ALLOCATE_VOLUME,
        detail: DETAIL.NO_BACKEND_AVAILABLE,
        requestId: ctx.requestId,
      },
    });
    return;
  }
  const host = parent?.host ?? backend.host;
  if (imageSource) {
    schedule(world, t1, { store: 'volumes', id: volume.id, patch: { status: 'downloading', host } });
    const t2 = t1 + delays.download;
    if (imageSource.emptyNovaImage) {
      // A 0-byte Nova image used below 3.46 fails qemu-img's format check; Cinder leaves no user message.
      schedule(world, t2, { store: 'volumes', id: volume.id, patch: { status: 'error' } });
    } else {
      schedule(world, t2, { store: 'volumes', id: volume.id, patch: { status: 'available', bootable: true, imageMetadata: imageMetadataFor(imageSource.image) } });
    }
    return;
  }
  const patch: Partial<Volume> = { status: 'available', host };
  if (parent?.imageMetadata) patch.imageMetadata = { ...parent.imageMetadata };
  schedule(world, t1, { store: 'volumes', id: volume.id, patch });
}

// ---------------------------------------------------------------- update

export function updateVolume(ctx: CinderContext, id: string, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['volume'], allowed: ['volume'] });
  const allowed = ['name', 'description', 'display_name', 'display_description', 'metadata'];
  const vol = checkObject('volume', top.volume, { allowed });
  if (atLeast(ctx.version, '3.53') && !Object.keys(vol).length) {
    throw fieldError('volume', vol, '{} is not valid under any of the given schemas');
  }
  const name = checkOptionalString('name', vol.name ?? vol.display_name, 255);
  const description = checkOptionalString('description', vol.description ?? vol.display_description, 255);
  const metadata = vol.metadata === undefined ? undefined : checkMetadata('metadata', vol.metadata, false);
  const volume = getVolume(ctx, id);
  if (volume.status === 'maintenance') throw invalidVolume('The volume cannot be updated during maintenance.');
  if (name !== undefined) volume.name = name;
  if (description !== undefined) volume.description = description;
  if (metadata) volume.metadata = { ...metadata };
  volume.updatedAt = ctx.now;
  ctx.world.changed();
  return { volume: volumeDetail(ctx, volume, false) };
}

// ---------------------------------------------------------------- delete

function boolParam(ctx: CinderContext, key: string): boolean {
  const raw = ctx.url.searchParams.get(key);
  if (raw === null) return false;
  const v = queryBool(raw);
  if (v === null) throw badRequest(`Value '${raw}' for '${key}' is not a boolean.`);
  return v;
}

export function deleteVolumeRequest(ctx: CinderContext, id: string): void {
  const cascade = boolParam(ctx, 'cascade');
  const force = atLeast(ctx.version, '3.23') ? boolParam(ctx, 'force') : false;
  const volume = getVolume(ctx, id);
  if (force && !ctx.isAdmin) throw forbiddenPolicy('volume:force_delete');
  deleteVolume(ctx, volume, { cascade, force });
}

/** volume.api.API.delete: conditional update to "deleting", then the backend removes it. */
export function deleteVolume(ctx: CinderContext, volume: Volume, opts: { cascade: boolean; force: boolean; unmanage?: boolean }): void {
  const snaps = snapshotsOf(ctx, volume.id);
  let ok = volume.attachStatus !== 'attached' && AVAILABLE_MIGRATION_STATUS.includes(volume.migrationStatus);
  if (!opts.force && !DELETE_STATUSES.includes(volume.status)) ok = false;
  if (opts.cascade) {
    if (!opts.force && snaps.some((s) => !['available', 'error', 'deleting'].includes(s.status))) ok = false;
    if (!opts.force && !ctx.isAdmin && snaps.some((s) => s.projectId !== ctx.projectId)) ok = false;
  } else if (snaps.length) ok = false;
  if (!ok) {
    const status = opts.force ? '' : `status must be ${DELETE_STATUSES.join(' or ')} and`;
    throw invalidVolume(
      `Volume ${status} must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.`,
    );
  }
  const world = ctx.world;
  cancelTransitions(world, 'volumes', volume.id);
  volume.previousStatus = volume.status;
  volume.status = volume.status === 'error_managing' ? 'error_managing_deleting' : opts.unmanage ? 'unmanaging' : 'deleting';
  volume.updatedAt = ctx.now;
  const due = ctx.now + world.delays.delete;
  if (opts.unmanage) {
    // The driver forgets the volume; its data stays on the backend (manageable again once it is gone).
    leaveOnBackend(ctx, volume.host, unmanagedVolumeName(volume), 'volume', volume.size, due);
    schedule(world, due, { store: 'volumes', id: volume.id, remove: true });
    world.changed();
    return;
  }
  if (opts.cascade) {
    for (const s of snaps) {
      cancelTransitions(world, 'snapshots', s.id);
      s.status = 'deleting';
      s.updatedAt = ctx.now;
      schedule(world, due, { store: 'snapshots', id: s.id, remove: true });
    }
  }
  if (takeFailure(world, 'delete', volume.id)) schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: 'error_deleting' } });
  else schedule(world, due, { store: 'volumes', id: volume.id, remove: true });
  world.changed();
}
