import { cinder } from './http';

interface ResourceFiltersBody {
  resource_filters?: { resource: string; filters: string[] }[];
}

/**
 * GET /resource_filters?resource=… (3.33+): the filter keys the operator lets non-admins use for one
 * resource. A key with a trailing `~` (e.g. `name~`) also allows the inexact `key~=` form (3.34+).
 */
export async function listResourceFilters(resource: string, signal?: AbortSignal): Promise<string[]> {
  const body = await cinder.get<ResourceFiltersBody>('/resource_filters', { query: { resource }, signal });
  return body.resource_filters?.find((entry) => entry.resource === resource)?.filters ?? [];
}
