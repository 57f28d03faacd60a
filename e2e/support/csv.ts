import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** RFC 4180 reader (quotes, doubled quotes, CRLF), enough to check what a spreadsheet would see. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Clicks the export button and reads the downloaded file: its name, raw text and parsed rows (BOM stripped). */
export async function downloadCsv(page: Page, buttonName = 'Export CSV') {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: buttonName }).click();
  const download = await downloading;
  const text = await readFile((await download.path())!, 'utf8');
  return { fileName: download.suggestedFilename(), text, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}
