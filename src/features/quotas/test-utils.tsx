import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
// eslint-disable-next-line no-restricted-imports -- shared strings only, no shell code
import app from '../../app/locales/en-US.json';
// eslint-disable-next-line no-restricted-imports -- shared strings only, no shell code
import appZh from '../../app/locales/zh-CN.json';
import quotas from './locales/en-US.json';
import quotasZh from './locales/zh-CN.json';

/** Real antd and real strings in either language, inside a router (the widget and page link). */
export function renderQuotas(ui: ReactNode, language: 'en-US' | 'zh-CN' = 'en-US') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    resources: { 'en-US': { app, quotas }, 'zh-CN': { app: appZh, quotas: quotasZh } },
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nextProvider>,
  );
}
