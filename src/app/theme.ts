import { theme as antdTheme, type ThemeConfig } from 'antd';
import { useEffect, useSyncExternalStore } from 'react';
import { isThemePreference, systemMedia, readThemePreference, resolveTheme, saveThemePreference, THEME_STORAGE_KEY, type ResolvedTheme, type ThemePreference } from './theme-preference';

export { isThemePreference, readThemePreference, resolveTheme, saveThemePreference, themePreferences, type ResolvedTheme, type ThemePreference } from './theme-preference';

/** The brand colour; both algorithms derive their palettes from it. */
export const BRAND_COLOR = '#c2410c';

/**
 * antd's default faint text (45 % black: descriptions, form help, secondary text), 25 % placeholders
 * and #1677ff links fall under WCAG AA 4.5:1 on white (Lighthouse colour-contrast); these keep the look
 * and pass.
 */
const CONTRAST_TOKENS: Record<ResolvedTheme, ThemeConfig['token']> = {
  // Red 7: danger buttons and error text at 5:1 on white (antd's red 5 gives 3.3:1).
  light: { colorTextTertiary: 'rgba(0, 0, 0, 0.62)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)', colorLink: BRAND_COLOR, colorError: '#cf1322' },
  // Links in the brand's hue (antd's dark links are blue while buttons and navigation are orange), lifted to
  // 5:1 on the elevated dark surfaces (a seed: the dark algorithm darkens it to #cf7852); a deeper mask, since antd's 45 % black hardly darkens a dark page.
  dark: { colorTextTertiary: 'rgba(255, 255, 255, 0.62)', colorTextPlaceholder: 'rgba(255, 255, 255, 0.5)', colorLink: '#f08a5d', colorBgMask: 'rgba(0, 0, 0, 0.7)' },
};

/** antd's preset tag colours (`<Tag color="volcano">`). */
export const TAG_HUES = ['red', 'volcano', 'orange', 'gold', 'yellow', 'lime', 'green', 'cyan', 'blue', 'geekblue', 'purple', 'magenta'] as const;
/** Light palettes too pale at shade 8 on their own shade-1 background: shade 9 reads at 4.5:1. */
const PALE_HUES: ReadonlySet<string> = new Set(['gold', 'yellow', 'lime']);

/**
 * Tag text that reads at WCAG AA (4.5:1) on the tag's own tinted background. antd writes a preset tag
 * in shade 7 and a status tag (success, processing, error, warning) in the base colour, 1.8–4.4:1 in the
 * light theme. Inside Tag only, those tokens point at darker shades (lighter ones in the dark theme,
 * whose palettes run the other way); backgrounds and borders stay antd's.
 */
export function readableTagTokens(resolved: ResolvedTheme): Record<string, string> {
  const algorithm = resolved === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm;
  const palette = antdTheme.getDesignToken({ algorithm, token: { colorPrimary: BRAND_COLOR } }) as unknown as Record<string, string>;
  const shade = (hue: string) => palette[`${hue}${resolved === 'light' && PALE_HUES.has(hue) ? 9 : 8}`]!;
  const tokens: Record<string, string> = {};
  for (const hue of TAG_HUES) tokens[`${hue}7`] = shade(hue);
  tokens.colorSuccess = shade('green');
  tokens.colorInfo = resolved === 'light' ? palette.blue7! : shade('blue');
  tokens.colorError = resolved === 'light' ? palette.red7! : shade('red');
  tokens.colorWarning = shade('gold');
  return tokens;
}

const configs = new Map<ResolvedTheme, ThemeConfig>();

/** The ConfigProvider theme of `resolved`; built once (the tag palette costs a full token derivation). */
export function themeConfig(resolved: ResolvedTheme): ThemeConfig {
  let config = configs.get(resolved);
  if (!config) {
    config = buildThemeConfig(resolved);
    configs.set(resolved, config);
  }
  return config;
}

function buildThemeConfig(resolved: ResolvedTheme): ThemeConfig {
  return {
    algorithm: resolved === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm,
    token: { colorPrimary: BRAND_COLOR, ...CONTRAST_TOKENS[resolved] },
    components: {
      Tag: readableTagTokens(resolved),
      // antd's Table writes its empty placeholder in the disabled grey (1.9:1): it is content, not a control.
      Table: { colorTextDisabled: CONTRAST_TOKENS[resolved]!.colorTextTertiary! },
    },
  };
}

// ---- The live preference (one per page), shared by the switch and the ConfigProvider

let current: ThemePreference = readThemePreference();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function subscribePreference(listener: () => void) {
  listeners.add(listener);
  // Another tab changed it: follow, so all open consoles look the same.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const next = isThemePreference(event.newValue) ? event.newValue : 'system';
    if (next !== current) {
      current = next;
      notify();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setThemePreference(preference: ThemePreference): void {
  current = preference;
  saveThemePreference(preference);
  notify();
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribePreference, () => current, () => current);
}

function subscribeSystem(listener: () => void) {
  const media = systemMedia();
  media?.addEventListener('change', listener);
  return () => media?.removeEventListener('change', listener);
}

const systemPrefersDark = () => systemMedia()?.matches ?? false;

export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribeSystem, systemPrefersDark, () => false);
}

/** The look in force, following the OS live when the preference is 'system'. */
export function useResolvedTheme(): ResolvedTheme {
  return resolveTheme(useThemePreference(), useSystemPrefersDark());
}

/**
 * Native parts (scrollbars, form autofill) follow the theme too, and the page behind the app takes the
 * layout colour without the browser's 8 px body margin — otherwise a light frame shows around a dark console.
 * `colours` are the ConfigProvider's own tokens (no second token derivation).
 */
export function useDocumentColorScheme(resolved: ResolvedTheme, colours: { background: string; text: string }): void {
  const { background, text } = colours;
  useEffect(() => {
    const root = document.documentElement;
    root.style.colorScheme = resolved;
    root.dataset.theme = resolved;
    document.body.style.margin = '0';
    document.body.style.background = background;
    document.body.style.color = text;
  }, [resolved, background, text]);
}
