import type { Locale } from 'antd/es/locale';
// antd's own default pack (its ConfigProvider imports it): no extra bytes.
import enUS from 'antd/es/locale/en_US';
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// dayjs is English by default and only pages that show dates load it, so it is imported (with its
// Chinese pack) only when switching to Chinese, and reset only if it was switched before.
let dayjsLocalized = false;
/**
 * The pack of each language once loaded. English is antd's en_US object, never "no locale": antd's
 * ConfigProvider wraps its children in a LocaleProvider only when given a locale, so going from none to
 * zh-CN changed the tree's shape and remounted the whole console (state lost, a click in flight eaten).
 */
const packs = new Map<string, Locale>();

/** antd's and dayjs's strings for `language`; only that language's pack is downloaded. */
export async function loadAntdLocale(language: string): Promise<Locale> {
  let pack: Locale = enUS;
  if (language === 'zh-CN') {
    const [antd, { default: dayjs }] = await Promise.all([import('antd/es/locale/zh_CN'), import('dayjs'), import('dayjs/locale/zh-cn')]);
    dayjs.locale('zh-cn');
    dayjsLocalized = true;
    pack = antd.default;
  } else if (dayjsLocalized) {
    const { default: dayjs } = await import('dayjs');
    dayjs.locale('en');
    dayjsLocalized = false;
  }
  packs.set(language, pack);
  return pack;
}

/**
 * antd's strings follow i18next. The pack of the language the console starts in is loaded before the
 * first render (boot.tsx), so that render is final; a later switch loads the other one and re-renders
 * in a transition (no blocking re-render of the whole console).
 */
export function useAntdLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [locale, setLocale] = useState(() => ({ language, pack: packs.get(language) ?? enUS }));
  useEffect(() => {
    if (locale.language === language && packs.has(language)) return;
    let cancelled = false;
    void loadAntdLocale(language).then((pack) => {
      if (!cancelled) startTransition(() => setLocale({ language, pack }));
    });
    return () => {
      cancelled = true;
    };
  }, [language, locale.language]);
  return locale.pack;
}
