import { theme as antdTheme } from 'antd';
import { Suspense, useEffect, type CSSProperties, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { PageLoading } from '../components/page-states';
import { ConsoleConfigProvider } from './console-config';
import { AppRoutes } from './router';
import { watchSessionEnd } from './session-expiry';
import { themeConfig, useDocumentColorScheme, useResolvedTheme, type ResolvedTheme } from './theme';
import { useAntdLocale } from './use-antd-locale';
import './base.css';

export function App() {
  const locale = useAntdLocale();
  const resolvedTheme = useResolvedTheme();
  const theme = themeConfig(resolvedTheme);

  useEffect(() => watchSessionEnd(), []);

  return (
    // The query cache and the feedback layer (toasts, confirms) live in the shell: the login page uses
    // neither and should not download them.
    <ConsoleConfigProvider locale={locale} theme={theme}>
      <ThemedRoot resolved={resolvedTheme}>
        <Suspense fallback={<PageLoading />}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Suspense>
      </ThemedRoot>
    </ConsoleConfigProvider>
  );
}

/** The theme's text and link colours, font and size for everything, including plain elements (base.css). */
function ThemedRoot({ resolved, children }: { resolved: ResolvedTheme; children: ReactNode }) {
  const { token } = antdTheme.useToken();
  useDocumentColorScheme(resolved, { background: token.colorBgLayout, text: token.colorText });
  const style = {
    color: token.colorText,
    fontFamily: token.fontFamily,
    fontSize: token.fontSize,
    lineHeight: token.lineHeight,
    '--app-link': token.colorLink,
    '--app-link-hover': token.colorLinkHover,
    '--app-link-active': token.colorLinkActive,
    '--app-focus': token.colorPrimaryBorder,
  } as CSSProperties;
  return (
    <div className="app-root" style={style}>
      {children}
    </div>
  );
}
