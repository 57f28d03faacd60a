export const languages = ['en-US', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'cinder-console.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The user's saved choice first, then the browser's language; Chinese variants map to zh-CN. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage blocked: fall back to the browser language
  }
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    if (/^zh\b/i.test(tag)) return 'zh-CN';
    if (/^en\b/i.test(tag)) return 'en-US';
  }
  return 'en-US';
}

/** The language is a UI preference, not a secret, so it may outlive the session. */
export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // ignore: the choice then lasts for this page only
  }
}
