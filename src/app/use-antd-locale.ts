import type { Locale } from 'antd/es/locale';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// dayjs is English by default and only pages that show dates load it, so it is imported (with its
// Chinese pack) only when switching to Chinese, and reset only if it was switched before.
let dayjsLocalized = false;

/** antd's and dayjs's strings follow i18next; only the current language's pack is downloaded. */
async function loadLocale(language: string): Promise<Locale | undefined> {
  if (language === 'zh-CN') {
    const [antd, { default: dayjs }] = await Promise.all([import('antd/es/locale/zh_CN'), import('dayjs'), import('dayjs/locale/zh-cn')]);
    dayjs.locale('zh-cn');
    dayjsLocalized = true;
    return antd.default;
  }
  if (dayjsLocalized) {
    const { default: dayjs } = await import('dayjs');
    dayjs.locale('en');
    dayjsLocalized = false;
  }
  return undefined; // antd's built-in default is en_US
}

export function useAntdLocale(): Locale | undefined {
  const { i18n } = useTranslation();
  const [locale, setLocale] = useState<{ language: string; pack: Locale | undefined }>();
  useEffect(() => {
    let cancelled = false;
    void loadLocale(i18n.language).then((pack) => {
      if (!cancelled) setLocale({ language: i18n.language, pack });
    });
    return () => {
      cancelled = true;
    };
  }, [i18n.language]);
  return locale?.pack;
}
