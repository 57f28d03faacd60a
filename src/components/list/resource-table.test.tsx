import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ResourceTable, type ResourceTableProps } from './resource-table';

interface Row {
  id: string;
  name: string;
}

const noop = () => undefined;
function props(overrides: Partial<ResourceTableProps<Row>>): ResourceTableProps<Row> {
  return {
    tableId: 'test-rows',
    label: 'Rows',
    columns: [{ key: 'name', title: 'Name', label: 'Name', render: (_, row) => row.name }],
    rowKey: (row) => row.id,
    rows: undefined,
    loading: true,
    onRetry: noop,
    page: 1,
    pageSize: 20,
    total: undefined,
    hasNext: false,
    onPageChange: noop,
    onSortChange: noop,
    updatedAt: 0,
    onRefresh: noop,
    empty: 'Nothing yet',
    filtered: false,
    onClearFilters: noop,
    ...overrides,
  };
}

/** The list as a page drives it: loading first, then a page of rows from the server. */
function ListThatLoads() {
  const [loaded, setLoaded] = useState(false);
  const rows = [
    { id: 'a', name: 'alpha' },
    { id: 'b', name: 'beta' },
  ];
  return (
    <>
      <button type="button" onClick={() => setLoaded(true)}>
        Rows arrive
      </button>
      <ResourceTable {...props(loaded ? { loading: false, rows, total: 2 } : {})} />
    </>
  );
}

describe('ResourceTable', { timeout: 60_000 }, () => {
  it('shows skeleton rows without a pager while loading, then the rows with their pager', async () => {
    renderWithProviders(<ListThatLoads />);
    expect(await screen.findByRole('table')).toHaveAttribute('aria-busy', 'true');
    // A pager above the skeleton would be pushed down by the rows (a layout shift).
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Rows arrive' }));
    expect(await screen.findByRole('cell', { name: 'beta' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy');
  });
});
