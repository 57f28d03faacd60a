/**
 * A Vite plugin that turns the first screen's chunk waterfall into parallel downloads.
 *
 * - index.html gets `<link rel="modulepreload" fetchpriority="low">` for the app's boot code (src/boot.tsx
 *   and every chunk it imports: React, antd's core, i18next, the router): every page needs it, the login
 *   page too, so the browser fetches it while it parses the HTML instead of after the entry has run.
 * - index.html gets a JSON map of the files each part of the first screen needs (the shell, each feature
 *   page, each namespace's strings per language). The entry reads it and preloads what the opened page
 *   needs at once, before its first paint (src/app/first-screen-preload.ts); evaluating that code still
 *   waits until the frame is painted.
 */
import type { Plugin } from 'vite';
import { namespaceOf } from '../src/i18n/namespace';
import { scriptSafeJson } from './first-paint-strings';

export const FIRST_SCREEN_CHUNKS_ID = 'first-screen-chunks';

/** What the plugin reads of a built chunk (Rollup's OutputChunk, narrowed: testable without a build). */
export interface ChunkInfo {
  fileName: string;
  /** The entry (src/main.tsx): what it imports, index.html loads already. */
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  /** Chunks it imports statically. */
  imports: string[];
  /** CSS files it needs (Vite's viteMetadata.importedCss). */
  css: string[];
}

export interface FirstScreenChunks {
  /** Files of the app's boot code, preloaded by index.html itself. */
  boot: string[];
  shell: string[];
  /** Per feature page (its route path, i.e. its folder under src/features). */
  pages: Record<string, string[]>;
  /** Per "<language>/<namespace>". */
  strings: Record<string, string[]>;
}

/** The chunk and every chunk it imports, with their CSS: what loading it needs, as absolute URLs. */
export function closureOf(start: ChunkInfo, byFile: Map<string, ChunkInfo>, base = '/'): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (chunk: ChunkInfo) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    files.push(chunk.fileName);
    for (const css of chunk.css) if (!files.includes(css)) files.push(css);
    for (const next of chunk.imports) {
      const imported = byFile.get(next);
      if (imported) visit(imported);
    }
  };
  visit(start);
  return files.map((file) => `${base}${file}`);
}

const BOOT = /[\\/]src[\\/]boot\.tsx$/;
const SHELL = /[\\/]src[\\/]app[\\/]shell[\\/]shell-layout\.tsx$/;
/** A feature's routes module is src/features/<page>/<page>-routes.tsx; <page> is its route path. */
const PAGE = /[\\/]src[\\/]features[\\/]([^\\/]+)[\\/]\1-routes\.tsx$/;

export function firstScreenChunks(chunks: readonly ChunkInfo[], base = '/'): FirstScreenChunks {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const result: FirstScreenChunks = { boot: [], shell: [], pages: {}, strings: {} };
  for (const chunk of chunks) {
    // By the modules a chunk holds, not only by its facade: a chunk gathered by a code-splitting group
    // (server/first-screen-groups.ts: boot, first-screen) has none, yet it is where boot.tsx, the shell
    // and the volumes page live.
    for (const id of new Set([chunk.facadeModuleId ?? '', ...chunk.moduleIds])) {
      if (BOOT.test(id)) result.boot = closureOf(chunk, byFile, base);
      if (SHELL.test(id)) result.shell = closureOf(chunk, byFile, base);
      const page = PAGE.exec(id)?.[1];
      if (page) result.pages[page] = closureOf(chunk, byFile, base);
      const key = namespaceOf(id);
      if (key) (result.strings[`${key.language}/${key.namespace}`] ??= []).push(...closureOf(chunk, byFile, base));
    }
  }
  // What the entry and the boot code bring is in index.html already: the lists name only what it is not.
  const entry = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => closureOf(chunk, byFile, base)));
  result.boot = result.boot.filter((file) => !entry.has(file));
  const loaded = new Set([...entry, ...result.boot]);
  const rest = (files: string[]) => [...new Set(files)].filter((file) => !loaded.has(file));
  result.shell = rest(result.shell);
  for (const page of Object.keys(result.pages)) result.pages[page] = rest(result.pages[page]!);
  for (const key of Object.keys(result.strings)) result.strings[key] = rest(result.strings[key]!);
  return result;
}

export function firstScreenChunksPlugin(): Plugin {
  return {
    name: 'cinder-console:first-screen-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        const chunks: ChunkInfo[] = [];
        for (const output of Object.values(context.bundle)) {
          if (output.type !== 'chunk') continue;
          chunks.push({
            fileName: output.fileName,
            isEntry: output.isEntry,
            facadeModuleId: output.facadeModuleId,
            moduleIds: output.moduleIds,
            imports: output.imports,
            css: [...(output.viteMetadata?.importedCss ?? [])],
          });
        }
        const manifest = firstScreenChunks(chunks, context.server?.config.base ?? '/');
        return [
          ...manifest.boot
            .filter((file) => file.endsWith('.js'))
            // Low priority: on a slow network these ~170 KB must not hold back the stylesheet and the
            // entry, which paint the first frame and ask for the data (Lighthouse's slow 4G: first
            // contentful paint 2.3 s with a normal priority, 1.2 s with a low one).
            .map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href }, injectTo: 'head' as const })),
          { tag: 'script', attrs: { type: 'application/json', id: FIRST_SCREEN_CHUNKS_ID }, children: scriptSafeJson({ ...manifest, boot: undefined }), injectTo: 'body' },
        ];
      },
    },
  };
}
