import { theme } from 'antd';
import type { GaugeLevel } from '../../../domain/quotas';

/** Colour of a gauge by level, from the theme tokens (right in light and dark). */
export function useLevelColor() {
  const { token } = theme.useToken();
  return (level: GaugeLevel) => (level === 'full' ? token.colorError : level === 'warning' ? token.colorWarning : token.colorPrimary);
}
