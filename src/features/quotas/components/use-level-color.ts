import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GaugeLevel } from '../../../domain/quotas';
import { numberFormat } from '../../../lib/intl';

/** Colour of a gauge by level, from the theme tokens (right in light and dark). */
export function useLevelColor() {
  const { token } = theme.useToken();
  return (level: GaugeLevel) => (level === 'full' ? token.colorError : level === 'warning' ? token.colorWarning : token.colorPrimary);
}

/** Numbers in the page's language (12,345 / 12,345). */
export function useNumber() {
  const { i18n } = useTranslation();
  const format = numberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}
