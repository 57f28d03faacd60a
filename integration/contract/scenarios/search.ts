/** Search: GET /resource_filters per role and the `name~` substring filter (admins always, members as configured). */
import { listLength, setupVolume } from './helpers';
import type { Scenario } from './types';

export const searchScenarios: Scenario[] = [
  {
    name: 'search: name~ and resource_filters per role',
    async run(ctx) {
      const m = ctx.member;
      const base = ctx.name('search');
      await setupVolume(ctx, m, { size: 1, name: `${base}-alpha` });
      type Entries = { resource: string; filters: string[] }[];
      await ctx.call('resource filters (member)', m, 'GET', '/resource_filters', {}, (b) => ({
        byResource: Object.fromEntries((b.resource_filters as Entries).map((e) => [e.resource, e.filters])),
      }));
      await ctx.call('resource filters of volumes (admin)', ctx.admin, 'GET', '/resource_filters', { query: { resource: 'volume' } }, (b) => ({ entries: b.resource_filters }));
      await ctx.call('resource filters of an unknown resource', m, 'GET', '/resource_filters', { query: { resource: 'nothing' } });
      await ctx.call('resource filters below 3.33', m, 'GET', '/resource_filters', { mv: '3.32' });
      await ctx.call('member: exact name', m, 'GET', '/volumes/detail', { query: { name: `${base}-alpha` } }, (b) => ({ items: listLength(b, 'volumes') }));
      await ctx.call('member: part of a name is no exact match', m, 'GET', '/volumes/detail', { query: { name: base } }, (b) => ({ items: listLength(b, 'volumes') }));
      await ctx.call('member: name~ refused', m, 'GET', '/volumes/detail', { query: { 'name~': base } });
      await ctx.call('member: snapshots name~ refused', m, 'GET', '/snapshots/detail', { query: { 'name~': base } });
      await ctx.call('admin: name~ matches part of a name in any case', ctx.admin, 'GET', '/volumes/detail', { query: { all_tenants: 1, 'name~': `${base}-ALP`.toUpperCase() } }, (b) => ({
        items: listLength(b, 'volumes'),
      }));
      await ctx.call('admin: snapshots name~', ctx.admin, 'GET', '/snapshots/detail', { query: { all_tenants: 1, 'name~': base } }, (b) => ({ items: listLength(b, 'snapshots') }));
    },
  },
];
