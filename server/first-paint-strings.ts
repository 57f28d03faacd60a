/**
 * Writes the few strings the entry needs before any are downloaded into index.html, in every language:
 * the navigation's labels (the first frame's page title) and what to say if the app cannot be loaded.
 * A JSON data block, which CSP lets through: it is never executed. The strings stay in
 * src/app/locales, the one place they are written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LANGUAGES = ['en-US', 'zh-CN'];
const ELEMENT_ID = 'first-paint-strings';

interface AppStrings {
  nav?: Record<string, string>;
  boot?: { failed?: string };
  actions?: { reload?: string };
}

export function readFirstPaintStrings(localesDir: string): Record<string, { nav: Record<string, string>; bootFailed?: string; reload?: string }> {
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      const strings = JSON.parse(readFileSync(join(localesDir, `${language}.json`), 'utf8')) as AppStrings;
      return [language, { nav: strings.nav ?? {}, bootFailed: strings.boot?.failed, reload: strings.actions?.reload }];
    }),
  );
}

/** JSON safe inside a <script> element: no "</script>" (or "<!--") can close or comment it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** `localesDir`: src/app/locales (the app namespace's strings). */
export function firstPaintStrings(localesDir: string): Plugin {
  return {
    name: 'cinder-console:first-paint-strings',
    transformIndexHtml: () => [{ tag: 'script', attrs: { type: 'application/json', id: ELEMENT_ID }, children: scriptSafeJson(readFirstPaintStrings(localesDir)), injectTo: 'body' }],
  };
}
