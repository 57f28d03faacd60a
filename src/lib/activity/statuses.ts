/**
 * Which Cinder statuses mean "still happening", as data from the reference (cinder-v3-facts: VolumeStatus,
 * SnapshotStatus, migration_status). The features keep their own presentation tables in
 * src/features/<x>/status.ts; src/lib may not import features, so the activity center holds only these sets.
 */
export const TRANSITIONAL_VOLUME_STATUSES: ReadonlySet<string> = new Set([
  'creating',
  'downloading',
  'deleting',
  'attaching',
  'detaching',
  'extending',
  'retyping',
  'reverting',
  'uploading',
  'backing-up',
  'restoring-backup',
  'maintenance',
  'unmanaging',
  'managing',
  // internal names an older/newer server may leak
  'error_managing_deleting',
]);

export const TRANSITIONAL_SNAPSHOT_STATUSES: ReadonlySet<string> = new Set(['creating', 'deleting', 'restoring', 'updating', 'backing-up', 'unmanaging']);

/** migration_status values of a migration still under way (starting → migrating → completing → success | error). */
export const TRANSITIONAL_MIGRATION_STATUSES: ReadonlySet<string> = new Set(['starting', 'migrating', 'completing']);

/** A settled status that is a failure (error, error_extending, error_deleting, …). */
export function isErrorStatus(status: string): boolean {
  return status === 'error' || status.startsWith('error_');
}
