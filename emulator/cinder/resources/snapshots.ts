/** /snapshots: CRUD, actions and metadata. Handlers: ../snapshots.ts, ../metadata.ts. */
import { defineResource, json, accepted } from '../resource';
import { getSnapshot } from '../lookup';
import { metadataCollection, metadataItem } from '../metadata';
import { createSnapshot, deleteSnapshot, listSnapshots, showSnapshot, snapshotAction, updateSnapshot } from '../snapshots';
import { bodyObject } from '../validate';

export const snapshots = defineResource({
  collection: 'snapshots',
  store: { name: 'snapshots' },
  failActions: ['snapshot', 'snapshotDelete'],
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listSnapshots(ctx, false)) },
    { method: 'POST', path: '', handle: ({ ctx, body }) => json(createSnapshot(ctx, body!), 202) },
    { method: 'GET', path: 'detail', handle: ({ ctx }) => json(listSnapshots(ctx, true)) },
    { method: 'GET', path: ':id', handle: ({ ctx, params }) => json(showSnapshot(ctx, params.id!)) },
    { method: 'PUT', path: ':id', handle: ({ ctx, params, body }) => json(updateSnapshot(ctx, params.id!, body!)) },
    { method: 'DELETE', path: ':id', handle: ({ ctx, params }) => (deleteSnapshot(ctx, getSnapshot(ctx, params.id!), false), accepted()) },
    { method: 'POST', path: ':id/action', handle: ({ ctx, params, body }) => snapshotAction(ctx, params.id!, bodyObject(body!)) },
    { method: ['GET', 'POST', 'PUT'], path: ':id/metadata', handle: ({ ctx, params, body }) => metadataCollection(ctx, 'snapshot', params.id!, body) },
    { method: ['GET', 'PUT', 'DELETE'], path: ':id/metadata/:key', handle: ({ ctx, params, body }) => metadataItem(ctx, 'snapshot', params.id!, params.key!, body) },
  ],
});
