import { theme } from 'antd';
import { capacityLevel } from '../../../domain/storage';

interface CapacityBarProps {
  /** 0…1 (used) or any positive ratio (allocated may exceed 1 on thin pools). */
  ratio: number | null;
  label: string;
  /** Allocated bars use a calmer colour: they warn only when above the total. */
  kind: 'used' | 'allocated';
}

/**
 * A horizontal bar in plain SVG. The figure is decorative for screen readers: the pool's text
 * (and the aria-label of the group around the bars) carries the numbers.
 */
export function CapacityBar({ ratio, label, kind }: CapacityBarProps) {
  const { token } = theme.useToken();
  const level = capacityLevel(ratio === null ? null : Math.min(ratio, 1));
  const fill =
    kind === 'allocated'
      ? ratio !== null && ratio > 1
        ? token.colorWarning
        : token.colorInfo
      : level === 'critical'
        ? token.colorError
        : level === 'warning'
          ? token.colorWarning
          : token.colorSuccess;
  const width = ratio === null ? 0 : Math.min(ratio, 1) * 100;
  const percent = ratio === null ? '–' : `${Math.round(ratio * 100)} %`;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '72px 1fr 52px', alignItems: 'center', gap: 8, fontSize: token.fontSizeSM }}>
      <span style={{ color: token.colorTextSecondary }}>{label}</span>
      <svg width="100%" height="10" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
        <rect x="0" y="0" width="100%" height="10" rx="5" fill={token.colorFillSecondary} />
        {width > 0 ? <rect x="0" y="0" width={`${width}%`} height="10" rx="5" fill={fill} /> : null}
      </svg>
      <span style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{percent}</span>
    </div>
  );
}
