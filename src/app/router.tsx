import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Suspense, type ComponentType } from 'react';
import type { Session } from '../api/session';
import { ErrorBoundary } from '../components/error-boundary';
import { lazyComponent } from '../lib/lazy-component';
import { NeedsAdminPage, NotFoundPage, PageLoading } from '../components/page-states';
import { useIsAdmin, useSession } from '../lib/use-session';
import './feature-dialogs';
import { firstPage } from './preload';
import { featureRoutes, routeEnabled, type FeatureRoute } from './route-table';

const LoginPage = lazyComponent(() => import('../features/auth/login-page').then((m) => m.default));
// The shell (navigation, project switcher, user menu) is only needed once signed in: the login page
// must not download it.
const ShellLayout = lazyComponent(() => import('./shell/shell-layout').then((m) => m.ShellLayout));

/** Everything but /login needs a session; the URL asked for comes back after signing in. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <Suspense fallback={<PageLoading />}>
      <ShellLayout />
    </Suspense>
  );
}

/** Admin pages are not even downloaded for members: they get a clear "needs admin" page instead. */
function FeatureElement({ route, Page }: { route: FeatureRoute; Page: ComponentType }) {
  const isAdmin = useIsAdmin();
  // A page config.json turns off (backups on a cloud without cinder-backup) does not exist here.
  if (!routeEnabled(route)) return <NotFoundPage />;
  if (route.adminOnly && !isAdmin) return <NeedsAdminPage />;
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

function Home() {
  const first = featureRoutes[0];
  return first ? <Navigate to={`/${first.path}`} replace /> : <NotFoundPage />;
}

// Each feature page is made lazy once (a new lazy() per render would remount and re-download it).
const featurePages = featureRoutes.map((route) => ({ route, Page: lazyComponent(() => route.load().then((m) => m.default)) }));

/**
 * Loads the components the first render of `pathname` shows (the login page, or the shell and the
 * page), so that render commits the screen at once instead of a fallback and a retry (lazy-component).
 * Their files are on their way already (index.html, src/app/first-screen-files); a failure is left to
 * the lazy components, which show it.
 */
export function loadFirstScreenComponents(pathname: string, session: Session | null): Promise<unknown> {
  if (!session || pathname.startsWith('/login')) return LoginPage.preload().catch(() => undefined);
  const route = firstPage(pathname, session);
  const page = featurePages.find((candidate) => candidate.route === route);
  return Promise.all([ShellLayout.preload(), page?.Page.preload()]).catch(() => undefined);
}

/**
 * The route table, rendered inside <BrowserRouter> (app.tsx). Declarative routes rather than a data
 * router: nothing here uses loaders or actions, and the data router adds ~15 KB gzip to every page.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  // Around the shell and the login page too: a part whose code cannot load (the console was updated
  // since the tab opened) shows a way out instead of an empty page. Pages have their own in the shell.
  return (
    <ErrorBoundary resetKey={pathname}>
      <Routes>
        <Route
          path="/login"
          element={
            <Suspense fallback={<PageLoading />}>
              <LoginPage />
            </Suspense>
          }
        />
        <Route path="/" element={<RequireSession />}>
          <Route index element={<Home />} />
          {featurePages.map(({ route, Page }) => (
            <Route key={route.path} path={`${route.path}/*`} element={<FeatureElement route={route} Page={Page} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}
