import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformResult } from 'vite';
import { firstScreenChunks, firstScreenChunksPlugin, type ChunkInfo } from './first-screen-chunks';

const chunk = (fileName: string, facade: string | null, imports: string[] = [], extra: Partial<ChunkInfo> = {}): ChunkInfo => ({
  fileName,
  isEntry: false,
  facadeModuleId: facade,
  moduleIds: facade ? [facade] : [],
  imports,
  css: [],
  ...extra,
});

describe('firstScreenChunks', () => {
  const chunks = [
    chunk('assets/index.js', '/r/src/main.tsx', ['assets/api.js'], { isEntry: true }),
    chunk('assets/api.js', null),
    chunk('assets/boot.js', '/r/src/boot.tsx', ['assets/vendor.js', 'assets/api.js']),
    chunk('assets/vendor.js', null),
    chunk('assets/shell.js', '/r/src/app/shell/shell-layout.tsx', ['assets/vendor.js', 'assets/menu.js']),
    chunk('assets/menu.js', null, ['assets/vendor.js']),
    chunk('assets/volumes-routes.js', '/r/src/features/volumes/volumes-routes.tsx', ['assets/menu.js', 'assets/table.js'], { css: ['assets/table.css'] }),
    chunk('assets/table.js', null),
    chunk('assets/strings-en-US.js', null, [], { moduleIds: ['/r/src/features/volumes/locales/en-US.json', '/r/src/components/list/locales/en-US.json'] }),
    chunk('assets/app-en.js', '/r/src/app/locales/en-US.json', [], { moduleIds: ['/r/src/app/locales/en-US.json'] }),
  ];
  const map = firstScreenChunks(chunks);

  it('the boot code and everything it imports, except what the entry already loads', () => {
    expect(map.boot).toEqual(['/assets/boot.js', '/assets/vendor.js']);
  });

  it('the shell and each page with their imports and CSS, without the boot code’s files', () => {
    expect(map.shell).toEqual(['/assets/shell.js', '/assets/menu.js']);
    expect(map.pages.volumes).toEqual(['/assets/volumes-routes.js', '/assets/table.css', '/assets/menu.js', '/assets/table.js']);
  });

  it('the strings file of each language/namespace', () => {
    expect(map.strings['en-US/volumes']).toEqual(['/assets/strings-en-US.js']);
    expect(map.strings['en-US/list']).toEqual(['/assets/strings-en-US.js']);
    expect(map.strings['en-US/app']).toEqual(['/assets/app-en.js']);
  });

  it('finds the boot code, the shell and a page inside chunks gathered by a code-splitting group (no facade)', () => {
    const grouped = firstScreenChunks([
      chunk('assets/entry.js', '/r/src/main.tsx', [], { isEntry: true }),
      chunk('assets/boot.js', null, ['assets/vendor.js'], { moduleIds: ['/r/src/app/app.tsx', '/r/src/boot.tsx'] }),
      chunk('assets/vendor.js', null, [], { moduleIds: ['/r/node_modules/react/index.js'] }),
      chunk('assets/first-screen.js', null, ['assets/boot.js', 'assets/vendor.js'], {
        moduleIds: ['/r/src/app/shell/shell-layout.tsx', '/r/src/features/volumes/volumes-routes.tsx'],
        css: ['assets/first-screen.css'],
      }),
    ]);
    expect(grouped.boot).toEqual(['/assets/boot.js', '/assets/vendor.js']);
    expect(grouped.shell).toEqual(['/assets/first-screen.js', '/assets/first-screen.css']);
    expect(grouped.pages.volumes).toEqual(['/assets/first-screen.js', '/assets/first-screen.css']);
  });

  it('index.html preloads the boot code with a low priority (the stylesheet and the entry paint the first frame)', () => {
    const built = (fileName: string, facade: string | null, moduleIds: string[], imports: string[] = [], isEntry = false) => ({
      type: 'chunk',
      fileName,
      isEntry,
      facadeModuleId: facade,
      moduleIds,
      imports,
      viteMetadata: { importedCss: new Set<string>() },
    });
    const bundle = {
      entry: built('assets/entry.js', '/r/src/main.tsx', ['/r/src/main.tsx'], [], true),
      boot: built('assets/boot.js', null, ['/r/src/boot.tsx'], ['assets/vendor.js']),
      vendor: built('assets/vendor.js', null, ['/r/node_modules/react/index.js']),
    };
    const transform = firstScreenChunksPlugin().transformIndexHtml as { handler: (html: string, context: IndexHtmlTransformContext) => IndexHtmlTransformResult };
    const tags = transform.handler('', { bundle } as unknown as IndexHtmlTransformContext) as { tag: string; attrs?: Record<string, unknown> }[];
    expect(tags.filter((tag) => tag.attrs?.rel === 'modulepreload').map((tag) => tag.attrs)).toEqual([
      { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: '/assets/boot.js' },
      { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: '/assets/vendor.js' },
    ]);
  });
});
