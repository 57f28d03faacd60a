import { useTranslation } from 'react-i18next';
import { numberFormat } from './intl';

/**
 * Numbers as the page's language groups them ("2,000"; one decimal at most): every quota figure — header,
 * quotas page, create dialogs — goes through this one, so the same limit never reads "2,000" here and "2000" there.
 */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const format = numberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}
