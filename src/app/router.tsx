import { Navigate, createBrowserRouter, useLocation } from 'react-router';
import { lazy, Suspense, type ComponentType } from 'react';
import { NeedsAdminPage, NotFoundPage, PageLoading } from '../components/page-states';
import { useIsAdmin, useSession } from '../lib/use-session';
import { featureRoutes } from './routes';

const LoginPage = lazy(() => import('../features/auth/login-page'));
// The shell (navigation, project switcher, user menu) is only needed once signed in: the login page
// must not download it.
const ShellLayout = lazy(() => import('./shell/shell-layout').then((m) => ({ default: m.ShellLayout })));

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
function FeatureElement({ adminOnly, Page }: { adminOnly: boolean; Page: ComponentType }) {
  const isAdmin = useIsAdmin();
  if (adminOnly && !isAdmin) return <NeedsAdminPage />;
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

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: (
        <Suspense fallback={<PageLoading />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      path: '/',
      element: <RequireSession />,
      children: [
        { index: true, element: <Home /> },
        ...featureRoutes.map((route) => ({ path: `${route.path}/*`, element: <FeatureElement adminOnly={route.adminOnly} Page={lazy(route.load)} /> })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
