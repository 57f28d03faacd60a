/**
 * Images Cinder creates when a volume is uploaded (os-volume_upload_image): Cinder asks Glance for a
 * `queued` image, the volume service then streams the data (`saving`) and Glance marks it `active`
 * (when the upload breaks, Cinder deletes the image). No timers: every Glance request first moves uploads on with
 * the clock, like flows.ts does for Cinder's records.
 */
import type { Image } from './state';
import { randomUuid } from './util/ids';
import { md5Hex } from './util/md5';
import type { World } from './world';

export interface UploadImageSpec {
  name: string;
  diskFormat: string;
  containerFormat: string;
  visibility: Image['visibility'];
  protected: boolean;
  owner: string;
  /** Volume size in bytes (a raw image of the volume). */
  bytes: number;
  /** Glance properties the volume carries over (volume_image_metadata minus reserved keys). */
  properties: Record<string, string>;
  fails: boolean;
}

export function createUploadImage(world: World, spec: UploadImageSpec): Image {
  const now = world.now();
  const delay = world.delays.upload;
  const image: Image = {
    id: randomUuid(),
    name: spec.name,
    status: 'queued',
    visibility: spec.visibility,
    owner: spec.owner,
    size: null,
    virtualSize: null,
    minDisk: 0,
    minRam: 0,
    diskFormat: spec.diskFormat,
    containerFormat: spec.containerFormat,
    checksum: null,
    createdAt: now,
    updatedAt: now,
    properties: spec.properties,
    protected: spec.protected,
    upload: { savingAt: now + Math.floor(delay / 4), doneAt: now + delay, outcome: spec.fails ? 'deleted' : 'active', bytes: spec.bytes },
  };
  world.state.images.push(image);
  world.changed();
  return image;
}

/** Moves every upload in flight to where the clock says it is. */
export function advanceUploads(world: World): void {
  const now = world.now();
  for (const image of [...world.state.images]) {
    const upload = image.upload;
    if (!upload) continue;
    if (now >= upload.doneAt && upload.outcome === 'deleted') {
      world.state.images.splice(world.state.images.indexOf(image), 1);
      world.changed();
    } else if (now >= upload.doneAt) {
      image.status = 'active';
      image.updatedAt = upload.doneAt;
      image.size = upload.bytes;
      image.virtualSize = upload.bytes;
      image.checksum = md5Hex(`${image.id}:${upload.bytes}`);
      delete image.upload;
      world.changed();
    } else if (now >= upload.savingAt && image.status === 'queued') {
      image.status = 'saving';
      image.updatedAt = upload.savingAt;
      world.changed();
    }
  }
}
