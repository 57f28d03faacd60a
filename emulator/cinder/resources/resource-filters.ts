/**
 * GET /resource_filters (3.33+): the filter keys a non-admin may use per resource (Cinder's
 * resource_filters.json, `RESOURCE_FILTERS`), all or `?resource=` one. No policy: any token may ask.
 * A key configured with a trailing `~` (e.g. `name~`) allows inexact matching from 3.34.
 */
import { RESOURCE_FILTERS } from '../filters';
import { defineResource, json } from '../resource';

export const resourceFilters = defineResource({
  collection: 'resource_filters',
  // Older requests hit no controller method (VersionNotFoundForAPIMethod → 404).
  minVersion: '3.33',
  routes: [
    {
      method: 'GET',
      path: '',
      handle: ({ ctx }) => {
        const resource = ctx.url.searchParams.get('resource');
        // common.get_enabled_resource_filters: an unknown resource gives an empty list, not an error.
        const entries = resource ? (RESOURCE_FILTERS[resource] ? [[resource, RESOURCE_FILTERS[resource]] as const] : []) : Object.entries(RESOURCE_FILTERS);
        return json({ resource_filters: entries.map(([name, filters]) => ({ resource: name, filters: [...filters] })) });
      },
    },
  ],
});
