import { describe, expect, it } from 'vitest';
import { isThemePreference, readableTagTokens, readThemePreference, resolveTheme, saveThemePreference, TAG_HUES, themeConfig } from './theme';
import { theme } from 'antd';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('theme preference', () => {
  it('system follows prefers-color-scheme; an explicit choice wins', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('reads the saved choice, and falls back to system for nothing, junk or a blocked storage', () => {
    expect(readThemePreference(memoryStorage({ 'cinder-console.theme': 'dark' }))).toBe('dark');
    expect(readThemePreference(memoryStorage())).toBe('system');
    expect(readThemePreference(memoryStorage({ 'cinder-console.theme': 'purple' }))).toBe('system');
    expect(readThemePreference({ getItem: () => { throw new Error('SecurityError'); } })).toBe('system');
    expect(readThemePreference(undefined)).toBe('system');
  });

  it('saves what it reads back, and survives a storage that refuses', () => {
    const storage = memoryStorage();
    saveThemePreference('light', storage);
    expect(readThemePreference(storage)).toBe('light');
    expect(() => saveThemePreference('dark', { setItem: () => { throw new Error('QuotaExceededError'); } })).not.toThrow();
  });

  it('knows its values', () => {
    expect(['system', 'light', 'dark'].every(isThemePreference)).toBe(true);
    expect(isThemePreference('auto')).toBe(false);
    expect(isThemePreference(null)).toBe(false);
  });

  it('maps the resolved theme to antd algorithms with the brand colour', () => {
    expect(themeConfig('dark').algorithm).toBe(theme.darkAlgorithm);
    expect(themeConfig('light').algorithm).toBe(theme.defaultAlgorithm);
    expect(themeConfig('dark').token?.colorPrimary).toBe('#c2410c');
  });
});

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('readable tags', () => {
  it.each(['light', 'dark'] as const)('every preset and status tag reads at 4.5:1 on its own background (%s)', (resolved) => {
    const config = themeConfig(resolved);
    const token = theme.getDesignToken(config) as unknown as Record<string, string>;
    const tag = readableTagTokens(resolved);
    const pairs: [string, string, string][] = [
      ...TAG_HUES.map((hue): [string, string, string] => [hue, tag[`${hue}7`]!, token[`${hue}1`]!]),
      ['success', tag.colorSuccess!, token.colorSuccessBg!],
      ['processing', tag.colorInfo!, token.colorInfoBg!],
      ['error', tag.colorError!, token.colorErrorBg!],
      ['warning', tag.colorWarning!, token.colorWarningBg!],
    ];
    const poor = pairs.filter(([, text, background]) => contrast(text, background) < 4.5).map(([name, text, background]) => `${name} ${text} on ${background}`);
    expect(poor).toEqual([]);
  });

  it('leaves the rest of the theme alone', () => {
    expect(themeConfig('light').components?.Tag).toBeDefined();
    expect(themeConfig('light').token?.colorSuccess).toBeUndefined();
  });
});

describe('links and the modal mask', () => {
  it.each(['light', 'dark'] as const)('links are in the brand hue, not antd blue, and read at 4.5:1 on the page (%s)', (resolved) => {
    const token = theme.getDesignToken(themeConfig(resolved)) as unknown as Record<string, string>;
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return r! > b! && r! > g!;
    };
    expect(hue(token.colorLink!)).toBe(true);
    expect(contrast(token.colorLink!, token.colorBgContainer!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.colorLink!, token.colorBgLayout!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the dark theme dims the page behind a dialog visibly (the dark page under antd’s 45 % mask hardly changes)', () => {
    const alpha = (rgba: string) => Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(rgba)?.[1]);
    expect(alpha(theme.getDesignToken(themeConfig('dark')).colorBgMask)).toBeGreaterThanOrEqual(0.65);
  });
});
