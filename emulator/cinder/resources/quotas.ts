/** /os-quota-sets, /os-quota-class-sets and /limits. Handlers: ../quotas.ts, ../quota-classes.ts. */
import { defineResource, json } from '../resource';
import { showQuotaClass, updateQuotaClass } from '../quota-classes';
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

export const quotaClassSets = defineResource({
  collection: 'os-quota-class-sets',
  store: { name: 'quotaClasses' },
  routes: [
    { method: 'GET', path: ':name', handle: ({ ctx, params }) => json(showQuotaClass(ctx, params.name!)) },
    { method: 'PUT', path: ':name', handle: ({ ctx, params, body }) => json(updateQuotaClass(ctx, params.name!, body!)) },
  ],
});
