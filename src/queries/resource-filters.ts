import { queryOptions, useQuery } from '@tanstack/react-query';
import { supportsVersion } from '../api/microversion';
import { listResourceFilters } from '../api/resource-filters';
import { LIKE_FILTER_VERSION, nameMatchFor, type NameMatch } from '../domain/search';
import { useIsAdmin, useRequiredSession } from '../lib/use-session';

export const resourceFilterKeys = {
  all: ['resource-filters'] as const,
  of: (resource: string) => [...resourceFilterKeys.all, resource] as const,
};

/** The operator's configuration changes with a service restart at most: read once per session. */
export const resourceFiltersOptions = (resource: string) =>
  queryOptions({
    queryKey: resourceFilterKeys.of(resource),
    queryFn: ({ signal }) => listResourceFilters(resource, signal),
    staleTime: Infinity,
    retry: false,
  });

/**
 * How the name box of `resource`'s list searches (domain/search). Members ask the cloud once; admins and
 * older clouds need no request. Undefined only while a member's answer is on its way.
 */
export function useNameMatch(resource: 'volume' | 'snapshot' | 'backup'): NameMatch | undefined {
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const version = session.volumeApiVersion;
  // GET /resource_filters (3.33) is always there when `name~` (3.34) could be.
  const needed = !isAdmin && supportsVersion(version, LIKE_FILTER_VERSION);
  const configured = useQuery({ ...resourceFiltersOptions(resource), enabled: needed });
  return nameMatchFor({ isAdmin, version, configured: configured.isError ? null : configured.data });
}
