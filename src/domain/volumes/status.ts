/**
 * The one table of volume statuses (Cinder's VolumeStatus enum + the statuses the code also sets),
 * shared by the list, the detail page and the actions: label key, colour, and how to poll.
 * Internal statuses Cinder renames before answering (managing→creating, error_managing→error,
 * error_managing_deleting→deleting) are kept in case an older/newer server leaks them.
 */
import { fastStatuses, statusLookup, type PollSpeed, type StatusInfo } from '../status';

export type { PollSpeed } from '../status';

type StatusLabelKey =
  | 'status.creating'
  | 'status.available'
  | 'status.deleting'
  | 'status.error'
  | 'status.error_deleting'
  | 'status.error_managing'
  | 'status.managing'
  | 'status.attaching'
  | 'status.in-use'
  | 'status.detaching'
  | 'status.maintenance'
  | 'status.restoring-backup'
  | 'status.error_restoring'
  | 'status.reserved'
  | 'status.awaiting-transfer'
  | 'status.backing-up'
  | 'status.error_backing-up'
  | 'status.error_extending'
  | 'status.downloading'
  | 'status.uploading'
  | 'status.retyping'
  | 'status.extending'
  | 'status.reverting'
  | 'status.unmanaging'
  | 'status.unknown';

/** isError: the list looks up the reason in Cinder's user messages. */
export type VolumeStatusInfo = StatusInfo<StatusLabelKey>;

const fast = (labelKey: StatusLabelKey, color = 'processing'): VolumeStatusInfo => ({ labelKey, color, transitional: true, poll: 'fast', isError: false });
const stable = (labelKey: StatusLabelKey, color: string): VolumeStatusInfo => ({ labelKey, color, transitional: false, poll: false, isError: false });
const failed = (labelKey: StatusLabelKey): VolumeStatusInfo => ({ labelKey, color: 'error', transitional: false, poll: false, isError: true });

export const volumeStatuses = {
  creating: fast('status.creating'),
  downloading: fast('status.downloading'),
  deleting: fast('status.deleting', 'warning'),
  attaching: fast('status.attaching'),
  detaching: fast('status.detaching'),
  extending: fast('status.extending'),
  retyping: fast('status.retyping'),
  reverting: fast('status.reverting'),
  uploading: fast('status.uploading'),
  'backing-up': fast('status.backing-up'),
  'restoring-backup': fast('status.restoring-backup'),
  maintenance: fast('status.maintenance', 'warning'),
  unmanaging: fast('status.unmanaging', 'warning'),
  managing: fast('status.managing'),
  // A Nova attach's first step (reserved → attaching → in-use within seconds): followed as closely as attaching.
  reserved: fast('status.reserved', 'gold'),
  // Waiting on someone else (a transfer accept): poll, but slowly.
  'awaiting-transfer': { labelKey: 'status.awaiting-transfer', color: 'gold', transitional: true, poll: 'slow', isError: false },
  available: stable('status.available', 'success'),
  'in-use': stable('status.in-use', 'blue'),
  error: failed('status.error'),
  error_deleting: failed('status.error_deleting'),
  error_extending: failed('status.error_extending'),
  error_restoring: failed('status.error_restoring'),
  'error_backing-up': failed('status.error_backing-up'),
  error_managing: failed('status.error_managing'),
} as const satisfies Record<string, VolumeStatusInfo>;

export type KnownVolumeStatus = keyof typeof volumeStatuses;

const { isKnown, info, isTransitional: isTransitionalStatus } = statusLookup<VolumeStatusInfo, typeof volumeStatuses>(volumeStatuses, {
  labelKey: 'status.unknown',
  color: 'default',
  transitional: false,
  poll: false,
  isError: false,
});

export const isKnownVolumeStatus: (status: string) => status is KnownVolumeStatus = isKnown;
/** Presentation + polling for any status string (Cinder's status is a free string: unknown ones show raw). */
export const volumeStatusInfo: (status: string) => VolumeStatusInfo = info;
export const isTransitional: (status: string) => boolean = isTransitionalStatus;

export function pollSpeed(status: string): PollSpeed {
  return volumeStatusInfo(status).poll;
}

/**
 * "Still happening" for the activity center: the fast-polling statuses plus the internal name an
 * older/newer server may leak (shown raw, so not in the table above).
 */
export const CHANGING_VOLUME_STATUSES: ReadonlySet<string> = new Set([...fastStatuses(volumeStatuses), 'error_managing_deleting']);

/** migration_status values of a migration still under way (starting → migrating → completing → success | error). */
export const CHANGING_MIGRATION_STATUSES: ReadonlySet<string> = new Set(['starting', 'migrating', 'completing']);

/** Statuses offered in the list's status filter, in a sensible order. */
export const filterableStatuses: KnownVolumeStatus[] = [
  'available',
  'in-use',
  'creating',
  'error',
  'deleting',
  'error_deleting',
  'extending',
  'error_extending',
  'attaching',
  'detaching',
  'downloading',
  'uploading',
  'retyping',
  'reverting',
  'maintenance',
  'reserved',
  'awaiting-transfer',
  'backing-up',
  'error_backing-up',
  'restoring-backup',
  'error_restoring',
];
