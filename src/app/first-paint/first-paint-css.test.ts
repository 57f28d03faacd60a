import { readFileSync } from 'node:fs';
import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { themeConfig } from '../theme';

const css = readFileSync(new URL('./first-paint.css', import.meta.url), 'utf8');

/** The custom properties and font of the rule whose selector is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
  const body = new RegExp(`(?:^|\\n)${selector.replace(/[.[\]'()]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/([-\w]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const normalise = (value: string | undefined) => value?.replace(/\s+/g, '').toLowerCase();

// The frame is drawn before antd runs, so its colours are written out; they must stay antd's.
describe('first-paint.css', () => {
  for (const [resolved, selector] of [
    ['light', '.first-paint'],
    ['dark', "html[data-theme='dark'] .first-paint"],
  ] as const) {
    it(`has the ${resolved} theme's layout, sidebar, divider and heading colours`, () => {
      const token = antdTheme.getDesignToken(themeConfig(resolved));
      const rule = declarations(selector);
      expect(normalise(rule['--shell-layout-bg'])).toBe(normalise(token.colorBgLayout));
      expect(normalise(rule['--shell-sider-bg'])).toBe(normalise(token.colorBgContainer));
      expect(normalise(rule['--shell-divider'])).toBe(normalise(token.colorBorderSecondary));
      expect(normalise(rule['--first-paint-heading'])).toBe(normalise(token.colorTextHeading));
    });
  }

  it("sets antd's font and size", () => {
    const token = antdTheme.getDesignToken(themeConfig('light'));
    const rule = declarations('.first-paint');
    expect(normalise(rule['font-family'])).toBe(normalise(token.fontFamily));
    expect(rule['font-size']).toBe(`${token.fontSize}px`);
  });
});
