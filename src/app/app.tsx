import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { subscribeSession } from '../api/session';
import { PageLoading } from '../components/page-states';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';
import { watchSessionEnd } from './session-expiry';
import { themeConfig, useDocumentColorScheme, useResolvedTheme } from './theme';
import { useAntdLocale } from './use-antd-locale';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const locale = useAntdLocale();
  const resolvedTheme = useResolvedTheme();
  const theme = useMemo(() => themeConfig(resolvedTheme), [resolvedTheme]);
  useDocumentColorScheme(resolvedTheme);

  useEffect(() => watchSessionEnd(), []);
  // Another project (or no session) means none of the cached data applies any more.
  useEffect(() => subscribeSession(() => queryClient.clear()), [queryClient]);

  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<PageLoading />}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </Suspense>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
