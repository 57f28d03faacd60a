import { QueryClientProvider } from '@tanstack/react-query';
import { ApartmentOutlined, CameraOutlined, CloudServerOutlined, DashboardOutlined, DatabaseOutlined, MenuOutlined, PieChartOutlined, TagsOutlined } from '@ant-design/icons';
import { Button, theme } from 'antd';
import { Suspense, useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { getSession, subscribeSession } from '../../api/session';
import { ErrorBoundary } from '../../components/error-boundary';
import { useIsPhone } from '../../components/list/use-phone';
import { FeedbackProvider } from '../../components/feedback/feedback';
import { PageLoading } from '../../components/page-states';
import { useIsAdmin } from '../../lib/use-session';
import { watchLinkPrefetch } from '../link-prefetch';
import { prefetchFirstScreen } from '../first-queries';
import { createQueryClient } from '../query-client';
import { featureRoutes, routeEnabled, type FeatureRoute } from '../route-table';
import { LanguageSwitch } from '../../components/language-switch';
import { QuotaWidget } from '../../features/quotas/quota-widget';
import { ActivityButton } from './activity-button';
import { ActivityNotifier } from './activity-notifier';
import { ProjectSwitcher } from './project-switcher';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';

const NAV_ICONS: Record<NonNullable<FeatureRoute['nav']>, ReactNode> = {
  'nav.volumes': <DatabaseOutlined />,
  'nav.snapshots': <CameraOutlined />,
  'nav.volumeTypes': <TagsOutlined />,
  'nav.qosSpecs': <DashboardOutlined />,
  'nav.storageMap': <ApartmentOutlined />,
  'nav.quotas': <PieChartOutlined />,
  'nav.services': <CloudServerOutlined />,
  'nav.backups': <CloudServerOutlined />,
};

/**
 * Everything a signed-in page needs and the login page does not: the query cache and the feedback
 * layer (toasts, notifications, confirms), around the navigation and header.
 */
export function ShellLayout() {
  // One cache per session: signing out unmounts the shell and drops it. It starts with the opened
  // list's first page when the entry already asked for it (app/first-queries).
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchFirstScreen(client, window.location, getSession());
    return client;
  });
  // Another project means none of the cached data applies any more. Reset, not clear: the pages on
  // screen keep their queries and read them again with the new token (a cleared query is orphaned and
  // its page waits for ever, as the volume detail did after "Move to another of my projects").
  useEffect(() => subscribeSession(() => void queryClient.resetQueries()), [queryClient]);
  // Links to console pages: code on hover/focus, the first read on click (app/link-prefetch).
  useEffect(() => watchLinkPrefetch(document), []);
  return (
    <QueryClientProvider client={queryClient}>
      <FeedbackProvider>
        <ShellFrame />
      </FeedbackProvider>
    </QueryClientProvider>
  );
}

function ShellFrame() {
  const { t } = useTranslation();
  const location = useLocation();
  const isAdmin = useIsAdmin();
  const phone = useIsPhone();
  // On narrow screens the navigation slides in; any navigation closes it again.
  const [navOpen, setNavOpen] = useState(false);
  const [navPath, setNavPath] = useState(location.pathname);
  if (navPath !== location.pathname) {
    setNavPath(location.pathname);
    setNavOpen(false);
  }
  // Escape closes the slid-in navigation, as it closes a dialog.
  useEffect(() => {
    if (!navOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setNavOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);
  // Colours from the theme's tokens, so the shell follows the light / dark algorithm.
  const { token } = theme.useToken();
  const visible = featureRoutes.filter((route): route is FeatureRoute & Required<Pick<FeatureRoute, 'nav'>> => !!route.nav && (!route.adminOnly || isAdmin) && routeEnabled(route));
  const colours = {
    '--shell-layout-bg': token.colorBgLayout,
    '--shell-sider-bg': token.colorBgContainer,
    '--shell-divider': token.colorBorderSecondary,
    '--shell-radius': `${token.borderRadiusLG}px`,
    '--shell-text': token.colorText,
    '--shell-hover': token.colorFillTertiary,
    '--shell-focus': token.colorPrimaryBorder,
    '--shell-selected-bg': token.colorPrimaryBg,
    '--shell-selected': token.colorPrimaryText,
  } as CSSProperties;

  return (
    <div className="shell" style={colours}>
      <aside className="shell-sider" id="shell-navigation" data-open={navOpen}>
        <div style={{ padding: '16px 20px' }}>
          <Link to="/" style={{ color: token.colorTextHeading, fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4, fontWeight: token.fontWeightStrong }}>
            {t('appName')}
          </Link>
        </div>
        <nav aria-label={t('nav.label')} className="shell-nav">
          <ul>
            {visible.map((route) => (
              <li key={route.path}>
                <NavLink to={`/${route.path}`}>
                  <span aria-hidden>{NAV_ICONS[route.nav]}</span>
                  {t(route.nav)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      {/* Dims the page under the slid-in navigation (narrow screens only); a tap beside it closes it. */}
      <div className="shell-backdrop" data-open={navOpen} aria-hidden onClick={() => setNavOpen(false)} />
      <div style={{ minWidth: 0 }}>
        <header className="shell-header">
          <Button
            className="shell-menu-toggle"
            icon={<MenuOutlined />}
            aria-label={t('nav.toggle')}
            aria-expanded={navOpen}
            aria-controls="shell-navigation"
            onClick={() => setNavOpen((open) => !open)}
          />
          <ActivityNotifier />
          <ActivityButton />
          <QuotaWidget />
          <ProjectSwitcher />
          {/* On a phone both are in the user menu. */}
          {phone ? null : <LanguageSwitch />}
          {phone ? null : <ThemeSwitch />}
          <UserMenu />
        </header>
        <main className="shell-content">
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
