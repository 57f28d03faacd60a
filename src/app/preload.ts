import { isAdmin, type Session } from '../api/session';
import { featureRoutes, type FeatureRoute } from './routes';

/** Namespaces the shell itself shows (quota widget, activity button). */
const SHELL_NAMESPACES = ['quotas', 'activity'];

/** The feature page a path opens (the first one for "/"). */
export function routeFor(pathname: string): FeatureRoute | undefined {
  return featureRoutes.find((route) => pathname === `/${route.path}` || pathname.startsWith(`/${route.path}/`)) ?? (pathname === '/' ? featureRoutes[0] : undefined);
}

/**
 * What the first screen of `pathname` will need, started at once: the code (login page, or shell and
 * feature page) downloads while the runtime config and the strings are fetched, instead of one lazy
 * chunk after the other once React has rendered; the returned namespaces join the app's strings in
 * i18next's first load. lazy() later gets the same, already loaded modules.
 */
export function preloadFirstScreen(pathname: string, session: Session | null): string[] {
  if (!session || pathname.startsWith('/login')) {
    void import('../features/auth/login-page');
    return [];
  }
  void import('./shell/shell-layout');
  const route = routeFor(pathname);
  // Like the router: an admin page's code is never downloaded for a member.
  if (!route || (route.adminOnly && !isAdmin(session))) return SHELL_NAMESPACES;
  void route.load();
  return [...SHELL_NAMESPACES, ...route.namespaces];
}
