import { useTranslation } from 'react-i18next';
import { NativeSelect } from '../../components/native-select';
import { setThemePreference, themePreferences, useThemePreference, type ThemePreference } from '../theme';

export const themeLabelKeys = {
  system: 'themes.system',
  light: 'themes.light',
  dark: 'themes.dark',
} as const satisfies Record<ThemePreference, string>;

/** System / light / dark; the choice is remembered in this browser. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const preference = useThemePreference();
  return (
    <NativeSelect
      aria-label={t('header.theme')}
      value={preference}
      width={116}
      onChange={setThemePreference}
      options={themePreferences.map((value) => ({ value, label: t(themeLabelKeys[value]) }))}
    />
  );
}
