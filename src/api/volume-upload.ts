/**
 * Upload a volume to a new Glance image (`os-volume_upload_image`). Cinder creates the image (queued),
 * the volume goes `uploading` and back; the image then goes saving → active in Glance (images.ts reads it).
 */
import { cinderCalls } from './descriptor';
import { send } from './http';
import { supports } from './microversion';
import { getSession, type Session } from './session';

/** Cinder's schema enums (api/schemas/volume_actions.py). */
export const UPLOAD_DISK_FORMATS = ['raw', 'qcow2', 'vmdk', 'vdi', 'vhd', 'vhdx', 'ploop'] as const;
export const UPLOAD_CONTAINER_FORMATS = ['bare', 'ovf', 'ova', 'docker', 'compressed'] as const;
export const UPLOAD_VISIBILITIES = ['private', 'shared', 'community', 'public'] as const;
export const IMAGE_NAME_MAX = 255;

export interface UploadImageInput {
  imageName: string;
  diskFormat: (typeof UPLOAD_DISK_FORMATS)[number];
  containerFormat: (typeof UPLOAD_CONTAINER_FORMATS)[number];
  /** 3.1+; public needs admin (volume_extension:volume_actions:upload_public). */
  visibility: (typeof UPLOAD_VISIBILITIES)[number];
  /** 3.1+ */
  protected: boolean;
  /** In-use volumes; Cinder ignores it unless the operator set enable_force_upload. */
  force: boolean;
}

export interface VolumeUploadResult {
  id: string;
  status: string;
  size: number;
  image_id: string;
  image_name: string;
  disk_format: string;
  container_format: string;
  visibility?: string;
  protected?: boolean;
}

/** Drops what the microversion does not know (the 3.0 schema refuses visibility and protected) and a false force. */
export function buildUploadBody(input: UploadImageInput, session: Pick<Session, 'volumeApiVersion'> | null = getSession()) {
  const args: Record<string, unknown> = { image_name: input.imageName.trim(), disk_format: input.diskFormat, container_format: input.containerFormat };
  if (input.force) args.force = true;
  if (supports(session, 'uploadImageVisibility')) {
    args.visibility = input.visibility;
    args.protected = input.protected;
  }
  return args;
}

const volumes = cinderCalls('/volumes');

export const uploadCalls = {
  upload: (volumeId: string, input: UploadImageInput) => volumes.action('volume.uploadImage', volumeId, 'os-volume_upload_image', buildUploadBody(input)),
};

export async function uploadVolumeToImage(volumeId: string, input: UploadImageInput): Promise<VolumeUploadResult> {
  return (await send<{ 'os-volume_upload_image': VolumeUploadResult }>(uploadCalls.upload(volumeId, input)))['os-volume_upload_image'];
}
