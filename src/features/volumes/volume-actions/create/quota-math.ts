import type { ProjectQuotaUsage } from '../../../../api/quotas';
import { maxSizeFor } from './size-bounds';

/** GiB the project (and the type) can still grow by; null = unlimited or unknown. Per-volume limit excluded. */
export function remainingGiBFor(quota: ProjectQuotaUsage | undefined, typeName: string | undefined): number | null {
  if (!quota) return null;
  return maxSizeFor({ ...quota, perVolumeGigabytes: undefined }, typeName).max;
}
