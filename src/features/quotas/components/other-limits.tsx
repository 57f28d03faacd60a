import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectQuotaUsage, QuotaUsageEntry } from '../../../api/quotas';
import { toGauge } from '../../../domain/quotas';
import { useNumberFormat } from '../../../lib/use-number-format';

/** Backups, groups and the per-volume size cap: limits a person may bump into, without dials. */
export function OtherLimits({ usage }: { usage: ProjectQuotaUsage }) {
  const { t } = useTranslation('quotas');
  const num = useNumberFormat();
  const usedOf = (entry: QuotaUsageEntry, gib = false) => {
    const g = toGauge(entry);
    const fmt = (v: number) => (gib ? t('gauge.gib', { value: num(v) }) : num(v));
    return g.limit === null ? t('other.usedUnlimited', { used: fmt(g.used) }) : t('other.usedOf', { used: fmt(g.used), limit: fmt(g.limit) });
  };
  const items = [
    usage.perVolumeGigabytes && {
      key: 'per-volume',
      label: t('resources.perVolumeGigabytes'),
      children: usage.perVolumeGigabytes.limit < 0 ? t('other.unlimited') : t('gauge.gib', { value: num(usage.perVolumeGigabytes.limit) }),
    },
    usage.backups && { key: 'backups', label: t('resources.backups'), children: usedOf(usage.backups) },
    usage.backupGigabytes && { key: 'backup-gb', label: t('resources.backupGigabytes'), children: usedOf(usage.backupGigabytes, true) },
    usage.groups && { key: 'groups', label: t('resources.groups'), children: usedOf(usage.groups) },
  ].filter((item) => !!item);
  if (!items.length) return null;
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={items} />;
}
