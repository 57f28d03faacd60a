/** Size limits of the create form: the source sets the minimum, quota the maximum. */
import { imageMinSizeGiB, vmSnapshotOf } from '../../../../api/images';
import type { Image, Snapshot, Volume } from '../../../../api/models';
import type { ProjectQuotaUsage } from '../../../../api/quotas';

export type CreateSource = 'blank' | 'image' | 'vmSnapshot' | 'snapshot' | 'volume';
export const createSources: readonly CreateSource[] = ['blank', 'image', 'vmSnapshot', 'snapshot', 'volume'];

export function isCreateSource(value: unknown): value is CreateSource {
  return typeof value === 'string' && (createSources as readonly string[]).includes(value);
}

export interface SourceObjects {
  image?: Image;
  snapshot?: Snapshot;
  volume?: Volume;
}

export type MinReason = 'default' | 'image' | 'snapshot' | 'volume' | 'vmSnapshot';
export type MaxReason = 'gigabytes' | 'typeGigabytes' | 'perVolume';

export interface SizeBounds {
  min: number;
  minReason: MinReason;
  /** null = unlimited. */
  max: number | null;
  maxReason: MaxReason | null;
}

export function minSizeFor(source: CreateSource, objects: SourceObjects): { min: number; reason: MinReason } {
  switch (source) {
    case 'image':
      return objects.image ? { min: imageMinSizeGiB(objects.image), reason: 'image' } : { min: 1, reason: 'default' };
    case 'vmSnapshot': {
      const bdm = objects.image ? vmSnapshotOf(objects.image) : null;
      return bdm?.volumeSize ? { min: bdm.volumeSize, reason: 'vmSnapshot' } : { min: 1, reason: 'default' };
    }
    case 'snapshot':
      return objects.snapshot ? { min: Math.max(1, objects.snapshot.size), reason: 'snapshot' } : { min: 1, reason: 'default' };
    case 'volume':
      return objects.volume ? { min: Math.max(1, objects.volume.size), reason: 'volume' } : { min: 1, reason: 'default' };
    default:
      return { min: 1, reason: 'default' };
  }
}

/** The largest size quota leaves: project gigabytes, the type's gigabytes, per_volume_gigabytes. */
export function maxSizeFor(quota: ProjectQuotaUsage | undefined, typeName: string | undefined): { max: number | null; reason: MaxReason | null } {
  if (!quota) return { max: null, reason: null };
  const candidates: [number | null, MaxReason][] = [
    [quota.gigabytes.remaining, 'gigabytes'],
    [typeName ? (quota.perType[typeName]?.gigabytes?.remaining ?? null) : null, 'typeGigabytes'],
    [quota.perVolumeGigabytes && quota.perVolumeGigabytes.limit >= 0 ? quota.perVolumeGigabytes.limit : null, 'perVolume'],
  ];
  let best: { max: number | null; reason: MaxReason | null } = { max: null, reason: null };
  for (const [value, reason] of candidates) {
    if (value === null) continue;
    if (best.max === null || value < best.max) best = { max: value, reason };
  }
  return best;
}

export function sizeBounds(source: CreateSource, objects: SourceObjects, quota: ProjectQuotaUsage | undefined, typeName: string | undefined): SizeBounds {
  const { min, reason: minReason } = minSizeFor(source, objects);
  const { max, reason: maxReason } = maxSizeFor(quota, typeName);
  return { min, minReason, max, maxReason };
}

export type SizeProblem = 'required' | 'notInteger' | 'belowMin' | 'aboveMax';

export function sizeProblem(size: number | null | undefined, bounds: SizeBounds): SizeProblem | null {
  if (size === null || size === undefined) return 'required';
  if (!Number.isInteger(size)) return 'notInteger';
  if (size < bounds.min) return 'belowMin';
  if (bounds.max !== null && size > bounds.max) return 'aboveMax';
  return null;
}

/** Whether a volume count slot is left (project and type). */
export function volumesLeft(quota: ProjectQuotaUsage | undefined, typeName: string | undefined): number | null {
  if (!quota) return null;
  const values = [quota.volumes.remaining, typeName ? (quota.perType[typeName]?.volumes?.remaining ?? null) : null].filter(
    (v): v is number => v !== null,
  );
  return values.length ? Math.min(...values) : null;
}
