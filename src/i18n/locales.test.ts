import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeEntries, sourceFiles, srcDir } from './locale-files';
import { namespaceOf } from './namespace';

const files = sourceFiles();
const locales = new Map<string, Map<string, Set<string>>>(); // namespace → language → keys
for (const path of files.filter((p) => p.endsWith('.json'))) {
  const key = namespaceOf(path);
  if (!key) continue;
  const byLanguage = locales.get(key.namespace) ?? new Map<string, Set<string>>();
  byLanguage.set(key.language, new Set(localeEntries(path).map(([dotted]) => dotted)));
  locales.set(key.namespace, byLanguage);
}

describe('locales', () => {
  it('exist for the shell', () => {
    expect(locales.get('app')?.get('en-US')?.size).toBeGreaterThan(20);
  });

  it.each([...locales.keys()])('namespace %s has the same keys in en-US and zh-CN', (namespace) => {
    const byLanguage = locales.get(namespace)!;
    expect([...byLanguage.keys()].sort()).toEqual(['en-US', 'zh-CN']);
    const en = byLanguage.get('en-US')!;
    const zh = byLanguage.get('zh-CN')!;
    expect({ onlyInEnglish: [...en].filter((k) => !zh.has(k)), onlyInChinese: [...zh].filter((k) => !en.has(k)) }).toEqual({ onlyInEnglish: [], onlyInChinese: [] });
  });

  it('every literal key used in code exists in its namespace', () => {
    const missing: string[] = [];
    let checked = 0;
    const sources = files.filter((p) => /\.(ts|tsx)$/.test(p) && !/\.test\.tsx?$/.test(p) && !p.endsWith('.d.ts'));
    for (const path of sources) {
      const text = readFileSync(path, 'utf8');
      const declared = /useTranslation\(\s*(?:\[([^\]]*)\]|['"]([^'"]+)['"])?/.exec(text);
      const namespaces = declared?.[1]
        ? [...declared[1].matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!)
        : [declared?.[2] ?? 'app'];
      for (const match of text.matchAll(/\b(?:t|i18n\.t)\(\s*['"]([^'"]+)['"]|i18nKey=["']([^"']+)["']/g)) {
        const used = (match[1] ?? match[2])!;
        checked += 1;
        const [namespace, key] = used.includes(':') ? (used.split(':', 2) as [string, string]) : [namespaces[0]!, used];
        const keys = locales.get(namespace)?.get('en-US');
        const found = keys && (keys.has(key) || keys.has(`${key}_one`) || keys.has(`${key}_other`));
        if (!found) missing.push(`${relative(srcDir, path)}: ${namespace}:${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(30); // the scan itself works
  });
});
