/**
 * The one table of snapshot statuses (Cinder's SnapshotStatus enum), shared by the list, the detail
 * page, the volume's snapshots tab, the actions and the activity center: label key, colour, and whether to poll.
 */
import { fastStatuses, statusEntries, statusLookup, type StatusInfo } from '../status';

type StatusLabelKey =
  | 'status.creating'
  | 'status.available'
  | 'status.deleting'
  | 'status.error'
  | 'status.error_deleting'
  | 'status.unmanaging'
  | 'status.backing-up'
  | 'status.restoring'
  | 'status.updating'
  | 'status.deleted'
  | 'status.unknown';

export type SnapshotStatusInfo = StatusInfo<StatusLabelKey>;

const { changing, settled, failed } = statusEntries<StatusLabelKey>();

export const snapshotStatuses = {
  creating: changing('status.creating'),
  deleting: changing('status.deleting', 'warning'),
  restoring: changing('status.restoring'),
  updating: changing('status.updating'),
  'backing-up': changing('status.backing-up'),
  unmanaging: changing('status.unmanaging', 'warning'),
  available: settled('status.available', 'success'),
  error: failed('status.error'),
  error_deleting: failed('status.error_deleting'),
  deleted: settled('status.deleted'),
} as const satisfies Record<string, SnapshotStatusInfo>;

export type KnownSnapshotStatus = keyof typeof snapshotStatuses;

const { isKnown, info, isTransitional: isTransitionalStatus } = statusLookup<StatusLabelKey, typeof snapshotStatuses>(snapshotStatuses, 'status.unknown');

export const isKnownSnapshotStatus: (status: string) => status is KnownSnapshotStatus = isKnown;
/** Presentation for any status string (Cinder's status is a free string: unknown ones show raw). */
export const snapshotStatusInfo: (status: string) => SnapshotStatusInfo = info;
export const isTransitional: (status: string) => boolean = isTransitionalStatus;

/** "Still happening": every transitional snapshot status polls fast. */
export const CHANGING_SNAPSHOT_STATUSES: ReadonlySet<string> = fastStatuses(snapshotStatuses);

/** Statuses offered in the list's status filter. */
export const filterableStatuses: KnownSnapshotStatus[] = [
  'available',
  'creating',
  'error',
  'deleting',
  'error_deleting',
  'restoring',
  'backing-up',
  'updating',
  'unmanaging',
];
