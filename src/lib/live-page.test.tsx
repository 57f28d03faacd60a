import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { useLivePageRows } from './live-page';
import type { PollSpeed } from './live-status';

interface Row {
  id: string;
  status: string;
}
interface Page {
  backups: Row[];
  count?: number;
}
const speedOf = (row: Row): PollSpeed => (row.status === 'creating' || row.status === 'deleting' ? 'fast' : false);
const KEY = ['backups', 'list', { page: 1 }];

describe('useLivePageRows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('patches a fresh row into the cached page and drops a gone one with the count', async () => {
    const client = new QueryClient();
    client.setQueryData<Page>(KEY, {
      backups: [
        { id: 'a', status: 'available' },
        { id: 'b', status: 'creating' },
        { id: 'c', status: 'deleting' },
      ],
      count: 3,
    });
    const fetchOne = vi.fn(async (id: string) => {
      if (id === 'c') throw new ApiError({ kind: 'http', status: 404, message: 'not found' });
      return { id, status: 'available' };
    });
    const onGone = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    // As a list page uses it: the rows come from the page's own query, so a patch re-renders them.
    const usePage = () => {
      const page = useQuery<Page>({ queryKey: KEY, queryFn: () => new Promise<Page>(() => undefined), staleTime: Infinity }).data;
      return useLivePageRows({ queryKey: KEY, rows: page?.backups, field: 'backups', speedOf, fetchOne, onGone });
    };
    const { result } = renderHook(usePage, { wrapper });
    expect(result.current.watching).toEqual(['b', 'c']);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(client.getQueryData<Page>(KEY)).toEqual({
      backups: [
        { id: 'a', status: 'available' },
        { id: 'b', status: 'available' },
      ],
      count: 2,
    });
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(onGone).toHaveBeenCalledWith('c');
    // Nothing transitional is left on the page: polling has stopped.
    expect(result.current.active).toBe(false);
    expect(fetchOne.mock.calls.map((call) => call[0]).sort()).toEqual(['b', 'c']);
  });
});
