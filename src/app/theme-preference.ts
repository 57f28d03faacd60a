/**
 * The theme the user chose and the one in force, with no antd or React: the entry reads it to draw the
 * first frame in the right colours before the app's code arrives.
 */

/** What the user chose in the header: follow the operating system, or force one look. */
export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];
export type ResolvedTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'cinder-console.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (themePreferences as readonly string[]).includes(value);
}

/** 'system' follows `prefers-color-scheme`; an explicit choice wins over it. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** The saved choice; anything unreadable or unknown means 'system'. */
export function readThemePreference(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): ThemePreference {
  try {
    const saved = storage?.getItem(THEME_STORAGE_KEY);
    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** A UI preference, not a secret: it may outlive the session, like the language. */
export function saveThemePreference(preference: ThemePreference, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The operating system's colour-scheme query (none outside a browser). */
export function systemMedia(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
}

/** The look in force right now (the entry's first frame; React follows changes with useResolvedTheme). */
export function currentResolvedTheme(): ResolvedTheme {
  return resolveTheme(readThemePreference(), systemMedia()?.matches ?? false);
}
