/**
 * Preconditions Cinder enforces on snapshots, checked before a request is sent so the UI can disable
 * an action and say why. The server still rules: its refusal is shown as it comes.
 */
import type { Snapshot, Volume } from '../../api/models';
import type { UpdateSnapshotInput } from '../../api/snapshots';
import { storedKey } from '../../api/stored-key';

export const DELETABLE_STATUSES: readonly string[] = ['available', 'error'];

export type DeleteBlock = 'status' | 'group';

/** Cinder: "Snapshot status must be available or error and must not be part of a group." */
export function deleteBlock(snapshot: Pick<Snapshot, 'status' | 'group_snapshot_id'>): DeleteBlock | null {
  if (!DELETABLE_STATUSES.includes(snapshot.status)) return 'status';
  if (snapshot.group_snapshot_id) return 'group';
  return null;
}

export type RevertBlock = 'microversion' | 'volumeMissing' | 'snapshotStatus' | 'volumeStatus' | 'notLatest' | 'sizeMismatch';

export interface RevertContext {
  /** Negotiated microversion ≥ 3.40. */
  supportsRevert: boolean;
  snapshot: Pick<Snapshot, 'id' | 'status' | 'size'>;
  volume: Pick<Volume, 'status' | 'size'> | null | undefined;
  /** Id of the volume's newest snapshot. */
  latestSnapshotId: string | null | undefined;
}

/** Revert (3.40+): the volume's latest snapshot, equal sizes, both available. */
export function revertBlock({ supportsRevert, snapshot, volume, latestSnapshotId }: RevertContext): RevertBlock | null {
  if (!supportsRevert) return 'microversion';
  if (!volume) return 'volumeMissing';
  if (snapshot.status !== 'available') return 'snapshotStatus';
  if (volume.status !== 'available') return 'volumeStatus';
  if (latestSnapshotId !== snapshot.id) return 'notLatest';
  if (volume.size !== snapshot.size) return 'sizeMismatch';
  return null;
}

export type NewVolumeSizeProblem = 'required' | 'integer' | 'tooSmall';

/** A volume made from a snapshot is at least as large as the snapshot, in whole GiB. */
export function newVolumeSizeProblem(size: number | null | undefined, snapshotSize: number): NewVolumeSizeProblem | null {
  if (size === null || size === undefined) return 'required';
  if (!Number.isInteger(size)) return 'integer';
  if (size < Math.max(1, snapshotSize)) return 'tooSmall';
  return null;
}

/** Cinder copies only from an available snapshot. */
export function canCreateVolumeFrom(snapshot: Pick<Snapshot, 'status'>): boolean {
  return snapshot.status === 'available';
}

/** Snapshot metadata keys as Cinder's schema accepts them. */
export const METADATA_KEY_PATTERN = /^[a-zA-Z0-9-_:. /]{1,255}$/;

export type MetadataRowProblem = 'keyRequired' | 'keyInvalid' | 'valueTooLong' | 'duplicateKey';

/** Problems per row index, checked before the PUT (Cinder's schema: key pattern, value ≤ 255). */
export function metadataProblems(rows: { key: string; value: string }[]): Map<number, MetadataRowProblem> {
  const problems = new Map<number, MetadataRowProblem>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (!row.key.trim()) problems.set(index, 'keyRequired');
    else if (!METADATA_KEY_PATTERN.test(row.key)) problems.set(index, 'keyInvalid');
    else if (row.value.length > 255) problems.set(index, 'valueTooLong');
    else if (seen.has(storedKey(row.key))) problems.set(index, 'duplicateKey');
    seen.add(storedKey(row.key));
  });
  return problems;
}

/** Only changed fields are sent: Cinder (3.53+) wants at least one, and unchanged ones need no write. */
export function changedFields(snapshot: Pick<Snapshot, 'name' | 'description'>, values: { name: string; description: string }): UpdateSnapshotInput {
  const changes: UpdateSnapshotInput = {};
  if (values.name.trim() !== (snapshot.name ?? '')) changes.name = values.name.trim();
  if (values.description.trim() !== (snapshot.description ?? '')) changes.description = values.description.trim();
  return changes;
}

/** "42%" → 42; anything unparsable → null. */
export function parseProgress(progress: string | undefined): number | null {
  const match = /^(\d{1,3})%?$/.exec(progress?.trim() ?? '');
  return match ? Math.min(100, Number(match[1])) : null;
}
