import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, initialLanguage, saveLanguage } from './languages';
import { namespaceOf } from './namespace';

/**
 * Every `…/locales/<language>.json` is a namespace named after the folder that owns it
 * (src/app/locales → "app", src/features/volumes/locales → "volumes"). Each file is its own chunk,
 * so only the current language's strings for the pages in use are downloaded.
 */
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../**/locales/*.json');

const loaders = new Map<string, () => Promise<{ default: Record<string, unknown> }>>();
for (const [path, load] of Object.entries(localeFiles)) {
  const key = namespaceOf(path);
  if (key) loaders.set(`${key.language}/${key.namespace}`, load);
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = loaders.get(`${language}/${namespace}`);
    if (!load) return callback(new Error(`No strings for ${language}/${namespace}`), false);
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

/** Starts i18next with the app's strings and `namespaces` (those the first screen shows) in one go. */
export async function initI18n(language: Language = initialLanguage(), namespaces: string[] = []) {
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: ['en-US', 'zh-CN'],
      load: 'currentOnly',
      ns: ['app', ...namespaces],
      defaultNS: 'app',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      react: { useSuspense: true },
      showSupportNotice: false, // no console advertisement in users' browsers
    });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language) {
  saveLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
