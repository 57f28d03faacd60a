import { WarningOutlined } from '@ant-design/icons';
import { Progress, theme, Tooltip } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../components/api-error-alert';
import { useRequiredSession } from '../../lib/use-session';
import { toGauge, type Gauge } from './gauge-model';
import { useLevelColor, useNumber } from './components/use-level-color';
import { useRefreshQuotasAfterMutations, useQuotaUsage } from './queries';

/**
 * The header's quota indicator: gigabytes used / limit of the current project, coloured above 80 %,
 * linking to /quotas. It never polls: fetched once, again on window focus and after any mutation.
 * Its own Suspense boundary keeps the header from waiting for the `quotas` strings.
 */
export function QuotaWidget() {
  return (
    <Suspense fallback={null}>
      <QuotaIndicator />
    </Suspense>
  );
}

function QuotaIndicator() {
  const { t } = useTranslation('quotas');
  const { token } = theme.useToken();
  const session = useRequiredSession();
  const usage = useQuotaUsage(session.project.id);
  const color = useLevelColor();
  const num = useNumber();
  const errorMessage = useErrorMessage();
  useRefreshQuotasAfterMutations();

  const style = {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 8,
    height: 32,
    padding: '0 10px',
    borderRadius: token.borderRadius,
    border: `1px solid ${token.colorBorder}`,
    color: token.colorText,
    whiteSpace: 'nowrap' as const,
    fontVariantNumeric: 'tabular-nums' as const,
  };

  if (usage.error && !usage.data) {
    return (
      <Tooltip title={errorMessage(usage.error)}>
        <Link to="/quotas" style={{ ...style, color: token.colorTextSecondary }}>
          <WarningOutlined aria-hidden />
          {t('widget.failed')}
        </Link>
      </Tooltip>
    );
  }
  if (!usage.data) return null;

  const gigabytes = toGauge(usage.data.gigabytes);
  const pair = (g: Gauge) => (g.limit === null ? `${num(g.used)} / ∞` : `${num(g.used)} / ${num(g.limit)}`);
  const levelColor = gigabytes.limit === null ? token.colorTextQuaternary : color(gigabytes.level);
  const alarming = gigabytes.level !== 'normal';
  const used = num(gigabytes.used);
  return (
    <Tooltip title={t('widget.tooltip', { volumes: pair(toGauge(usage.data.volumes)), snapshots: pair(toGauge(usage.data.snapshots)) })}>
      <Link
        to="/quotas"
        data-level={gigabytes.level}
        aria-label={
          gigabytes.limit === null
            ? t('widget.labelUnlimited', { used })
            : t('widget.label', { used, limit: num(gigabytes.limit), percent: gigabytes.percent })
        }
        style={{ ...style, borderColor: alarming ? levelColor : token.colorBorder, color: alarming ? levelColor : token.colorText }}
      >
        <Progress type="circle" size={18} percent={gigabytes.percent ?? 0} showInfo={false} strokeColor={levelColor} aria-hidden />
        {gigabytes.limit === null ? t('widget.textUnlimited', { used }) : t('widget.text', { used, limit: num(gigabytes.limit) })}
      </Link>
    </Tooltip>
  );
}
