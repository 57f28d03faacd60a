/** /manageable_volumes and /manageable_snapshots (3.8): what a backend holds outside Cinder, and taking it in. Handlers: ../manageable.ts, ../manage.ts. */
import { defineResource, json } from '../resource';
import { manageSnapshot, manageVolume } from '../manage';
import { listManageable, seedBackendObjects } from '../manageable';

export const manageableVolumes = defineResource({
  collection: 'manageable_volumes',
  store: { name: 'backendObjects', seed: seedBackendObjects },
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listManageable(ctx, 'volume', false)) },
    { method: 'GET', path: 'detail', handle: ({ ctx }) => json(listManageable(ctx, 'volume', true)) },
    { method: 'POST', path: '', handle: ({ ctx, body }) => json(manageVolume(ctx, body!), 202) },
  ],
});

export const manageableSnapshots = defineResource({
  collection: 'manageable_snapshots',
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listManageable(ctx, 'snapshot', false)) },
    { method: 'GET', path: 'detail', handle: ({ ctx }) => json(listManageable(ctx, 'snapshot', true)) },
    { method: 'POST', path: '', handle: ({ ctx, body }) => json(manageSnapshot(ctx, body!), 202) },
  ],
});
