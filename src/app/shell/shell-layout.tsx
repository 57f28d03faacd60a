import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, Layout, theme } from 'antd';
import { Suspense, useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { subscribeSession } from '../../api/session';
import { ErrorBoundary } from '../../components/error-boundary';
import { PageLoading } from '../../components/page-states';
import { useIsAdmin } from '../../lib/use-session';
import { createQueryClient } from '../query-client';
import { featureRoutes } from '../routes';
import { LanguageSwitch } from '../../components/language-switch';
import { QuotaWidget } from '../../features/quotas/quota-widget';
import { ActivityButton } from './activity-button';
import { ActivityNotifier } from './activity-notifier';
import { ProjectSwitcher } from './project-switcher';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';
import './shell.css';

/**
 * Everything a signed-in page needs and the login page does not: the query cache and antd's App
 * (message / notification / modal hooks), around the navigation and header.
 */
export function ShellLayout() {
  // One cache per session: signing out unmounts the shell and drops it.
  const [queryClient] = useState(createQueryClient);
  // Another project means none of the cached data applies any more.
  useEffect(() => subscribeSession(() => queryClient.clear()), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <AntApp>
        <ShellFrame />
      </AntApp>
    </QueryClientProvider>
  );
}

function ShellFrame() {
  const { t } = useTranslation();
  const location = useLocation();
  const isAdmin = useIsAdmin();
  // Colours from the theme's tokens, so the shell follows the light / dark algorithm.
  const { token } = theme.useToken();
  const divider = `1px solid ${token.colorBorderSecondary}`;
  const visible = featureRoutes.filter((route) => !route.adminOnly || isAdmin);
  const navColors = {
    '--shell-radius': `${token.borderRadiusLG}px`,
    '--shell-text': token.colorText,
    '--shell-hover': token.colorFillTertiary,
    '--shell-focus': token.colorPrimaryBorder,
    '--shell-selected-bg': token.colorPrimaryBg,
    '--shell-selected': token.colorPrimaryText,
  } as CSSProperties;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={216} style={{ background: token.colorBgContainer, borderRight: divider }}>
        <div style={{ padding: '16px 20px' }}>
          <Link to="/" style={{ color: token.colorTextHeading, fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4, fontWeight: token.fontWeightStrong }}>
            {t('appName')}
          </Link>
        </div>
        <nav aria-label={t('nav.label')} className="shell-nav" style={navColors}>
          <ul>
            {visible.map((route) => (
              <li key={route.path}>
                <NavLink to={`/${route.path}`}>
                  <span aria-hidden>{route.icon}</span>
                  {t(route.nav)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: 'transparent', display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'flex-end', paddingInline: 24, borderBottom: divider }}
        >
          <ActivityNotifier />
          <ActivityButton />
          <QuotaWidget />
          <ProjectSwitcher />
          <LanguageSwitch />
          <ThemeSwitch />
          <UserMenu />
        </Layout.Header>
        {/* antd renders Content as <main> */}
        <Layout.Content style={{ padding: 24 }}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
