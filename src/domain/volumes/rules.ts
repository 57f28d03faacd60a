/**
 * One precondition table for every volume action, taken from Cinder's own checks (facts §4), so the
 * console disables what Cinder would refuse and says why. The server still rules: a refusal is shown.
 */
import { supports, volumeFeatures, type VolumeFeature } from '../../api/microversion';
import type { Snapshot, Volume } from '../../api/models';
import { canAttach, canDetach, type AttachReasonKey } from './attach-rules';
import type { attachStatusLabelKeys, migrationStatusLabelKeys } from './status';

export type VolumeAction =
  | 'edit'
  | 'extend'
  | 'revert'
  | 'retype'
  | 'createSnapshot'
  | 'createBackup'
  | 'clone'
  | 'resetStatus'
  | 'migrate'
  | 'forceDelete'
  | 'delete'
  | 'transfer'
  | 'cancelTransfer'
  | 'moveToProject'
  | 'uploadImage'
  | 'unmanage'
  | 'attach'
  | 'detach';

/** Actions only admins see (hidden, not disabled, for members). */
export const adminActions: readonly VolumeAction[] = ['resetStatus', 'migrate', 'forceDelete', 'unmanage'];

export type ReasonKey =
  | 'reasons.status'
  | 'reasons.attached'
  | 'reasons.migrating'
  | 'reasons.inGroup'
  | 'reasons.needsVersion'
  | 'reasons.inUseNeedsVersion'
  | 'reasons.noSnapshots'
  | 'reasons.latestNotAvailable'
  | 'reasons.latestSizeDiffers'
  | 'reasons.hasSnapshots'
  | 'reasons.maintenance'
  | 'reasons.encryptedUnmanage'
  | 'reasons.attachedNoCompute'
  | AttachReasonKey;

export interface Reason {
  key: ReasonKey;
  /** Raw values (status codes stay codes): the feature puts them into words in the reader's language. */
  values?: Record<string, string | number | readonly string[]>;
}

export type Verdict = { allowed: true } | { allowed: false; reason: Reason };

export interface RuleContext {
  volume: Volume;
  /** Negotiated microversion, e.g. "3.70". */
  version: string;
  /** The volume's snapshots when known (detail page / modal); undefined = not loaded, not judged. */
  snapshots?: Snapshot[];
  /** The catalog lists Nova: the console can detach, so "detach it first" points there. */
  compute?: boolean;
}

/** Cinder's delete statuses (volume/api.py delete()). */
export const DELETABLE_STATUSES = ['available', 'error', 'error_restoring', 'error_extending', 'error_managing'] as const;
/** migration_status values that do not block delete / migrate / retype (AVAILABLE_MIGRATION_STATUS). */
const IDLE_MIGRATION_STATUSES: readonly (string | null | undefined)[] = [null, undefined, '', 'none', 'deleting', 'error', 'success'];
/** Snapshot statuses cascade delete accepts. */
export const CASCADE_SNAPSHOT_STATUSES = ['available', 'error', 'deleting'] as const;
export const VOLUME_STATUS_ENUM = [
  'creating',
  'available',
  'deleting',
  'error',
  'error_deleting',
  'error_managing',
  'managing',
  'attaching',
  'in-use',
  'detaching',
  'maintenance',
  'restoring-backup',
  'error_restoring',
  'reserved',
  'awaiting-transfer',
  'backing-up',
  'error_backing-up',
  'error_extending',
  'downloading',
  'uploading',
  'retyping',
  'extending',
] as const;
/** What os-reset_status accepts for `status`: the enum minus `deleting` (Cinder refuses it). */
export const RESET_STATUSES = VOLUME_STATUS_ENUM.filter((s) => s !== 'deleting');
export const RESET_ATTACH_STATUSES = ['attached', 'detached'] as const satisfies readonly (keyof typeof attachStatusLabelKeys)[];
/** "none" clears migration_status (stored as null). */
export const RESET_MIGRATION_STATUSES = ['none', 'migrating', 'error', 'success', 'completing', 'starting'] as const satisfies readonly (keyof typeof migrationStatusLabelKeys)[];

const ok: Verdict = { allowed: true };
const no = (key: ReasonKey, values?: Reason['values']): Verdict => ({ allowed: false, reason: { key, values } });
const statusReason = (volume: Volume, allowed: readonly string[]) =>
  no('reasons.status', { allowed, status: volume.status });

export function isAttached(volume: Volume): boolean {
  return (volume.attachments?.length ?? 0) > 0;
}

export function isMigrating(volume: Volume): boolean {
  return !IDLE_MIGRATION_STATUSES.includes(volume.migration_status);
}

function needsVersion(version: string, feature: VolumeFeature): Verdict | null {
  return supports({ volumeApiVersion: version }, feature) ? null : no('reasons.needsVersion', { version: volumeFeatures[feature], current: version });
}

/** The newest snapshot (Cinder's "latest" for revert is by created_at). */
export function latestSnapshot(snapshots: readonly Snapshot[]): Snapshot | undefined {
  return [...snapshots].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
}

export function canEdit({ volume }: RuleContext): Verdict {
  if (volume.status === 'maintenance') return no('reasons.maintenance');
  return ok;
}

export function canExtend({ volume, version }: RuleContext): Verdict {
  const inUseOk = supports({ volumeApiVersion: version }, 'inUseExtend');
  if (volume.status === 'available') return ok;
  if (volume.status === 'in-use') {
    return inUseOk ? ok : no('reasons.inUseNeedsVersion', { version: volumeFeatures.inUseExtend, current: version });
  }
  return statusReason(volume, inUseOk ? ['available', 'in-use'] : ['available']);
}

export function canRevert({ volume, version, snapshots }: RuleContext): Verdict {
  const old = needsVersion(version, 'revert');
  if (old) return old;
  if (volume.status !== 'available') return statusReason(volume, ['available']);
  if (snapshots) {
    const latest = latestSnapshot(snapshots);
    if (!latest) return no('reasons.noSnapshots');
    if (latest.status !== 'available') return no('reasons.latestNotAvailable', { name: latest.name || latest.id, status: latest.status });
    if (latest.size !== volume.size) return no('reasons.latestSizeDiffers', { snapshotSize: latest.size, size: volume.size });
  }
  return ok;
}

export function canRetype({ volume }: RuleContext): Verdict {
  if (volume.status !== 'available' && volume.status !== 'in-use') return statusReason(volume, ['available', 'in-use']);
  if (isMigrating(volume)) return no('reasons.migrating');
  if (volume.group_id) return no('reasons.inGroup');
  return ok;
}

/**
 * Moving the data to another back end: Cinder moves no volume with snapshots, neither by Migrate (the API
 * refuses) nor by a retype with migration_policy on-demand (volume/manager.py retype: "Volume must not
 * have snapshots.", the volume goes back with its old type). One rule for both, so they agree.
 */
export function canMoveToAnotherBackend({ snapshots }: RuleContext): Verdict {
  if (snapshots && snapshots.length > 0) return no('reasons.hasSnapshots', { count: snapshots.length });
  return ok;
}

export function canCreateSnapshot({ volume }: RuleContext): Verdict {
  // Below 3.66 an in-use volume needs force=true: allowed here, the form explains and sends it.
  if (volume.status !== 'available' && volume.status !== 'in-use') return statusReason(volume, ['available', 'in-use']);
  if (isMigrating(volume)) return no('reasons.migrating');
  return ok;
}

/** backup/api.py create: available, or in-use (the dialog asks for force); a snapshot source is chosen in the dialog. */
export function canCreateBackup({ volume }: RuleContext): Verdict {
  if (volume.status !== 'available' && volume.status !== 'in-use') return statusReason(volume, ['available', 'in-use']);
  return ok;
}

export function canClone({ volume }: RuleContext): Verdict {
  if (volume.status !== 'available' && volume.status !== 'in-use') return statusReason(volume, ['available', 'in-use']);
  return ok;
}

export function canResetStatus(_context: RuleContext): Verdict {
  return ok;
}

export function canMigrate(context: RuleContext): Verdict {
  const { volume } = context;
  if (volume.status !== 'available' && volume.status !== 'in-use') return statusReason(volume, ['available', 'in-use']);
  if (isMigrating(volume)) return no('reasons.migrating');
  if (volume.group_id) return no('reasons.inGroup');
  return canMoveToAnotherBackend(context);
}

/** Attached: with Nova the console's Detach is the way out; without it, the server's owner must detach. */
const attachedReason = (compute: boolean | undefined) => no(compute ? 'reasons.attached' : 'reasons.attachedNoCompute');

/** os-force_delete skips only the status check: attachments, migration, groups and snapshots still block it. */
export function canForceDelete({ volume, snapshots, compute }: RuleContext): Verdict {
  if (isAttached(volume)) return attachedReason(compute);
  if (isMigrating(volume)) return no('reasons.migrating');
  if (volume.group_id) return no('reasons.inGroup');
  if (snapshots && snapshots.length > 0) return no('reasons.hasSnapshots', { count: snapshots.length });
  return ok;
}

/** Snapshots do not disable delete: the dialog offers cascade. */
export function canDelete({ volume, compute }: RuleContext): Verdict {
  if (isAttached(volume)) return attachedReason(compute);
  if (!(DELETABLE_STATUSES as readonly string[]).includes(volume.status)) return statusReason(volume, DELETABLE_STATUSES);
  if (isMigrating(volume)) return no('reasons.migrating');
  if (volume.group_id) return no('reasons.inGroup');
  return ok;
}

/** transfer/api.py#create: only an available volume (snapshots must be available too unless left behind). */
export function canTransfer({ volume }: RuleContext): Verdict {
  if (volume.status !== 'available') return statusReason(volume, ['available']);
  if (volume.group_id) return no('reasons.inGroup');
  return ok;
}

/** Cancelling deletes the pending transfer: only a volume that is awaiting one has it. */
export function canCancelTransfer({ volume }: RuleContext): Verdict {
  return volume.status === 'awaiting-transfer' ? ok : statusReason(volume, ['awaiting-transfer']);
}

/**
 * copy_volume_to_image: available, or in-use with force — which Cinder honours only when the operator set
 * enable_force_upload (otherwise the form's force is dropped and Cinder answers 400; shown as it comes).
 */
export function canUploadImage({ volume }: RuleContext): Verdict {
  if (volume.status !== 'available' && volume.status !== 'in-use') return statusReason(volume, ['available', 'in-use']);
  return ok;
}

/** os-update_readonly_flag: Cinder changes the flag of an available volume only. */
export function canSetReadonly({ volume }: RuleContext): Verdict {
  return volume.status === 'available' ? ok : statusReason(volume, ['available']);
}

/** The read-only flag, as Cinder shows it (admin metadata `readonly` inside the volume's metadata). */
export function isReadonly(volume: Volume): boolean {
  return String(volume.metadata?.readonly ?? '').toLowerCase() === 'true';
}

/**
 * os-unmanage runs delete's checks (volume/api.py delete(unmanage_only=True)), snapshots included, and
 * refuses encrypted volumes ("Unmanaging encrypted volumes is not supported.").
 */
export function canUnmanage(context: RuleContext): Verdict {
  const asDelete = canDelete(context);
  if (!asDelete.allowed) return asDelete;
  if (context.volume.encrypted) return no('reasons.encryptedUnmanage');
  if (context.snapshots && context.snapshots.length > 0) return no('reasons.hasSnapshots', { count: context.snapshots.length });
  return ok;
}

export const rules: Record<VolumeAction, (context: RuleContext) => Verdict> = {
  edit: canEdit,
  extend: canExtend,
  revert: canRevert,
  retype: canRetype,
  createSnapshot: canCreateSnapshot,
  createBackup: canCreateBackup,
  clone: canClone,
  resetStatus: canResetStatus,
  migrate: canMigrate,
  forceDelete: canForceDelete,
  delete: canDelete,
  transfer: canTransfer,
  cancelTransfer: canCancelTransfer,
  moveToProject: canTransfer,
  uploadImage: canUploadImage,
  unmanage: canUnmanage,
  attach: canAttach,
  detach: canDetach,
};

/** Snapshots that block a cascade delete (Cinder only cascades available, error or deleting ones). */
export function cascadeBlockers(snapshots: readonly Snapshot[]): Snapshot[] {
  return snapshots.filter((s) => !(CASCADE_SNAPSHOT_STATUSES as readonly string[]).includes(s.status));
}

// ---- request rules shared by forms and tests

export const NAME_MAX = 255;

export type ExtendProblem = 'notInteger' | 'notLarger' | 'overQuota';
export function extendProblem(currentSize: number, newSize: number, remainingGiB: number | null): ExtendProblem | null {
  if (!Number.isInteger(newSize)) return 'notInteger';
  if (newSize <= currentSize) return 'notLarger';
  if (remainingGiB !== null && newSize - currentSize > remainingGiB) return 'overQuota';
  return null;
}
