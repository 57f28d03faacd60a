/** /types: volume types, extra specs, access and encryption. Handlers: ../types.ts. */
import { defineResource, json, accepted } from '../resource';
import { createType, deleteType, extraSpecs, listTypes, showType, typeAccessList, typeAction, updateType } from '../types';
import { createTypeEncryption, deleteTypeEncryption, showTypeEncryption, showTypeEncryptionKey, updateTypeEncryption } from '../encryption';
import { bodyObject } from '../validate';

export const volumeTypes = defineResource({
  collection: 'types',
  store: { name: 'typeEncryption' },
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listTypes(ctx)) },
    { method: 'POST', path: '', handle: ({ ctx, body }) => json(createType(ctx, body!)) },
    { method: 'GET', path: ':id', handle: ({ ctx, params }) => json(showType(ctx, params.id!)) },
    { method: 'PUT', path: ':id', handle: ({ ctx, params, body }) => json(updateType(ctx, params.id!, body!)) },
    { method: 'DELETE', path: ':id', handle: ({ ctx, params }) => (deleteType(ctx, params.id!), accepted()) },
    { method: 'POST', path: ':id/action', handle: ({ ctx, params, body }) => typeAction(ctx, params.id!, bodyObject(body!)) },
    { method: ['GET', 'POST'], path: ':id/extra_specs', handle: ({ ctx, params, body }) => extraSpecs(ctx, params.id!, null, body) },
    { method: ['GET', 'PUT', 'DELETE'], path: ':id/extra_specs/:key', handle: ({ ctx, params, body }) => extraSpecs(ctx, params.id!, params.key!, body) },
    { method: 'GET', path: ':id/os-volume-type-access', handle: ({ ctx, params }) => json(typeAccessList(ctx, params.id!)) },
    { method: 'GET', path: ':id/encryption', handle: ({ ctx, params }) => json(showTypeEncryption(ctx, params.id!)) },
    { method: 'POST', path: ':id/encryption', handle: ({ ctx, params, body }) => json(createTypeEncryption(ctx, params.id!, body!)) },
    { method: 'GET', path: ':id/encryption/:key', handle: ({ ctx, params }) => json(showTypeEncryptionKey(ctx, params.id!, params.key!)) },
    // The encryption id in the path is not looked at: one spec per type.
    { method: 'PUT', path: ':id/encryption/:encryptionId', handle: ({ ctx, params, body }) => json(updateTypeEncryption(ctx, params.id!, body!)) },
    { method: 'DELETE', path: ':id/encryption/:encryptionId', handle: ({ ctx, params }) => (deleteTypeEncryption(ctx, params.id!), accepted()) },
  ],
});
