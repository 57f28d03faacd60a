/** `…/<owner>/locales/<language>.json` holds namespace `<owner>` in `<language>`. */
export function namespaceOf(path: string): { namespace: string; language: string } | null {
  const match = /[/\\]([^/\\]+)[/\\]locales[/\\]([^/\\]+)\.json$/.exec(path);
  return match ? { namespace: match[1]!, language: match[2]! } : null;
}
