import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { subscribeSession } from '../api/session';
import { PageLoading } from '../components/page-states';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';
import { watchSessionEnd } from './session-expiry';
import { useAntdLocale } from './use-antd-locale';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const locale = useAntdLocale();

  useEffect(() => watchSessionEnd(), []);
  // Another project (or no session) means none of the cached data applies any more.
  useEffect(() => subscribeSession(() => queryClient.clear()), [queryClient]);

  return (
    <ConfigProvider locale={locale} theme={{ token: { colorPrimary: '#c2410c' } }}>
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
