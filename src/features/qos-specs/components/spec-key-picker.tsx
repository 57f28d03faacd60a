import { AutoComplete } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSpecValue, specUnit, standardSpecKeys } from '../../../domain/qos-specs';
import { unitLabelKey } from '../problem-text';

interface SpecKeyPickerProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Keys already present: not offered again. */
  exclude?: readonly string[];
  status?: 'error';
  'aria-label'?: string;
}

/** A standard front-end key from the list, or any free key typed in (back-end specs are driver-defined). */
export function SpecKeyPicker({ id, value, onChange, exclude = [], status, 'aria-label': ariaLabel }: SpecKeyPickerProps) {
  const { t } = useTranslation('qos-specs');
  const options = useMemo(() => {
    const text = (value ?? '').trim().toLowerCase();
    const standard = standardSpecKeys
      .filter((k) => !exclude.includes(k.key) && (!text || k.key.includes(text)))
      .map((k) => ({ value: k.key, label: `${k.key} (${t(unitLabelKey[k.unit])})` }));
    return standard.length ? [{ label: t('keys.standardKeys'), options: standard }] : [];
  }, [value, exclude, t]);

  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(next: string) => onChange?.(next)}
      options={options}
      status={status}
      placeholder={t('keys.pickKeyPlaceholder')}
      aria-label={ariaLabel ?? t('keys.pickKey')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}

/** The unit a key's value is in, and the value read back in a friendlier unit ("= 100 MiB/s"). */
export function SpecValueHint({ specKey, value }: { specKey: string; value: string }) {
  const { t } = useTranslation('qos-specs');
  const unit = specUnit(specKey);
  if (!unit) return <span>{t('keys.unitFree')}</span>;
  const readable = /^\d+$/.test(value.trim()) ? formatSpecValue(specKey, value) : null;
  const showReadable = readable && (unit === 'bytesPerSec' || unit === 'bytesPerSecPerGb' || unit === 'bytes');
  return (
    <span>
      {t(unitLabelKey[unit])}
      {showReadable ? ` ${t('keys.equals', { value: readable })}` : null}
    </span>
  );
}
