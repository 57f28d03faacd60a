import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getQuotaUsage } from '../api/quotas';
import { quotaOverview } from '../domain/quotas';
import { pollInterval } from '../lib/live-status';
import { allProjectsOptions } from './projects';

export const quotaKeys = {
  all: ['quotas'] as const,
  usage: (projectId: string) => [...quotaKeys.all, 'usage', projectId] as const,
};

export const quotaUsageQuery = (projectId: string) =>
  queryOptions({ queryKey: quotaKeys.usage(projectId), queryFn: () => getQuotaUsage(projectId) });

/**
 * `poll`: the quotas page refreshes while a reservation is in flight (an extend or create that has
 * not committed yet). The header widget never polls.
 */
export function useQuotaUsage(projectId: string, { poll = false }: { poll?: boolean } = {}) {
  return useQuery({
    ...quotaUsageQuery(projectId),
    refetchInterval: (query) => pollInterval(poll && query.state.data && quotaOverview(query.state.data).pending ? 'fast' : false),
  });
}

/** Keystone's project list (admin only); the picker offers every project of the cloud. */
export function useAllProjects(enabled: boolean) {
  return useQuery({ ...allProjectsOptions(), enabled });
}

/**
 * Any successful mutation (create, delete, extend, snapshot… in any feature) may change usage, so
 * the cached usage is marked stale then — instead of polling, and without the features knowing quotas.
 */
export function useRefreshQuotasAfterMutations() {
  const client = useQueryClient();
  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') void client.invalidateQueries({ queryKey: [...quotaKeys.all, 'usage'] });
      }),
    [client],
  );
}
