/**
 * Glance v2 image statuses (glance/domain: queued, saving, uploading, importing, active, killed,
 * deleted, pending_delete, deactivated): what the activity center follows after an upload from a volume.
 */
import { statusEntries, statusLookup, type StatusInfo } from '../status';

type StatusLabelKey =
  | 'imageStatus.queued'
  | 'imageStatus.saving'
  | 'imageStatus.uploading'
  | 'imageStatus.importing'
  | 'imageStatus.active'
  | 'imageStatus.killed'
  | 'imageStatus.deleted'
  | 'imageStatus.pending_delete'
  | 'imageStatus.deactivated'
  | 'imageStatus.unknown';

export type ImageStatusInfo = StatusInfo<StatusLabelKey>;

const { changing, settled, failed } = statusEntries<StatusLabelKey>();

export const imageStatuses = {
  queued: changing('imageStatus.queued'),
  saving: changing('imageStatus.saving'),
  uploading: changing('imageStatus.uploading'),
  importing: changing('imageStatus.importing'),
  active: settled('imageStatus.active', 'success'),
  deactivated: settled('imageStatus.deactivated'),
  killed: failed('imageStatus.killed'),
  deleted: failed('imageStatus.deleted'),
  pending_delete: failed('imageStatus.pending_delete'),
} as const satisfies Record<string, ImageStatusInfo>;

const { info, isTransitional } = statusLookup<StatusLabelKey, typeof imageStatuses>(imageStatuses, 'imageStatus.unknown');

export const imageStatusInfo: (status: string) => ImageStatusInfo = info;
export const isImageTransitional: (status: string) => boolean = isTransitional;
