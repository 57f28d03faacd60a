/** /os-quota-sets and /limits. Handlers: ../quotas.ts. */
import { defineResource, json } from '../resource';
import { deleteQuotas, limits as showLimits, showDefaultQuotas, showQuotas, updateQuotas } from '../quotas';

export const quotaSets = defineResource({
  collection: 'os-quota-sets',
  routes: [
    { method: 'GET', path: ':project', handle: ({ ctx, params }) => json(showQuotas(ctx, params.project!)) },
    { method: 'PUT', path: ':project', handle: ({ ctx, params, body }) => json(updateQuotas(ctx, params.project!, body!)) },
    { method: 'DELETE', path: ':project', handle: ({ ctx, params }) => (deleteQuotas(ctx, params.project!), { status: 200 }) },
    { method: 'GET', path: ':project/defaults', handle: ({ ctx, params }) => json(showDefaultQuotas(ctx, params.project!)) },
  ],
});

export const limits = defineResource({
  collection: 'limits',
  routes: [{ method: 'GET', path: '', handle: ({ ctx }) => json(showLimits(ctx)) }],
});
