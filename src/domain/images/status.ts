/**
 * Glance v2 image statuses (glance/domain: queued, saving, uploading, importing, active, killed,
 * deleted, pending_delete, deactivated): what the activity center follows after an upload from a volume.
 */
import { statusLookup, type StatusInfo } from '../status';

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

const busy = (labelKey: StatusLabelKey): ImageStatusInfo => ({ labelKey, color: 'processing', transitional: true, poll: 'fast', isError: false });
const failed = (labelKey: StatusLabelKey): ImageStatusInfo => ({ labelKey, color: 'error', transitional: false, poll: false, isError: true });

export const imageStatuses = {
  queued: busy('imageStatus.queued'),
  saving: busy('imageStatus.saving'),
  uploading: busy('imageStatus.uploading'),
  importing: busy('imageStatus.importing'),
  active: { labelKey: 'imageStatus.active', color: 'success', transitional: false, poll: false, isError: false },
  deactivated: { labelKey: 'imageStatus.deactivated', color: 'default', transitional: false, poll: false, isError: false },
  killed: failed('imageStatus.killed'),
  deleted: failed('imageStatus.deleted'),
  pending_delete: failed('imageStatus.pending_delete'),
} as const satisfies Record<string, ImageStatusInfo>;

const { info, isTransitional } = statusLookup<ImageStatusInfo, typeof imageStatuses>(imageStatuses, {
  labelKey: 'imageStatus.unknown',
  color: 'default',
  transitional: false,
  poll: false,
  isError: false,
});

export const imageStatusInfo: (status: string) => ImageStatusInfo = info;
export const isImageTransitional: (status: string) => boolean = isTransitional;
