import { describe, expect, it } from 'vitest';
import { csvColumnsFor } from './csv-columns';

interface Row {
  id: string;
  name: string;
  size: number;
  type: string;
}
const columns = [
  { key: 'name', label: 'Name', hideable: false },
  { key: 'size', label: 'Size' },
  { key: 'type', label: 'Type' },
  { key: 'multiattach', label: 'Multi-attach', defaultHidden: true },
  { key: 'actions', label: 'Actions', hideable: false },
];
const values = { name: (r: Row) => r.name, size: (r: Row) => r.size, type: (r: Row) => r.type, multiattach: () => 'no' };
const idColumn = { name: [{ key: 'id', label: 'ID', value: (r: Row) => r.id }] };

describe('csvColumnsFor', () => {
  it('keeps the table order, adds the extra columns, skips default-hidden and value-less ones', () => {
    const result = csvColumnsFor<Row>(columns, undefined, values, idColumn);
    expect(result.map((c) => c.label)).toEqual(['Name', 'ID', 'Size', 'Type']);
    expect(result.map((c) => c.value({ id: 'v1', name: 'db', size: 2, type: 'ssd' }))).toEqual(['db', 'v1', 2, 'ssd']);
  });

  it('follows the user’s column choice, but never drops an always-shown column', () => {
    const result = csvColumnsFor<Row>(columns, ['size', 'name'], values);
    expect(result.map((c) => c.key)).toEqual(['name', 'type', 'multiattach']);
  });
});
