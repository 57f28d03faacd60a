import { Layout, Menu, Typography, theme } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { PageLoading } from '../../components/page-states';
import { useIsAdmin } from '../../lib/use-session';
import { featureRoutes } from '../routes';
import { LanguageSwitch } from '../../components/language-switch';
import { QuotaWidget } from '../../features/quotas/quota-widget';
import { ActivityButton } from './activity-button';
import { ActivityNotifier } from './activity-notifier';
import { ProjectSwitcher } from './project-switcher';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';

export function ShellLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const isAdmin = useIsAdmin();
  // Colours from the theme's tokens, so the shell follows the light / dark algorithm.
  const { token } = theme.useToken();
  const divider = `1px solid ${token.colorBorderSecondary}`;
  const visible = featureRoutes.filter((route) => !route.adminOnly || isAdmin);
  const selected = visible.find((route) => location.pathname.startsWith(`/${route.path}`));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={216} style={{ background: token.colorBgContainer, borderRight: divider }}>
        <div style={{ padding: '16px 20px' }}>
          <Link to="/" style={{ color: 'inherit' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('appName')}
            </Typography.Title>
          </Link>
        </div>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            items={visible.map((route) => ({
              key: route.path,
              icon: route.icon,
              label: <Link to={`/${route.path}`}>{t(route.nav)}</Link>,
            }))}
          />
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
