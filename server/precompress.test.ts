import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDir, shouldPrecompress } from './precompress';

describe('precompress', () => {
  it('writes .gz and .br copies that decompress to the original, for text assets above the threshold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const script = 'export const x = "hello";\n'.repeat(200);
    writeFileSync(join(dir, 'app-1234.js'), script);
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096));
    expect(precompressDir(dir)).toBe(1);
    expect(gunzipSync(readFileSync(join(dir, 'app-1234.js.gz'))).toString()).toBe(script);
    const brotli = readFileSync(join(dir, 'app-1234.js.br'));
    expect(brotliDecompressSync(brotli).toString()).toBe(script);
    expect(brotli.length).toBeLessThan(readFileSync(join(dir, 'app-1234.js.gz')).length);
    expect(existsSync(join(dir, 'tiny.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'logo.png.gz'))).toBe(false);
  });

  it('compresses scripts, styles, SVG and JSON only', () => {
    expect(shouldPrecompress('a.js', 5000)).toBe(true);
    expect(shouldPrecompress('a.svg', 5000)).toBe(true);
    expect(shouldPrecompress('a.woff2', 5000)).toBe(false);
    expect(shouldPrecompress('a.js', 100)).toBe(false);
  });
});
