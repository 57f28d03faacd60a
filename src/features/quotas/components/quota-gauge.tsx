import { Progress, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Gauge } from '../../../domain/quotas';
import { useLevelColor } from './use-level-color';
import { useNumberFormat } from '../../../lib/use-number-format';

interface QuotaGaugeProps {
  resource: string;
  gauge: Gauge;
  /** Gigabytes read "120 GiB". */
  unit?: 'gib';
}

/** A dashboard dial: used (in use + reserved) against the limit; unlimited shows the figure alone. */
export function QuotaGauge({ resource, gauge, unit }: QuotaGaugeProps) {
  const { t } = useTranslation('quotas');
  const { token } = theme.useToken();
  const color = useLevelColor();
  const num = useNumberFormat();
  const show = (value: number) => (unit === 'gib' ? t('gauge.gib', { value: num(value) }) : num(value));
  const label =
    gauge.limit === null
      ? t('gauge.labelUnlimited', { resource, used: show(gauge.used) })
      : t('gauge.label', { resource, used: show(gauge.used), limit: show(gauge.limit), percent: gauge.percent });
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 4, minWidth: 180 }}>
      <Typography.Title level={3} style={{ margin: 0, fontSize: token.fontSizeLG }}>
        {resource}
      </Typography.Title>
      <Progress
        type="dashboard"
        aria-label={label}
        percent={gauge.percent ?? 0}
        status={gauge.level === 'full' ? 'exception' : 'normal'}
        strokeColor={gauge.limit === null ? token.colorTextQuaternary : color(gauge.level)}
        format={() => (
          <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', lineHeight: 1.2 }}>
            <span style={{ fontSize: 24, fontWeight: 600, color: token.colorText }}>{show(gauge.used)}</span>
            <span style={{ fontSize: token.fontSizeSM, color: token.colorTextSecondary }}>
              {gauge.limit === null ? t('gauge.unlimited') : t('gauge.of', { limit: show(gauge.limit) })}
            </span>
          </span>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
        {t('gauge.inUse', { value: num(gauge.inUse) })} · {t('gauge.reserved', { value: num(gauge.reserved) })}
      </Typography.Text>
      {gauge.limit === null ? (
        <Tag>{t('gauge.unlimited')}</Tag>
      ) : gauge.level === 'full' ? (
        <Tag color="error">{t('gauge.full')}</Tag>
      ) : (
        <Tag color={gauge.level === 'warning' ? 'warning' : undefined}>{t('gauge.left', { value: num(gauge.remaining ?? 0) })}</Tag>
      )}
    </div>
  );
}
