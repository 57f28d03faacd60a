/**
 * The first frame, drawn by the entry from what index.html already holds, before React and antd arrive
 * (on a slow phone that is seconds): a signed-in user opening a list page sees the console's frame and
 * the page's title in their language and theme at once, instead of a spinner. React replaces it all
 * with its first render. Anything else (signing in, a detail page, a page the user may not open) keeps
 * the neutral splash.
 */
import { isAdmin, type Session } from '../../api/session';
import type { Language } from '../../i18n/languages';
import type { ResolvedTheme } from '../theme-preference';
import { featureRoutes } from '../route-table';

/** The navigation's labels (also the list pages' titles) by language, as index.html carries them. */
export type FirstPaintTitles = Partial<Record<Language, Record<string, string>>>;

/** The id of the JSON block with the titles (written into index.html at build time). */
export const TITLES_ELEMENT_ID = 'first-paint-titles';

/** The title of the list page `pathname` opens for `session`, or null when the splash fits better. */
export function firstPaintTitle(pathname: string, session: Session | null, language: Language, titles: FirstPaintTitles): string | null {
  if (!session) return null;
  // "/" opens the first page; deeper paths (a volume's detail) have other headings.
  const path = pathname === '/' ? featureRoutes[0]?.path : /^\/([^/]+)\/?$/.exec(pathname)?.[1];
  const route = featureRoutes.find((candidate) => candidate.path === path);
  if (!route || (route.adminOnly && !isAdmin(session))) return null;
  return titles[language]?.[route.nav.replace(/^nav\./, '')] ?? null;
}

function readTitles(doc: Document): FirstPaintTitles {
  try {
    return JSON.parse(doc.getElementById(TITLES_ELEMENT_ID)?.textContent ?? '{}') as FirstPaintTitles;
  } catch {
    return {};
  }
}

export interface FirstPaintContext {
  pathname: string;
  session: Session | null;
  language: Language;
  theme: ResolvedTheme;
}

/** Sets the page's language and theme, and swaps the splash for the frame when a list page opens. */
export function showFirstPaint(doc: Document, { pathname, session, language, theme }: FirstPaintContext): void {
  const root = doc.documentElement;
  root.lang = language;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  const title = firstPaintTitle(pathname, session, language, readTitles(doc));
  const frame = doc.getElementById('first-paint');
  const heading = frame?.querySelector('h2');
  const splash = doc.getElementById('splash');
  if (!title || !frame || !heading) return;
  heading.textContent = title;
  frame.hidden = false;
  if (splash) splash.hidden = true;
}
