import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from 'antd';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
// The shared `app` strings (buttons, errors) are part of what a test reads; only strings, no shell code.
// eslint-disable-next-line no-restricted-imports
import app from '../../app/locales/en-US.json';
// eslint-disable-next-line no-restricted-imports
import appZh from '../../app/locales/zh-CN.json';
import qosSpecs from './locales/en-US.json';
import qosSpecsZh from './locales/zh-CN.json';

/** Real antd, real strings (either language), a fresh QueryClient without retries. */
export function renderWithProviders(ui: ReactNode, language: 'en-US' | 'zh-CN' = 'en-US') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    resources: { 'en-US': { app, 'qos-specs': qosSpecs }, 'zh-CN': { app: appZh, 'qos-specs': qosSpecsZh } },
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <App>{ui}</App>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, client };
}
