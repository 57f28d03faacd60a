import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getDefaultQuotas, getProjectQuotaRows, resetProjectQuotas, updateDefaultQuotas, updateProjectQuotas, type QuotaLimits } from '../api/admin/quota-admin';
import { quotaKeys } from './quotas';

export const quotaAdminKeys = {
  defaults: () => [...quotaKeys.all, 'defaults'] as const,
  limits: (projectId: string) => [...quotaKeys.all, 'limits', projectId] as const,
};

/** Fresh on every open: a limit is checked against what the project uses now. */
export const projectQuotaRowsOptions = (projectId: string) =>
  queryOptions({ queryKey: quotaAdminKeys.limits(projectId), queryFn: ({ signal }) => getProjectQuotaRows(projectId, signal) });

export const defaultQuotasOptions = () => queryOptions({ queryKey: quotaAdminKeys.defaults(), queryFn: ({ signal }) => getDefaultQuotas(signal) });

/** Any quota write may change what every page shows (gauges, the header widget, the create dialog): refresh all of it. */
function useInvalidateQuotas() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: quotaKeys.all });
}

export function useUpdateProjectQuotas(projectId: string) {
  const invalidate = useInvalidateQuotas();
  return useMutation({ mutationFn: (limits: QuotaLimits) => updateProjectQuotas(projectId, limits), onSuccess: invalidate });
}

export function useResetProjectQuotas(projectId: string) {
  const invalidate = useInvalidateQuotas();
  return useMutation({ mutationFn: () => resetProjectQuotas(projectId), onSuccess: invalidate });
}

export function useUpdateDefaultQuotas() {
  const invalidate = useInvalidateQuotas();
  return useMutation({ mutationFn: (limits: QuotaLimits) => updateDefaultQuotas(limits), onSuccess: invalidate });
}
