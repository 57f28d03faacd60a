/** /volumes: CRUD, summary (3.12), actions and metadata. Handlers: ../volumes.ts, ../volume-actions.ts, ../metadata.ts. */
import { defineResource, json, accepted } from '../resource';
import { metadataCollection, metadataItem } from '../metadata';
import { bodyObject } from '../validate';
import { volumeAction } from '../volume-actions';
import { createVolume, deleteVolumeRequest, listVolumes, showVolume, updateVolume, volumeSummaryTotals } from '../volumes';

export const volumes = defineResource({
  collection: 'volumes',
  store: { name: 'volumes' },
  failActions: ['create', 'extend', 'retype', 'delete', 'revert', 'migrate', 'upload'],
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listVolumes(ctx, false)) },
    { method: 'POST', path: '', handle: ({ ctx, body }) => createVolume(ctx, body!) },
    { method: 'GET', path: 'detail', handle: ({ ctx }) => json(listVolumes(ctx, true)) },
    // Below 3.12 "summary" is an id: show volume `summary` → 404, like Cinder.
    { method: 'GET', path: 'summary', minVersion: '3.12', handle: ({ ctx }) => json(volumeSummaryTotals(ctx)) },
    { method: 'GET', path: ':id', handle: ({ ctx, params }) => json(showVolume(ctx, params.id!)) },
    { method: 'PUT', path: ':id', handle: ({ ctx, params, body }) => json(updateVolume(ctx, params.id!, body!)) },
    { method: 'DELETE', path: ':id', handle: ({ ctx, params }) => (deleteVolumeRequest(ctx, params.id!), accepted()) },
    { method: 'POST', path: ':id/action', handle: ({ ctx, params, body }) => volumeAction(ctx, params.id!, bodyObject(body!)) },
    { method: ['GET', 'POST', 'PUT'], path: ':id/metadata', handle: ({ ctx, params, body }) => metadataCollection(ctx, 'volume', params.id!, body) },
    { method: ['GET', 'PUT', 'DELETE'], path: ':id/metadata/:key', handle: ({ ctx, params, body }) => metadataItem(ctx, 'volume', params.id!, params.key!, body) },
  ],
});
