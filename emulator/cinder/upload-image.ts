/**
 * os-volume_upload_image (api/contrib/volume_actions.py#_volume_upload_image, volume/api.py#copy_volume_to_image):
 * the volume goes uploading → its previous status while Glance's new image goes queued → saving → active.
 */
import { fieldError, forbiddenPolicy, invalidVolume } from './faults';
import { getVolume } from './lookup';
import { atLeast } from './microversion';
import { checkBoolean, checkObject, typeMsg, type Json } from './validate';
import type { CinderContext } from './context';
import { ACTION, DETAIL, schedule, takeFailure } from '../flows';
import { createUploadImage } from '../glance-uploads';
import type { Image } from '../state';
import { pyRepr } from '../util/pyrepr';
import { cinderTime } from '../util/time';

const DISK_FORMATS = ['raw', 'vmdk', 'vdi', 'qcow2', 'vhd', 'vhdx', 'ploop'];
const CONTAINER_FORMATS = ['bare', 'ovf', 'ova', 'docker', 'compressed'];
const VISIBILITIES = ['community', 'public', 'private', 'shared'];
/** Glance properties Cinder never copies from volume_image_metadata onto a new image. */
const RESERVED_PROPERTIES = new Set(['checksum', 'container_format', 'disk_format', 'min_disk', 'min_ram', 'size', 'image_id', 'image_name', 'owner', 'os_hash_algo', 'os_hash_value', 'signature_verified']);
const GIB = 1024 ** 3;

/** cinder.conf enable_force_upload (default False): force is then silently dropped. */
export const ENABLE_FORCE_UPLOAD = false;

function oneOf(field: string, value: unknown, allowed: string[]): string {
  if (typeof value !== 'string') throw fieldError(field, value, typeMsg(value, ['string']));
  if (!allowed.includes(value)) throw fieldError(field, value, `${pyRepr(value)} is not one of ${pyRepr(allowed)}`);
  return value;
}

export function uploadToImage(ctx: CinderContext, id: string, body: Json): { status: number; body: unknown } {
  const v31 = atLeast(ctx.version, '3.1');
  checkObject(null, body, { required: ['os-volume_upload_image'], allowed: ['os-volume_upload_image'] });
  const allowed = ['image_name', 'force', 'disk_format', 'container_format', ...(v31 ? ['visibility', 'protected'] : [])];
  const args = checkObject('os-volume_upload_image', body['os-volume_upload_image'], { required: ['image_name'], allowed });
  const name = args.image_name;
  if (typeof name !== 'string') throw fieldError('image_name', name, typeMsg(name, ['string']));
  if (name.length < 1) throw fieldError('image_name', name, `${pyRepr(name)} is too short`);
  if (name.length > 255) throw fieldError('image_name', name, `${pyRepr(name)} is too long`);
  let force = args.force === undefined ? false : checkBoolean('force', args.force);
  const diskFormat = args.disk_format === undefined ? 'raw' : oneOf('disk_format', args.disk_format, DISK_FORMATS);
  const containerFormat = args.container_format === undefined ? 'bare' : oneOf('container_format', args.container_format, CONTAINER_FORMATS);
  const visibility = (args.visibility === undefined ? 'private' : oneOf('visibility', args.visibility, VISIBILITIES)) as Image['visibility'];
  const isProtected = args.protected === undefined ? false : checkBoolean('protected', args.protected);

  const volume = getVolume(ctx, id);
  if (v31 && visibility === 'public' && !ctx.isAdmin) throw forbiddenPolicy('volume_extension:volume_actions:upload_public');
  if (!ENABLE_FORCE_UPLOAD) force = false;
  const expected = force ? ['available', 'in-use'] : ['available'];
  if (!expected.includes(volume.status)) throw invalidVolume(`Volume ${volume.id} status must be ${expected.join(' or ')}`);

  const world = ctx.world;
  const previous = volume.status;
  volume.previousStatus = previous;
  volume.status = 'uploading';
  volume.updatedAt = ctx.now;
  const properties = Object.fromEntries(Object.entries(volume.imageMetadata ?? {}).filter(([k]) => !RESERVED_PROPERTIES.has(k)));
  const fails = takeFailure(world, 'upload', volume.id);
  const image = createUploadImage(world, {
    name,
    diskFormat,
    containerFormat,
    visibility: v31 ? visibility : 'shared',
    protected: v31 ? isProtected : false,
    owner: volume.projectId,
    bytes: volume.size * GIB,
    properties,
    fails,
  });
  const message = fails
    ? { projectId: volume.projectId, resourceType: 'VOLUME' as const, resourceUuid: volume.id, action: ACTION.COPY_VOLUME_TO_IMAGE, detail: DETAIL.FAILED_TO_UPLOAD_VOLUME, requestId: ctx.requestId }
    : undefined;
  schedule(world, ctx.now + world.delays.upload, { store: 'volumes', id: volume.id, patch: { status: previous, previousStatus: 'uploading' }, ...(message ? { message } : {}) });
  world.changed();
  const type = world.state.volumeTypes[volume.volumeTypeId];
  const response: Json = {
    id: volume.id,
    updated_at: cinderTime(volume.updatedAt),
    status: 'uploading',
    display_description: volume.description,
    size: volume.size,
    volume_type: type ? { id: type.id, name: type.name, description: type.description, is_public: type.isPublic, extra_specs: { ...type.extraSpecs }, qos_specs_id: type.qosSpecsId, deleted: false, created_at: cinderTime(type.createdAt), updated_at: cinderTime(type.updatedAt), deleted_at: null } : null,
    image_id: image.id,
    container_format: containerFormat,
    disk_format: diskFormat,
    image_name: name,
  };
  if (v31) Object.assign(response, { protected: image.protected, visibility: image.visibility });
  return { status: 202, body: { 'os-volume_upload_image': response } };
}
