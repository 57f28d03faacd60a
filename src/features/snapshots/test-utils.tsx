import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from 'antd';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import snapshots from './locales/en-US.json';

// Shared words as the running console has them; read, not imported (features do not import the shell).
const read = (path: string) => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8')) as Record<string, unknown>;

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'en-US',
  resources: { 'en-US': { app: read('src/app/locales/en-US.json'), list: read('src/components/list/locales/en-US.json'), snapshots } },
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

/** Real antd, real strings, a fresh QueryClient without retries. */
export function renderWithProviders(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <App>{ui}</App>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
