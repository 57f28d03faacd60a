import type { Locale } from 'antd/es/locale';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** antd's and dayjs's strings follow i18next; only the current language's pack is downloaded. */
async function loadLocale(language: string): Promise<Locale | undefined> {
  if (language === 'zh-CN') {
    const [antd] = await Promise.all([import('antd/es/locale/zh_CN'), import('dayjs/locale/zh-cn')]);
    dayjs.locale('zh-cn');
    return antd.default;
  }
  dayjs.locale('en');
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
