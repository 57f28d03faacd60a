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

/**
 * What index.html carries per language (server/first-paint-strings.ts): the navigation's labels (also
 * the list pages' titles), and what to say when the app cannot be loaded.
 */
export type FirstPaintStrings = Partial<Record<Language, { nav?: Record<string, string>; bootFailed?: string; reload?: string }>>;

/** The id of the JSON block with those strings (written into index.html at build time). */
export const STRINGS_ELEMENT_ID = 'first-paint-strings';

/** The title of the list page `pathname` opens for `session`, or null when the splash fits better. */
export function firstPaintTitle(pathname: string, session: Session | null, language: Language, strings: FirstPaintStrings): string | null {
  if (!session) return null;
  // "/" opens the first page; deeper paths (a volume's detail) have other headings.
  const path = pathname === '/' ? featureRoutes[0]?.path : /^\/([^/]+)\/?$/.exec(pathname)?.[1];
  const route = featureRoutes.find((candidate) => candidate.path === path);
  if (!route?.nav || (route.adminOnly && !isAdmin(session))) return null;
  return strings[language]?.nav?.[route.nav.replace(/^nav\./, '')] ?? null;
}

function readStrings(doc: Document): FirstPaintStrings {
  try {
    return JSON.parse(doc.getElementById(STRINGS_ELEMENT_ID)?.textContent ?? '{}') as FirstPaintStrings;
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
  const title = firstPaintTitle(pathname, session, language, readStrings(doc));
  const frame = doc.getElementById('first-paint');
  const heading = frame?.querySelector('h2');
  const splash = doc.getElementById('splash');
  if (!title || !frame || !heading) return;
  heading.textContent = title;
  frame.hidden = false;
  if (splash) splash.hidden = true;
}

/**
 * The app's code could not be loaded (offline, a deploy replaced the files): instead of a spinner that
 * never ends, the splash says so and offers a reload.
 */
export function showBootFailure(doc: Document, language: Language): void {
  const strings = readStrings(doc)[language] ?? readStrings(doc)['en-US'];
  const splash = doc.getElementById('splash');
  if (!splash) return;
  doc.getElementById('first-paint')?.setAttribute('hidden', '');
  splash.hidden = false;
  splash.setAttribute('role', 'alert');
  splash.removeAttribute('aria-busy');
  const message = doc.createElement('p');
  message.textContent = strings?.bootFailed ?? 'The console could not be loaded. Check your connection, then reload the page.';
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.textContent = strings?.reload ?? 'Reload page';
  reload.addEventListener('click', () => doc.defaultView?.location.reload());
  splash.replaceChildren(message, reload);
}
