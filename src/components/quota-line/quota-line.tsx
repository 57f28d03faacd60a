import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuotaUsageEntry } from '../../api/quotas';
import { useNumberFormat } from '../../lib/use-number-format';

/** One quota in a create form: used + what this request adds, of the limit, with a bar that turns red past it. */
export function QuotaLine({ label, entry, adding, unit }: { label: string; entry: QuotaUsageEntry; adding: number; unit: 'count' | 'gib' }) {
  const { t } = useTranslation('quota-line');
  const num = useNumberFormat();
  const used = entry.in_use + entry.reserved;
  const unlimited = entry.limit < 0;
  const after = used + adding;
  const percent = unlimited || entry.limit === 0 ? 0 : Math.min(100, Math.round((after / entry.limit) * 100));
  const over = !unlimited && after > entry.limit;
  const text = unlimited
    ? t(unit === 'gib' ? 'usedUnlimitedGiB' : 'usedUnlimited', { used: num(used) })
    : t(unit === 'gib' ? 'usedOfGiB' : 'usedOf', { used: num(used), limit: num(entry.limit), adding: num(adding) });
  return (
    <div>
      <Flex justify="space-between" gap={8}>
        <Typography.Text>{label}</Typography.Text>
        {/* The figures stay on one line ("不限" must not break in two); the label wraps instead. */}
        <Typography.Text type={over ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
          {text}
        </Typography.Text>
      </Flex>
      {unlimited ? null : <Progress percent={percent} size="small" status={over ? 'exception' : 'normal'} showInfo={false} aria-label={label} />}
    </div>
  );
}

/** Whether `adding` more would go past the limit (-1 = unlimited). */
export function wouldExceed(entry: QuotaUsageEntry | undefined, adding: number): boolean {
  return !!entry && entry.limit >= 0 && entry.in_use + entry.reserved + adding > entry.limit;
}
