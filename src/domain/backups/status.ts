/**
 * The one table of backup statuses (Cinder's BackupStatus enum), shared by the list, the detail page,
 * the actions and the activity center: label key, colour, and whether to poll.
 */
import { fastStatuses, statusEntries, statusLookup, type StatusInfo } from '../status';

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

const { changing, settled, failed } = statusEntries<StatusLabelKey>();

export const backupStatuses = {
  creating: changing('status.creating'),
  restoring: changing('status.restoring'),
  deleting: changing('status.deleting', 'warning'),
  available: settled('status.available', 'success'),
  error: failed('status.error'),
  error_deleting: failed('status.error_deleting'),
  deleted: settled('status.deleted'),
} as const satisfies Record<string, BackupStatusInfo>;

export type KnownBackupStatus = keyof typeof backupStatuses;

const { isKnown, info, isTransitional: isTransitionalStatus } = statusLookup<StatusLabelKey, typeof backupStatuses>(backupStatuses, 'status.unknown');

export const isKnownBackupStatus: (status: string) => status is KnownBackupStatus = isKnown;
/** Presentation for any status string (unknown ones show raw and never poll). */
export const backupStatusInfo: (status: string) => BackupStatusInfo = info;
export const isBackupTransitional: (status: string) => boolean = isTransitionalStatus;
/** "Still happening": creating, restoring, deleting. */
export const CHANGING_BACKUP_STATUSES: ReadonlySet<string> = fastStatuses(backupStatuses);

/** Statuses offered in the list's status filter. */
export const filterableBackupStatuses: KnownBackupStatus[] = ['available', 'creating', 'restoring', 'deleting', 'error', 'error_deleting'];
