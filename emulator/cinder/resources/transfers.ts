/**
 * /volume-transfers and the legacy /os-volume-transfer: the same controller behind two URLs (Cinder's
 * v3 router maps both at every microversion; `no_snapshots` and the extra fields follow 3.55 / 3.57,
 * paging 3.59). Handlers: ../transfers.ts.
 */
import { defineResource, json, type Route } from '../resource';
import { acceptTransfer, createTransfer, deleteTransfer, listTransfers, showTransfer } from '../transfers';

const routes: readonly Route[] = [
  { method: 'GET', path: '', handle: ({ ctx }) => json(listTransfers(ctx, false)) },
  { method: 'POST', path: '', handle: ({ ctx, body }) => createTransfer(ctx, body!) },
  { method: 'GET', path: 'detail', handle: ({ ctx }) => json(listTransfers(ctx, true)) },
  { method: 'GET', path: ':id', handle: ({ ctx, params }) => json(showTransfer(ctx, params.id!)) },
  { method: 'DELETE', path: ':id', handle: ({ ctx, params }) => deleteTransfer(ctx, params.id!) },
  { method: 'POST', path: ':id/accept', handle: ({ ctx, params, body }) => acceptTransfer(ctx, params.id!, body!) },
];

export const volumeTransfers = defineResource({ collection: 'volume-transfers', store: { name: 'transfers' }, routes });

/** Shares the store of volumeTransfers (declared there once). */
export const legacyVolumeTransfers = defineResource({ collection: 'os-volume-transfer', routes });
