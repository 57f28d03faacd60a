/**
 * The one table of snapshot statuses (Cinder's SnapshotStatus enum), shared by the list, the detail
 * page, the volume's snapshots tab, the actions and the activity center: label key, colour, and whether to poll.
 */
import { fastStatuses, statusLookup, type StatusInfo } from '../status';

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

const busy = (labelKey: StatusLabelKey, color = 'processing'): SnapshotStatusInfo => ({ labelKey, color, transitional: true, poll: 'fast', isError: false });

export const snapshotStatuses = {
  creating: busy('status.creating'),
  deleting: busy('status.deleting', 'warning'),
  restoring: busy('status.restoring'),
  updating: busy('status.updating'),
  'backing-up': busy('status.backing-up'),
  unmanaging: busy('status.unmanaging', 'warning'),
  available: { labelKey: 'status.available', color: 'success', transitional: false, poll: false, isError: false },
  error: { labelKey: 'status.error', color: 'error', transitional: false, poll: false, isError: true },
  error_deleting: { labelKey: 'status.error_deleting', color: 'error', transitional: false, poll: false, isError: true },
  deleted: { labelKey: 'status.deleted', color: 'default', transitional: false, poll: false, isError: false },
} as const satisfies Record<string, SnapshotStatusInfo>;

export type KnownSnapshotStatus = keyof typeof snapshotStatuses;

const { isKnown, info, isTransitional: isTransitionalStatus } = statusLookup<SnapshotStatusInfo, typeof snapshotStatuses>(snapshotStatuses, {
  labelKey: 'status.unknown',
  color: 'default',
  transitional: false,
  poll: false,
  isError: false,
});

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
