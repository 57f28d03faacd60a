import { useTranslation } from 'react-i18next';
import type { CapacityValue } from '../../../domain/storage';
import { numberFormat } from '../../../lib/intl';

/** Formats GiB figures in the page's language; 'infinite' / 'unknown' as words. */
export function useGib() {
  const { t, i18n } = useTranslation('storage-map');
  const number = numberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (value: CapacityValue | null): string => {
    if (value === null) return t('pool.notAvailable');
    if (value === 'infinite') return t('pool.infinite');
    if (value === 'unknown') return t('pool.unknown');
    return t('gib', { value: number.format(value) });
  };
}
