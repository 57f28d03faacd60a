import { act, render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { defineListSchema, useListUrlState, type ListState } from './list-url-state';

const schema = defineListSchema({
  sortKeys: ['name', 'size', 'created_at'] as const,
  defaultSort: { key: 'created_at', dir: 'desc' },
  filterKeys: ['status'] as const,
  filterValues: { status: (v) => ['available', 'error'].includes(v) },
  defaultPageSize: 20,
});

describe('useListUrlState', () => {
  it('keeps both of two changes made before the first has rendered (a sort, then a page size)', () => {
    let update: (change: Partial<ListState<'name' | 'size' | 'created_at', 'status'>>) => void = () => undefined;
    let search = '';
    function List() {
      update = useListUrlState(schema)[1];
      search = useLocation().search;
      return null;
    }
    render(
      <MemoryRouter initialEntries={['/volumes?status=error']}>
        <List />
      </MemoryRouter>,
    );
    act(() => {
      update({ sortKey: 'size', sortDir: 'asc' });
      update({ limit: 10, page: 1 });
    });
    const params = new URLSearchParams(search);
    expect(params.get('sort')).toBe('size:asc');
    expect(params.get('limit')).toBe('10');
    expect(params.get('status')).toBe('error');
  });
});
