/**
 * Quota editing (admin): a project's limits (`PUT|DELETE /os-quota-sets/{project}`) and the default
 * class every project without its own limits follows (`/os-quota-class-sets/default`). Keys are
 * whatever Cinder returns (volumes, gigabytes, …, per-type `volumes_<type>`); -1 is unlimited.
 */
import { cinderCalls } from '../descriptor';
import { cinder, send } from '../http';

export type QuotaLimits = Record<string, number>;

/** Keys of a quota set that are not limits. */
const NOT_LIMITS = new Set(['id', 'tenant_id']);

function limitsOf(set: Record<string, unknown>): QuotaLimits {
  const out: QuotaLimits = {};
  for (const [key, value] of Object.entries(set)) if (!NOT_LIMITS.has(key) && typeof value === 'number') out[key] = value;
  return out;
}

export interface QuotaLimitUsage {
  key: string;
  limit: number;
  inUse: number;
  reserved: number;
}

/** GET /os-quota-sets/{project}?usage=true as one row per key (whatever keys Cinder returns). */
export async function getProjectQuotaRows(projectId: string, signal?: AbortSignal): Promise<QuotaLimitUsage[]> {
  const set = (await cinder.get<{ quota_set: Record<string, unknown> }>(`/os-quota-sets/${encodeURIComponent(projectId)}`, { signal, query: { usage: 'true' } })).quota_set;
  const rows: QuotaLimitUsage[] = [];
  for (const [key, value] of Object.entries(set)) {
    if (NOT_LIMITS.has(key) || !value || typeof value !== 'object') continue;
    const entry = value as { limit?: unknown; in_use?: unknown; reserved?: unknown };
    rows.push({ key, limit: Number(entry.limit), inUse: Number(entry.in_use ?? 0), reserved: Number(entry.reserved ?? 0) });
  }
  return rows;
}

/** GET /os-quota-class-sets/default: the limits new projects get. */
export async function getDefaultQuotas(signal?: AbortSignal): Promise<QuotaLimits> {
  return limitsOf((await cinder.get<{ quota_class_set: Record<string, unknown> }>('/os-quota-class-sets/default', { signal })).quota_class_set);
}

const quotaSets = cinderCalls('/os-quota-sets');
const quotaClasses = cinderCalls('/os-quota-class-sets');

export const quotaAdminCalls = {
  update: (projectId: string, limits: QuotaLimits) => quotaSets.onItem('quotaAdmin.update', 'PUT', projectId, { body: { quota_set: limits } }),
  reset: (projectId: string) => quotaSets.onItem('quotaAdmin.reset', 'DELETE', projectId),
  updateDefaults: (limits: QuotaLimits) => quotaClasses.onItem('quotaAdmin.updateDefaults', 'PUT', 'default', { body: { quota_class_set: limits } }),
};

export async function updateProjectQuotas(projectId: string, limits: QuotaLimits): Promise<void> {
  await send(quotaAdminCalls.update(projectId, limits));
}

export async function resetProjectQuotas(projectId: string): Promise<void> {
  await send(quotaAdminCalls.reset(projectId));
}

export async function updateDefaultQuotas(limits: QuotaLimits): Promise<void> {
  await send(quotaAdminCalls.updateDefaults(limits));
}
