/**
 * The files the opened page needs (the shell, the page's code, its strings), asked for by the entry at
 * once, before its first paint: `<link rel="modulepreload">` downloads and parses a module without running
 * it, so the frame still paints first and the app starts from files already here. The build writes which
 * files those are into index.html (server/first-screen-chunks.ts); the boot code's own files are
 * preloaded by index.html itself.
 */
import { isAdmin, type Session } from '../api/session';
import type { Language } from '../i18n/languages';
import { namespacesFor, routeFor } from './preload';

/** The map server/first-screen-chunks.ts writes (absolute URLs). */
export interface FirstScreenFiles {
  shell?: string[];
  pages?: Record<string, string[]>;
  strings?: Record<string, string[]>;
}

export const FILES_ELEMENT_ID = 'first-screen-chunks';

/** The files the first screen of `pathname` needs beyond the boot code, in the order to ask for them. */
export function firstScreenFiles(files: FirstScreenFiles, pathname: string, session: Session | null, language: Language): string[] {
  if (!session || pathname.startsWith('/login')) return [];
  const route = routeFor(pathname);
  const page = route && (!route.adminOnly || isAdmin(session)) ? (files.pages?.[route.path] ?? []) : [];
  const strings = ['app', ...namespacesFor(pathname, session)].flatMap((namespace) => files.strings?.[`${language}/${namespace}`] ?? []);
  return [...new Set([...(files.shell ?? []), ...page, ...strings])];
}

function readFiles(doc: Document): FirstScreenFiles {
  try {
    return JSON.parse(doc.getElementById(FILES_ELEMENT_ID)?.textContent ?? '{}') as FirstScreenFiles;
  } catch {
    return {};
  }
}

/** Adds a preload link per file (modules as modulepreload, stylesheets as preload). */
export function preloadFirstScreenFiles(doc: Document, pathname: string, session: Session | null, language: Language): void {
  for (const href of firstScreenFiles(readFiles(doc), pathname, session, language)) {
    const link = doc.createElement('link');
    if (href.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else {
      link.rel = 'modulepreload';
    }
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
  }
}
