/**
 * The one table of volume statuses (Cinder's VolumeStatus enum + the statuses the code also sets),
 * shared by the list, the detail page and the actions: label key, colour, and how to poll.
 * Internal statuses Cinder renames before answering (managing→creating, error_managing→error,
 * error_managing_deleting→deleting) are kept in case an older/newer server leaks them.
 */
import { fastStatuses, statusEntries, statusLookup, type PollSpeed, type StatusInfo } from '../status';

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

const { changing, waiting, settled, failed } = statusEntries<StatusLabelKey>();

export const volumeStatuses = {
  creating: changing('status.creating'),
  downloading: changing('status.downloading'),
  deleting: changing('status.deleting', 'warning'),
  attaching: changing('status.attaching'),
  detaching: changing('status.detaching'),
  extending: changing('status.extending'),
  retyping: changing('status.retyping'),
  reverting: changing('status.reverting'),
  uploading: changing('status.uploading'),
  'backing-up': changing('status.backing-up'),
  'restoring-backup': changing('status.restoring-backup'),
  maintenance: changing('status.maintenance', 'warning'),
  unmanaging: changing('status.unmanaging', 'warning'),
  managing: changing('status.managing'),
  // A Nova attach's first step (reserved → attaching → in-use within seconds): followed as closely as attaching.
  reserved: changing('status.reserved', 'gold'),
  // Waiting on someone else (a transfer accept).
  'awaiting-transfer': waiting('status.awaiting-transfer'),
  available: settled('status.available', 'success'),
  'in-use': settled('status.in-use', 'blue'),
  error: failed('status.error'),
  error_deleting: failed('status.error_deleting'),
  error_extending: failed('status.error_extending'),
  error_restoring: failed('status.error_restoring'),
  'error_backing-up': failed('status.error_backing-up'),
  error_managing: failed('status.error_managing'),
} as const satisfies Record<string, VolumeStatusInfo>;

export type KnownVolumeStatus = keyof typeof volumeStatuses;

const { isKnown, info, isTransitional: isTransitionalStatus } = statusLookup<StatusLabelKey, typeof volumeStatuses>(volumeStatuses, 'status.unknown');

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

/**
 * migration_status values Cinder sets (volume/manager.py), with their label keys; "none" is what the
 * reset-status dialog offers for "no migration" (stored as null). An unknown value shows raw.
 */
export const migrationStatusLabelKeys = {
  none: 'migrationStatus.none',
  starting: 'migrationStatus.starting',
  migrating: 'migrationStatus.migrating',
  completing: 'migrationStatus.completing',
  success: 'migrationStatus.success',
  error: 'migrationStatus.error',
  deleting: 'migrationStatus.deleting',
} as const;

/** attach_status values of os-reset_status, with their label keys. */
export const attachStatusLabelKeys = {
  attached: 'attachStatus.attached',
  detached: 'attachStatus.detached',
} as const;

/** replication_status values (objects/fields.py ReplicationStatus). */
export const replicationStatusLabelKeys = {
  disabled: 'replication.disabled',
  enabled: 'replication.enabled',
  error: 'replication.error',
  'failing-over': 'replication.failing-over',
  'failed-over': 'replication.failed-over',
  'not-capable': 'replication.not-capable',
} as const;

export const isMigrationStatus = (value: string): value is keyof typeof migrationStatusLabelKeys => Object.hasOwn(migrationStatusLabelKeys, value);
export const isAttachStatus = (value: string): value is keyof typeof attachStatusLabelKeys => Object.hasOwn(attachStatusLabelKeys, value);
