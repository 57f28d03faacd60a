import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isThemePreference, setThemePreference, themePreferences, useThemePreference, type ThemePreference } from '../theme';

const labelKeys = {
  system: 'themes.system',
  light: 'themes.light',
  dark: 'themes.dark',
} as const satisfies Record<ThemePreference, string>;

/** System / light / dark; the choice is remembered in this browser. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const preference = useThemePreference();
  return (
    <Select
      aria-label={t('header.theme')}
      value={preference}
      style={{ width: 116 }}
      onChange={(value: string) => {
        if (isThemePreference(value)) setThemePreference(value);
      }}
      options={themePreferences.map((value) => ({ value, label: t(labelKeys[value]) }))}
    />
  );
}
