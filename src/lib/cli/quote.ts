/** Characters a POSIX shell never interprets inside a bare word. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./#-]+$/;

/**
 * Always single-quotes (names, descriptions: free text a person typed). An embedded single quote
 * closes the quoting, adds an escaped quote and reopens it: `it's` → `'it'\''s'`.
 */
export function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Quotes only when needed (ids, keywords, key=value pairs), so common commands stay readable. */
export function arg(value: string): string {
  // `#` starts a comment only at the beginning of a word; a leading `-` would read as an option.
  return SAFE_WORD.test(value) && !value.startsWith('#') && !value.startsWith('-') ? value : quote(value);
}
