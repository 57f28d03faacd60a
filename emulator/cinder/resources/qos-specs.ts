/** /qos-specs: QoS specs, their keys and type associations. Handlers: ../qos.ts. */
import { defineResource, json, accepted, type Route } from '../resource';
import { associateQos, createQos, deleteQos, listQos, qosAssociations, setQosKeys, showQos, unsetQosKeys } from '../qos';

const association = (op: 'associate' | 'disassociate' | 'disassociate_all'): Route => ({
  method: 'GET',
  path: `:id/${op}`,
  handle: ({ ctx, params }) => (associateQos(ctx, params.id!, op), accepted()),
});

export const qosSpecs = defineResource({
  collection: 'qos-specs',
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listQos(ctx)) },
    { method: 'POST', path: '', handle: ({ ctx, body }) => json(createQos(ctx, body!)) },
    { method: 'GET', path: ':id', handle: ({ ctx, params }) => json(showQos(ctx, params.id!)) },
    { method: 'PUT', path: ':id', handle: ({ ctx, params, body }) => json(setQosKeys(ctx, params.id!, body!)) },
    { method: 'DELETE', path: ':id', handle: ({ ctx, params }) => (deleteQos(ctx, params.id!), accepted()) },
    { method: 'PUT', path: ':id/delete_keys', handle: ({ ctx, params, body }) => (unsetQosKeys(ctx, params.id!, body!), accepted()) },
    { method: 'GET', path: ':id/associations', handle: ({ ctx, params }) => json(qosAssociations(ctx, params.id!)) },
    association('associate'),
    association('disassociate'),
    association('disassociate_all'),
  ],
});
