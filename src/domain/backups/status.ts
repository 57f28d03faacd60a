/**
 * The one table of backup statuses (Cinder's BackupStatus enum), shared by the list, the detail page,
 * the actions and the activity center: label key, colour, and whether to poll.
 */
import { fastStatuses, statusLookup, type StatusInfo } from '../status';

type StatusLabelKey =
  | 'status.creating'
  | 'status.available'
  | 'status.deleting'
  | 'status.error'
  | 'status.error_deleting'
  | 'status.restoring'
  | 'status.deleted'
  | 'status.unknown';

export type BackupStatusInfo = StatusInfo<StatusLabelKey>;

const busy = (labelKey: StatusLabelKey, color = 'processing'): BackupStatusInfo => ({ labelKey, color, transitional: true, poll: 'fast', isError: false });

export const backupStatuses = {
  creating: busy('status.creating'),
  restoring: busy('status.restoring'),
  deleting: busy('status.deleting', 'warning'),
  available: { labelKey: 'status.available', color: 'success', transitional: false, poll: false, isError: false },
  error: { labelKey: 'status.error', color: 'error', transitional: false, poll: false, isError: true },
  error_deleting: { labelKey: 'status.error_deleting', color: 'error', transitional: false, poll: false, isError: true },
  deleted: { labelKey: 'status.deleted', color: 'default', transitional: false, poll: false, isError: false },
} as const satisfies Record<string, BackupStatusInfo>;

export type KnownBackupStatus = keyof typeof backupStatuses;

const { isKnown, info, isTransitional: isTransitionalStatus } = statusLookup<BackupStatusInfo, typeof backupStatuses>(backupStatuses, {
  labelKey: 'status.unknown',
  color: 'default',
  transitional: false,
  poll: false,
  isError: false,
});

export const isKnownBackupStatus: (status: string) => status is KnownBackupStatus = isKnown;
/** Presentation for any status string (unknown ones show raw and never poll). */
export const backupStatusInfo: (status: string) => BackupStatusInfo = info;
export const isBackupTransitional: (status: string) => boolean = isTransitionalStatus;
/** "Still happening": creating, restoring, deleting. */
export const CHANGING_BACKUP_STATUSES: ReadonlySet<string> = fastStatuses(backupStatuses);

/** Statuses offered in the list's status filter. */
export const filterableBackupStatuses: KnownBackupStatus[] = ['available', 'creating', 'restoring', 'deleting', 'error', 'error_deleting'];
