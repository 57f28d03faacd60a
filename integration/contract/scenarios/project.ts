/** Quotas, limits, zones, pools, messages, microversion and input refusals, member vs admin APIs. */
import { obj } from './helpers';
import type { Scenario } from './types';

const genericQuotaKeys = (set: Record<string, unknown>) =>
  [...new Set(Object.keys(set).map((k) => k.replace(/^(volumes|gigabytes|snapshots)_.+$/, '$1_<type>')))].sort();

export const projectScenarios: Scenario[] = [
  {
    name: 'quotas, limits, zones, pools, messages',
    async run(ctx) {
      const m = ctx.member;
      await ctx.call('quota usage (member, own project)', m, 'GET', `/os-quota-sets/${m.projectId}`, { query: { usage: true } }, (b) => ({
        keys: genericQuotaKeys(obj(b.quota_set)),
        entry: Object.keys(obj(obj(b.quota_set).volumes)).sort(),
      }), { resource: '-' });
      await ctx.call('quota set without usage', m, 'GET', `/os-quota-sets/${m.projectId}`, {}, (b) => ({ volumesIsNumber: typeof obj(b.quota_set).volumes === 'number' }), { resource: '-' });
      await ctx.call("quota of another project (member)", m, 'GET', `/os-quota-sets/${ctx.admin.projectId}`, { query: { usage: true } });
      await ctx.call('quota of another project (admin)', ctx.admin, 'GET', `/os-quota-sets/${m.projectId}`, { query: { usage: true } }, (b) => ({ keys: genericQuotaKeys(obj(b.quota_set)) }), { resource: '-' });
      await ctx.call('quota defaults', m, 'GET', `/os-quota-sets/${m.projectId}/defaults`, {}, (b) => ({ keys: genericQuotaKeys(obj(b.quota_set)) }), { resource: '-' });
      await ctx.call('limits', m, 'GET', '/limits', {}, (b) => ({ absolute: Object.keys(obj(obj(b.limits).absolute)).sort(), rate: obj(b.limits).rate }));
      await ctx.call('availability zones', m, 'GET', '/os-availability-zone', {}, (b) => ({ zones: (b.availabilityZoneInfo as { zoneName: string }[]).map((z) => z.zoneName) }));
      await ctx.call('pools (admin)', ctx.admin, 'GET', '/scheduler-stats/get_pools', { query: { detail: true } }, (b) => ({ backends: (b.pools as { capabilities: { volume_backend_name: string } }[]).map((p) => p.capabilities.volume_backend_name).sort() }));
      await ctx.call('pools (member)', m, 'GET', '/scheduler-stats/get_pools');
      await ctx.call('messages of a resource', m, 'GET', '/messages', { query: { resource_uuid: '00000000-0000-4000-8000-000000000000' } }, (b) => ({ items: (b.messages as unknown[]).length }));
    },
  },
  {
    name: 'refusals: microversions, bad input, unknown ids, admin APIs',
    async run(ctx) {
      const m = ctx.member;
      const missing = '00000000-0000-4000-8000-000000000000';
      await ctx.call('microversion above the max', m, 'GET', '/volumes', { mv: '3.99' });
      await ctx.call('microversion below the min', m, 'GET', '/volumes', { mv: '2.0' });
      await ctx.call('malformed microversion', m, 'GET', '/volumes', { mv: 'abc' });
      await ctx.call('microversion header without the service', m, 'GET', '/volumes', { headers: { 'OpenStack-API-Version': 'compute 3.40' } });
      await ctx.call('unknown volume', m, 'GET', `/volumes/${missing}`);
      await ctx.call('unknown snapshot', m, 'GET', `/snapshots/${missing}`);
      await ctx.call('unknown type', m, 'GET', `/types/${missing}`);
      await ctx.call('action on an unknown volume', m, 'POST', `/volumes/${missing}/action`, { body: { 'os-extend': { new_size: 5 } } });
      await ctx.call('create with size 0', m, 'POST', '/volumes', { body: { volume: { size: 0 } } });
      await ctx.call('create with a text size', m, 'POST', '/volumes', { body: { volume: { size: 'big' } } });
      await ctx.call('create without a size', m, 'POST', '/volumes', { body: { volume: { name: 'x' } } });
      await ctx.call('create over the gigabytes quota', m, 'POST', '/volumes', { body: { volume: { size: 100000 } } });
      await ctx.call('create with an unknown type', m, 'POST', '/volumes', { body: { volume: { size: 1, volume_type: ctx.name('nope') } } });
      await ctx.call('create with an unknown key at 3.53', m, 'POST', '/volumes', { body: { volume: { size: 1, colour: 'red' } } });
      await ctx.call('snapshot of an unknown volume', m, 'POST', '/snapshots', { body: { snapshot: { volume_id: missing } } });
      await ctx.call('body that is not JSON', m, 'POST', '/volumes', { body: '{"volume": ', headers: { 'Content-Type': 'application/json' } });
      await ctx.call('reset snapshot status as member', m, 'POST', `/snapshots/${missing}/action`, { body: { 'os-reset_status': { status: 'available' } } });
      await ctx.call('force delete as member', m, 'POST', `/volumes/${missing}/action`, { body: { 'os-force_delete': {} } });
      await ctx.call('all projects as member is ignored', m, 'GET', '/volumes', { query: { all_tenants: 1, name: ctx.name('none') } });
      await ctx.call('URL with another project id', { ...m, cinderUrl: m.cinderUrl.replace(m.projectId, ctx.admin.projectId) }, 'GET', '/volumes');
    },
  },
];
