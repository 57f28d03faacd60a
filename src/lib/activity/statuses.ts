/**
 * Which Cinder statuses mean "still happening", read from the domain status tables (src/domain) so the
 * activity center, the lists and the polling agree.
 */
export { CHANGING_VOLUME_STATUSES as TRANSITIONAL_VOLUME_STATUSES, CHANGING_MIGRATION_STATUSES as TRANSITIONAL_MIGRATION_STATUSES } from '../../domain/volumes/status';
export { CHANGING_SNAPSHOT_STATUSES as TRANSITIONAL_SNAPSHOT_STATUSES } from '../../domain/snapshots/status';

/** A settled status that is a failure (error, error_extending, error_deleting, …). */
export function isErrorStatus(status: string): boolean {
  return status === 'error' || status.startsWith('error_');
}
