import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { languages } from '../i18n/languages';
import { NativeSelect } from './native-select';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('header.language')}
      value={languages.find((language) => language === i18n.language) ?? languages[0]}
      width={110}
      onChange={(language) => void changeLanguage(language)}
      options={languages.map((language) => ({ value: language, label: t(`languages.${language}`), lang: language }))}
    />
  );
}
