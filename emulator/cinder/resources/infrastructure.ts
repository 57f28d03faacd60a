/** Infrastructure collections: availability zones, pools, services. Handlers: ../services.ts, ../os-services.ts. */
import { defineResource, json } from '../resource';
import { listServices, seedServices, updateService } from '../os-services';
import { availabilityZones as listZones, getPools } from '../services';

export const availabilityZones = defineResource({
  collection: 'os-availability-zone',
  routes: [{ method: 'GET', path: '', handle: ({ ctx }) => json(listZones(ctx.world.state)) }],
});

export const schedulerStats = defineResource({
  collection: 'scheduler-stats',
  routes: [{ method: 'GET', path: 'get_pools', handle: ({ ctx }) => json(getPools(ctx)) }],
});

export const services = defineResource({
  collection: 'os-services',
  store: { name: 'services', seed: seedServices },
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listServices(ctx)) },
    { method: 'PUT', path: ':action', handle: ({ ctx, params, body }) => json(updateService(ctx, params.action!, body!)) },
  ],
});
