/**
 * Writes a gzip (level 9) and a brotli (quality 11) copy beside each built asset, so nginx serves them
 * as they are (gzip_static / brotli_static in deploy/nginx) instead of compressing every response at
 * level 5: smaller files and no compression work per request. Node's own zlib, no package needed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text assets worth compressing (images other than SVG and fonts are compressed already). */
const COMPRESSIBLE = /\.(js|css|svg|json|html)$/;
/** Below this a compressed copy saves less than its headers cost. */
export const MIN_BYTES = 1024;

export function shouldPrecompress(file: string, size: number): boolean {
  return COMPRESSIBLE.test(file) && size >= MIN_BYTES;
}

export function compressBoth(content: Buffer): { gzip: Buffer; brotli: Buffer } {
  return {
    gzip: gzipSync(content, { level: 9 }),
    brotli: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }),
  };
}

/** Compresses every compressible file under `dir` (recursively); returns how many. */
export function precompressDir(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path);
    if (stat.isDirectory()) count += precompressDir(path);
    else if (shouldPrecompress(entry, stat.size)) {
      const { gzip, brotli } = compressBoth(readFileSync(path));
      writeFileSync(`${path}.gz`, gzip);
      writeFileSync(`${path}.br`, brotli);
      count++;
    }
  }
  return count;
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cinder-console:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    // The hashed assets only: index.html and config.json change per deployment and are revalidated.
    closeBundle() {
      precompressDir(join(outDir, 'assets'));
    },
  };
}
