import { describe, expect, it } from 'vitest';
import { isThemePreference, readThemePreference, resolveTheme, saveThemePreference, themeConfig } from './theme';
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
