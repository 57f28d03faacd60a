/** The locale JSON files under src, read for tests that hold them to rules (keys alike, the zh-CN glossary). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const srcDir = join(import.meta.dirname, '..');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Every file under src. */
export const sourceFiles = (): string[] => walk(srcDir);

type Tree = { [key: string]: string | Tree };

/** A locale file's strings as [dotted key, text]. */
export function localeEntries(path: string): [string, string][] {
  const entries = (tree: Tree, prefix: string): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`)));
  return entries(JSON.parse(readFileSync(path, 'utf8')) as Tree, '');
}
