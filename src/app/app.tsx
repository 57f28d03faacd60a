import { ConfigProvider } from 'antd';
import { Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { PageLoading } from '../components/page-states';
import { AppRoutes } from './router';
import { watchSessionEnd } from './session-expiry';
import { themeConfig, useDocumentColorScheme, useResolvedTheme } from './theme';
import { useAntdLocale } from './use-antd-locale';

export function App() {
  const locale = useAntdLocale();
  const resolvedTheme = useResolvedTheme();
  const theme = useMemo(() => themeConfig(resolvedTheme), [resolvedTheme]);
  useDocumentColorScheme(resolvedTheme);

  useEffect(() => watchSessionEnd(), []);

  return (
    // antd's App (message / notification / modal hooks) and the query cache live in the shell: the
    // login page uses neither and should not download them.
    <ConfigProvider locale={locale} theme={theme}>
      <Suspense fallback={<PageLoading />}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </Suspense>
    </ConfigProvider>
  );
}
