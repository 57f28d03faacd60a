import { queryOptions } from '@tanstack/react-query';
import { listPools } from '../api/pools';

export const poolKeys = {
  all: ['pools'] as const,
  /** `detail`: with capabilities (backend names, capacities) — admins only. */
  list: (detail: boolean) => [...poolKeys.all, 'list', { detail }] as const,
};

export const poolListOptions = ({ detail }: { detail: boolean }) =>
  queryOptions({ queryKey: poolKeys.list(detail), queryFn: ({ signal }) => listPools({ detail, signal }) });
