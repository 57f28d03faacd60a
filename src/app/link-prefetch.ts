/**
 * In-app navigation without waiting: pointing at or focusing a link to a console page fetches that
 * page's code and strings; clicking it sends the page's first Cinder read at once (src/app/first-data),
 * before React has rendered the new page, which then takes the answer over. One delegated listener set
 * on the document covers the navigation, the lists' links and the detail pages' links alike.
 */
import i18next from 'i18next';
import { getSession } from '../api/session';
import { firstReadsFor, loadPageCode, startFirstData } from './first-data';
import { routeFor } from './preload';

/** The same-origin console path a link leads to, or null (another site, a download, a new tab). */
export function consoleTarget(anchor: HTMLAnchorElement, origin: string): URL | null {
  if (anchor.target && anchor.target !== '_self') return null;
  if (anchor.hasAttribute('download')) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, origin);
  } catch {
    return null;
  }
  return url.origin === origin && routeFor(url.pathname) ? url : null;
}

function anchorOf(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest('a[href]') : null;
}

/** Starts listening; returns the function that stops. */
export function watchLinkPrefetch(doc: Document): () => void {
  const origin = doc.location.origin;
  const warmed = new Set<string>();
  const warm = (event: Event) => {
    const anchor = anchorOf(event);
    const url = anchor && consoleTarget(anchor, origin);
    if (!url || warmed.has(url.pathname)) return;
    warmed.add(url.pathname);
    const session = getSession();
    loadPageCode(url.pathname, session);
    const route = routeFor(url.pathname);
    if (route) void i18next.loadNamespaces(route.namespaces).catch(() => undefined);
  };
  const click = (event: MouseEvent) => {
    // A click that opens a new tab or window, or that something already handled, is not a navigation here.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = anchorOf(event);
    const url = anchor && consoleTarget(anchor, origin);
    if (!url || `${url.pathname}${url.search}` === `${doc.location.pathname}${doc.location.search}`) return;
    if (firstReadsFor(url.pathname, getSession())) startFirstData(url, getSession());
  };
  doc.addEventListener('pointerover', warm, { passive: true });
  doc.addEventListener('focusin', warm);
  // Capture: runs before the router's own handler navigates (and before React re-renders).
  doc.addEventListener('click', click, true);
  return () => {
    doc.removeEventListener('pointerover', warm);
    doc.removeEventListener('focusin', warm);
    doc.removeEventListener('click', click, true);
  };
}
