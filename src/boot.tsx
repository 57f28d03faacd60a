import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { ConsoleConfig } from './api/config';
import { App } from './app/app';
import { loadFirstScreenComponents } from './app/router';
import { getSession } from './api/session';
import { loadAntdLocale } from './app/use-antd-locale';
import type { Language } from './i18n/languages';
import { initI18n } from './i18n';

/**
 * Waits for the runtime config (asked for by the entry), loads the first screen's strings (`namespaces`,
 * besides the app's own), antd's strings and the first screen's components (app/router), then renders
 * the console in place of index.html's first frame.
 */
export async function boot(language: Language, namespaces: string[], config: Promise<ConsoleConfig>) {
  await Promise.all([config, initI18n(language, namespaces), loadAntdLocale(language), loadFirstScreenComponents(window.location.pathname, getSession())]);
  const root = createRoot(document.getElementById('root')!);
  // A transition renders in slices that yield to the browser, so the first render never blocks input
  // for long, and what index.html drew stays up until the console's first screen is ready.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
