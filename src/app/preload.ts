import { isAdmin, type Session } from '../api/session';
import { featureRoutes, type FeatureRoute } from './route-table';

/** Namespaces the shell itself shows (quota widget, activity button). */
const SHELL_NAMESPACES = ['quotas', 'activity'];

/** The feature page a path opens (the first one for "/"). */
export function routeFor(pathname: string): FeatureRoute | undefined {
  return featureRoutes.find((route) => pathname === `/${route.path}` || pathname.startsWith(`/${route.path}/`)) ?? (pathname === '/' ? featureRoutes[0] : undefined);
}

/** The page a path opens for `session`, when its code may be downloaded (the router's rule: an admin page never is for a member). */
export function firstPage(pathname: string, session: Session): FeatureRoute | undefined {
  const route = routeFor(pathname);
  return route && (!route.adminOnly || isAdmin(session)) ? route : undefined;
}

/** The list page a path opens for `session` ("/" or the page's own path, not a detail below it). */
export function listPageFor(pathname: string, session: Session): FeatureRoute | undefined {
  const route = firstPage(pathname, session);
  return route && (pathname === '/' || new RegExp(`^/${route.path}/?$`).test(pathname)) ? route : undefined;
}

/** The i18n namespaces the first screen of `pathname` shows, to join the app's strings in i18next's first load. */
export function namespacesFor(pathname: string, session: Session | null): string[] {
  if (!session || pathname.startsWith('/login')) return [];
  return [...SHELL_NAMESPACES, ...(firstPage(pathname, session)?.namespaces ?? [])];
}

/**
 * Starts downloading the code the first screen of `pathname` needs (the login page, or the shell and
 * the feature page) while the runtime config and the strings are fetched, instead of one lazy chunk
 * after the other once React has rendered. lazy() later gets the same, already loaded modules.
 */
export function preloadFirstScreen(pathname: string, session: Session | null): void {
  if (!session || pathname.startsWith('/login')) {
    void import('../features/auth/login-page');
    return;
  }
  void import('./shell/shell-layout');
  // In a task of its own: asking for a chunk and each of its files (a <link> per file) takes a while.
  const page = firstPage(pathname, session);
  if (page) setTimeout(() => void page.load(), 0);
}
