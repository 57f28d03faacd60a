/**
 * Writes the navigation's labels in every language into index.html (a JSON data block, which CSP lets
 * through: it is never executed), so the entry can draw the first frame with the page's title before
 * any strings are downloaded. The labels stay in src/app/locales, the one place they are written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LANGUAGES = ['en-US', 'zh-CN'];
const ELEMENT_ID = 'first-paint-titles';

export function navTitles(localesDir: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      const strings = JSON.parse(readFileSync(join(localesDir, `${language}.json`), 'utf8')) as { nav?: Record<string, string> };
      return [language, strings.nav ?? {}];
    }),
  );
}

/** JSON safe inside a <script> element: no "</script>" (or "<!--") can close or comment it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** `localesDir`: src/app/locales (the app namespace's strings). */
export function firstPaintTitles(localesDir: string): Plugin {
  return {
    name: 'cinder-console:first-paint-titles',
    transformIndexHtml: () => [{ tag: 'script', attrs: { type: 'application/json', id: ELEMENT_ID }, children: scriptSafeJson(navTitles(localesDir)), injectTo: 'body' }],
  };
}
