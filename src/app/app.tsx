import { ConfigProvider, theme as antdTheme } from 'antd';
import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
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
    // The query cache and the feedback layer (toasts, confirms) live in the shell: the login page uses
    // neither and should not download them.
    <ConfigProvider locale={locale} theme={theme}>
      <ThemedRoot>
        <Suspense fallback={<PageLoading />}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Suspense>
      </ThemedRoot>
    </ConfigProvider>
  );
}

/** The theme's text colour, font and size for everything, including plain elements (what antd's App did). */
function ThemedRoot({ children }: { children: ReactNode }) {
  const { token } = antdTheme.useToken();
  return <div style={{ color: token.colorText, fontFamily: token.fontFamily, fontSize: token.fontSize, lineHeight: token.lineHeight }}>{children}</div>;
}
