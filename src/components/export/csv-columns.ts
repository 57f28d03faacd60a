import type { CsvValue } from '../../lib/csv';

/** One CSV column: a localized header and the cell value of a row. */
export interface CsvColumn<T> {
  key: string;
  label: string;
  value: (row: T) => CsvValue;
}

interface TableColumnLike {
  key: string;
  label: string;
  hideable?: boolean;
  defaultHidden?: boolean;
}

/**
 * The CSV columns of what the table shows: its columns in order, minus the hidden ones (the same rule as
 * ResourceTable: the user's choice, else the defaults), each given a value; columns without a value
 * (row actions) are left out. `extra` adds columns right after a given key (e.g. the id after the name).
 */
export function csvColumnsFor<T>(
  columns: readonly TableColumnLike[],
  hiddenColumns: readonly string[] | undefined,
  values: Partial<Record<string, (row: T) => CsvValue>>,
  extra: Partial<Record<string, CsvColumn<T>[]>> = {},
): CsvColumn<T>[] {
  const hidden = hiddenColumns ?? columns.filter((c) => c.defaultHidden).map((c) => c.key);
  const out: CsvColumn<T>[] = [];
  for (const column of columns) {
    if (column.hideable !== false && hidden.includes(column.key)) continue;
    const value = values[column.key];
    if (value) out.push({ key: column.key, label: column.label, value });
    out.push(...(extra[column.key] ?? []));
  }
  return out;
}
