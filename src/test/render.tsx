import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/router';
import { FeedbackProvider } from '../components/feedback/feedback';
import { namespaceOf } from '../i18n/namespace';

type Strings = Record<string, unknown>;

// Every namespace's strings as the running console has them, in both languages.
const files = import.meta.glob<Strings>('../**/locales/*.json', { eager: true, import: 'default' });
const resources: Record<string, Record<string, Strings>> = {};
for (const [path, strings] of Object.entries(files)) {
  const key = namespaceOf(path);
  if (key) (resources[key.language] ??= {})[key.namespace] = strings;
}

type Language = 'en-US' | 'zh-CN';

interface RenderOptions {
  language?: Language;
  /** The URL the router starts at (default `/`). */
  route?: string;
}

/**
 * Renders a component the way the console does: real antd (inside the FeedbackProvider for message/modal), real
 * strings in either language, a router, and a fresh QueryClient without retries.
 */
export function renderWithProviders(ui: ReactNode, options: Language | RenderOptions = {}) {
  const { language = 'en-US', route = '/' } = typeof options === 'string' ? { language: options } : options;
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    resources,
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    showSupportNotice: false,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[route]}>
          <FeedbackProvider>{ui}</FeedbackProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, client };
}

/**
 * Renders the console's real route table at `route`: sign-in guard, shell (with its own query client, as in
 * the app) and the lazily loaded page. Sign in first (src/test/emulator.ts) or it shows the login page.
 */
export function renderRoute(route: string, language: Language = 'en-US') {
  return renderWithProviders(<AppRoutes />, { route, language });
}
