import { describe, expect, it, vi } from 'vitest';
import { CSV_BOM, csvCell, csvFileName, fetchAllPages, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes only what RFC 4180 needs and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers and booleans as data, negative numbers included', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, separates lines with CRLF and keeps Chinese text', () => {
    const text = toCsv(['名称', 'Size'], [['云硬盘 1', 10], ['b,c', null]]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1)).toBe('名称,Size\r\n云硬盘 1,10\r\n"b,c",\r\n');
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });
});

describe('csvFileName', () => {
  it('stamps the local date and time and keeps the name file-safe', () => {
    expect(csvFileName('volumes', new Date(2026, 10, 27, 3, 5))).toBe('volumes-2026-11-27-0305.csv');
    expect(csvFileName('my list/ä', new Date(2026, 0, 2, 13, 45))).toBe('my-list--2026-01-02-1345.csv');
  });
});

describe('fetchAllPages', () => {
  const server = (total: number) => {
    const all = Array.from({ length: total }, (_, i) => `r${i}`);
    return vi.fn(async (marker: string | undefined, limit: number) => {
      const start = marker ? all.indexOf(marker) + 1 : 0;
      const items = all.slice(start, start + limit);
      // Like Cinder: a full page always links to the next, even when nothing follows.
      return { items, nextMarker: items.length === limit ? items[items.length - 1] : undefined };
    });
  };

  it('follows the next marker to the end', async () => {
    const fetchPage = server(25);
    const result = await fetchAllPages(fetchPage, { pageSize: 10 });
    expect(result.rows).toHaveLength(25);
    expect(result.truncated).toBe(false);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([undefined, 'r9', 'r19']);
  });

  it('stops at the cap and says rows were left out', async () => {
    const result = await fetchAllPages(server(100), { pageSize: 10, cap: 35 });
    expect(result.rows).toHaveLength(35);
    expect(result.rows.at(-1)).toBe('r34');
    expect(result.truncated).toBe(true);
  });

  it('is not truncated when the list holds exactly the cap', async () => {
    const exact = await fetchAllPages(server(30), { pageSize: 10, cap: 30 });
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.rows).toHaveLength(30);
    const more = await fetchAllPages(server(31), { pageSize: 10, cap: 30 });
    expect(more.truncated).toBe(true);
    expect(more.rows).toHaveLength(30);
  });

  it('does not loop on a server that repeats its marker', async () => {
    const fetchPage = vi.fn(async () => ({ items: ['x'], nextMarker: 'same' }));
    const result = await fetchAllPages(fetchPage, { pageSize: 1 });
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(result.rows).toEqual(['x', 'x']);
  });
});
