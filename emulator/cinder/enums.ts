/** Status enums from cinder.objects.fields (order matters: it shows up in error texts). */
export const VOLUME_STATUSES = [
  'creating', 'available', 'deleting', 'error', 'error_deleting', 'error_managing', 'managing', 'attaching', 'in-use', 'detaching',
  'maintenance', 'restoring-backup', 'error_restoring', 'reserved', 'awaiting-transfer', 'backing-up', 'error_backing-up',
  'error_extending', 'downloading', 'uploading', 'retyping', 'extending',
] as const;

export const MIGRATION_STATUSES = ['migrating', 'error', 'success', 'completing', 'none', 'starting'] as const;

export const SNAPSHOT_STATUSES = ['error', 'available', 'creating', 'deleting', 'deleted', 'updating', 'error_deleting', 'unmanaging', 'backing-up', 'restoring'] as const;

/** Python's repr of a tuple of strings. */
export function tupleRepr(values: readonly string[]): string {
  return `(${values.map((v) => `'${v}'`).join(', ')})`;
}
