/** Read-only infrastructure collections: availability zones, pools, services. Handlers: ../services.ts. */
import { defineResource, json } from '../resource';
import { availabilityZones as listZones, getPools, listServices } from '../services';

export const availabilityZones = defineResource({
  collection: 'os-availability-zone',
  routes: [{ method: 'GET', path: '', handle: () => json(listZones()) }],
});

export const schedulerStats = defineResource({
  collection: 'scheduler-stats',
  routes: [{ method: 'GET', path: 'get_pools', handle: ({ ctx }) => json(getPools(ctx)) }],
});

export const services = defineResource({
  collection: 'os-services',
  routes: [{ method: 'GET', path: '', handle: ({ ctx }) => json(listServices(ctx)) }],
});
