/**
 * CSV for spreadsheets: RFC 4180 (comma, CRLF, fields with `"`, `,`, CR or LF quoted, quotes doubled),
 * a UTF-8 BOM so Excel reads Chinese text correctly, and a guard against formula injection: a text cell
 * starting with = + - @ (or tab / CR) gets a leading `'` so a spreadsheet shows it instead of running it.
 */
export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. Numbers and booleans are data, never formulas; only text is guarded. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(','));
  return `${options.bom === false ? '' : CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name safe on every OS: "volumes-2026-11-27-0315.csv". */
export function csvFileName(base: string, at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `${base.replace(/[^\w.-]+/g, '-')}-${stamp}.csv`;
}

/** Hands the text to the browser as a download (no server round trip, nothing kept). */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hard limit of one export, so a huge cloud cannot hang the tab; the UI says when it was reached. */
export const EXPORT_ROW_CAP = 10_000;

export interface PageOf<T> {
  items: T[];
  nextMarker?: string;
}

/**
 * Every page of a marker-paged list, up to `cap` rows: the same filters and sort as the view, page after
 * page by the `next` marker. `truncated` says the cap was hit while more rows existed.
 */
export async function fetchAllPages<T>(
  fetchPage: (marker: string | undefined, limit: number) => Promise<PageOf<T>>,
  options: { cap?: number; pageSize?: number; signal?: AbortSignal; onProgress?: (rows: number) => void } = {},
): Promise<{ rows: T[]; truncated: boolean }> {
  const cap = options.cap ?? EXPORT_ROW_CAP;
  const pageSize = options.pageSize ?? 1000;
  const rows: T[] = [];
  let marker: string | undefined;
  const seen = new Set<string>();
  for (;;) {
    options.signal?.throwIfAborted();
    const limit = Math.min(pageSize, cap - rows.length + 1);
    const page = await fetchPage(marker, limit);
    rows.push(...page.items);
    options.onProgress?.(Math.min(rows.length, cap));
    if (rows.length > cap) return { rows: rows.slice(0, cap), truncated: true };
    // Stop on the last page, and on a server that repeats a marker (never loop forever).
    if (!page.nextMarker || page.items.length === 0 || seen.has(page.nextMarker)) return { rows, truncated: false };
    if (rows.length === cap) {
      // Exactly at the cap with a next link: one more row tells whether anything was left out.
      const probe = await fetchPage(page.nextMarker, 1);
      return { rows, truncated: probe.items.length > 0 };
    }
    seen.add(page.nextMarker);
    marker = page.nextMarker;
  }
}
