import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { isLanguage, languages } from '../i18n/languages';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('header.language')}
      value={i18n.language}
      style={{ width: 110 }}
      onChange={(value: string) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
      options={languages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
    />
  );
}
