import { WarningOutlined } from '@ant-design/icons';
import { theme, Tooltip } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../components/api-error-alert';
import { useRequiredSession } from '../../lib/use-session';
import { toGauge, type Gauge } from '../../domain/quotas';
import { useLevelColor } from './components/use-level-color';
import { useNumberFormat } from '../../lib/use-number-format';
import { useRefreshQuotasAfterMutations, useQuotaUsage } from '../../queries/quotas';

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
  const num = useNumberFormat();
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
    minWidth: 150,
    justifyContent: 'center',
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
  // Until the figures arrive, hold the widget's place: the header must not re-wrap and push the page
  // down when they do (Lighthouse measured a 0.9 layout shift on a phone-sized screen).
  if (!usage.data) return <span aria-hidden style={{ ...style, visibility: 'hidden' }} />;

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
        <UsageBar percent={gigabytes.percent ?? 0} color={levelColor} track={token.colorFillSecondary} />
        {gigabytes.limit === null ? t('widget.textUnlimited', { used }) : t('widget.text', { used, limit: num(gigabytes.limit) })}
      </Link>
    </Tooltip>
  );
}

/**
 * A small horizontal bar filled to `percent`: a ring of this size read as a loading spinner beside the figures.
 * Plain spans (antd's Progress would add its whole module to every page's header).
 */
function UsageBar({ percent, color, track }: { percent: number; color: string; track: string }) {
  const filled = Math.min(Math.max(percent, 0), 100);
  return (
    <span aria-hidden data-part="usage-bar" style={{ display: 'inline-block', width: 36, height: 6, borderRadius: 3, background: track, overflow: 'hidden' }}>
      <span data-part="usage-bar-fill" style={{ display: 'block', width: `${filled}%`, height: '100%', borderRadius: 3, background: color }} />
    </span>
  );
}
