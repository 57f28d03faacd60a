/** Volume types (extra specs, access, in-use refusals) and QoS specs (keys, associations). */
import { obj, qosCreated, setupType, setupVolume, typeCreated } from './helpers';
import type { Scenario } from './types';

export const typeScenarios: Scenario[] = [
  {
    name: 'volume types: create, extra specs, access, in-use refusals, delete',
    async run(ctx) {
      const a = ctx.admin;
      const name = ctx.label(ctx.name('type'), 'type');
      const created = await ctx.call('create type', a, 'POST', '/types', { body: { volume_type: { name, description: 'contract', extra_specs: { volume_backend_name: 'hdd' } } } }, (b) => ({ name: ctx.l(obj(b.volume_type).name), is_public: obj(b.volume_type).is_public, extra_specs: obj(b.volume_type).extra_specs }));
      const id = typeCreated(ctx, obj(created.body));
      await ctx.call('create a duplicate type', a, 'POST', '/types', { body: { volume_type: { name } } });
      await ctx.call('create a type as member', ctx.member, 'POST', '/types', { body: { volume_type: { name: ctx.name('member-type') } } });
      await ctx.call('list types (admin)', a, 'GET', '/types', { query: { is_public: 'None' } });
      await ctx.call('list types (member)', ctx.member, 'GET', '/types');
      await ctx.call('show type (member)', ctx.member, 'GET', `/types/${id}`, {}, (b) => ({ extra_specs: obj(b.volume_type).extra_specs }));
      await ctx.call('show type (admin)', a, 'GET', `/types/${id}`, {}, (b) => ({ qos_specs_id: obj(b.volume_type).qos_specs_id }));
      await ctx.call('default type', ctx.member, 'GET', '/types/default', {}, (b) => ({ name: obj(b.volume_type).name }));
      await ctx.call('default type (admin)', a, 'GET', '/types/default', {}, (b) => ({ name: obj(b.volume_type).name }));
      await ctx.call('update type', a, 'PUT', `/types/${id}`, { body: { volume_type: { description: 'contract 2' } } }, (b) => ({ description: obj(b.volume_type).description }));
      await ctx.call('set extra specs', a, 'POST', `/types/${id}/extra_specs`, { body: { extra_specs: { 'contract:tier': 'gold', 'contract:mode': 'fast' } } }, (b) => ({ extra_specs: b.extra_specs }));
      await ctx.call('list extra specs', a, 'GET', `/types/${id}/extra_specs`, {}, (b) => ({ extra_specs: b.extra_specs }));
      await ctx.call('show one extra spec', a, 'GET', `/types/${id}/extra_specs/contract:tier`, {}, (b) => ({ body: b }));
      await ctx.call('update one extra spec', a, 'PUT', `/types/${id}/extra_specs/contract:tier`, { body: { 'contract:tier': 'silver' } }, (b) => ({ body: b }));
      await ctx.call('delete an extra spec', a, 'DELETE', `/types/${id}/extra_specs/contract:tier`);
      await ctx.call('delete a missing extra spec', a, 'DELETE', `/types/${id}/extra_specs/contract:tier`);
      await ctx.call('extra spec key with a space', a, 'POST', `/types/${id}/extra_specs`, { body: { extra_specs: { 'bad key': 'x' } } });
      await ctx.call('extra spec value over 255 characters', a, 'POST', `/types/${id}/extra_specs`, { body: { extra_specs: { 'contract:long': 'x'.repeat(256) } } });
      await ctx.call('extra specs as member', ctx.member, 'POST', `/types/${id}/extra_specs`, { body: { extra_specs: { 'contract:x': 'y' } } });
      await ctx.call('access list of a public type', a, 'GET', `/types/${id}/os-volume-type-access`);

      const privateName = ctx.label(ctx.name('private'), 'private-type');
      const priv = await ctx.call('create private type', a, 'POST', '/types', { body: { volume_type: { name: privateName, 'os-volume-type-access:is_public': false } } }, (b) => ({ is_public: obj(b.volume_type).is_public, access: obj(b.volume_type)['os-volume-type-access:is_public'] }));
      const privId = typeCreated(ctx, obj(priv.body));
      await ctx.call('access list (empty)', a, 'GET', `/types/${privId}/os-volume-type-access`, {}, (b) => ({ items: (b.volume_type_access as unknown[] | undefined)?.length }));
      await ctx.call('add project access', a, 'POST', `/types/${privId}/action`, { body: { addProjectAccess: { project: ctx.member.projectId } } });
      await ctx.call('add the same access again', a, 'POST', `/types/${privId}/action`, { body: { addProjectAccess: { project: ctx.member.projectId } } });
      await ctx.call('access list', a, 'GET', `/types/${privId}/os-volume-type-access`, {}, (b) => ({ items: (b.volume_type_access as unknown[] | undefined)?.length }));
      await ctx.call('member sees the shared private type', ctx.member, 'GET', `/types/${privId}`, {}, (b) => ({ name: ctx.l(obj(b.volume_type).name) }));
      await ctx.call('remove project access', a, 'POST', `/types/${privId}/action`, { body: { removeProjectAccess: { project: ctx.member.projectId } } });
      await ctx.call('remove it again', a, 'POST', `/types/${privId}/action`, { body: { removeProjectAccess: { project: ctx.member.projectId } } });
      await ctx.call('member no longer sees it', ctx.member, 'GET', `/types/${privId}`);

      await setupVolume(ctx, ctx.member, { size: 1, name: ctx.name('typed'), volume_type: name });
      await ctx.call('set extra specs on an in-use type', a, 'POST', `/types/${id}/extra_specs`, { body: { extra_specs: { 'contract:tier': 'bronze' } } });
      await ctx.call('delete an extra spec of an in-use type', a, 'DELETE', `/types/${id}/extra_specs/contract:mode`);
      await ctx.call('delete an in-use type', a, 'DELETE', `/types/${id}`);
      await ctx.call('rename an in-use type', a, 'PUT', `/types/${id}`, { body: { volume_type: { name: ctx.label(ctx.name('type-renamed'), 'type-renamed') } } }, (b) => ({ name: ctx.l(obj(b.volume_type).name) }));
      await ctx.call('delete private type', a, 'DELETE', `/types/${privId}`);
      await ctx.call('show deleted type', a, 'GET', `/types/${privId}`);
    },
  },
  {
    name: 'QoS specs: create, set/unset keys, associate, delete',
    async run(ctx) {
      const a = ctx.admin;
      const name = ctx.label(ctx.name('qos'), 'qos');
      const created = await ctx.call('create QoS spec', a, 'POST', '/qos-specs', { body: { qos_specs: { name, consumer: 'back-end', total_iops_sec: '500' } } }, (b) => ({ name: ctx.l(obj(b.qos_specs).name), consumer: obj(b.qos_specs).consumer, specs: obj(b.qos_specs).specs }));
      const id = qosCreated(ctx, obj(created.body));
      await ctx.call('create a duplicate QoS spec', a, 'POST', '/qos-specs', { body: { qos_specs: { name } } });
      await ctx.call('QoS value not a string', a, 'POST', '/qos-specs', { body: { qos_specs: { name: ctx.name('qos-bad'), total_iops_sec: 500 } } });
      await ctx.call('QoS with a bad consumer', a, 'POST', '/qos-specs', { body: { qos_specs: { name: ctx.name('qos-bad2'), consumer: 'nobody' } } });
      await ctx.call('list QoS specs', a, 'GET', '/qos-specs', { query: { limit: 5 } });
      await ctx.call('show QoS spec', a, 'GET', `/qos-specs/${id}`, {}, (b) => ({ specs: obj(b.qos_specs).specs, consumer: obj(b.qos_specs).consumer }));
      await ctx.call('QoS list as member', ctx.member, 'GET', '/qos-specs');
      await ctx.call('set keys', a, 'PUT', `/qos-specs/${id}`, { body: { qos_specs: { read_iops_sec: '200', consumer: 'front-end' } } }, (b) => ({ echoed: b.qos_specs }));
      await ctx.call('set keys with a bad consumer', a, 'PUT', `/qos-specs/${id}`, { body: { qos_specs: { consumer: 'nobody' } } });
      await ctx.call('keys after set', a, 'GET', `/qos-specs/${id}`, {}, (b) => ({ specs: obj(b.qos_specs).specs, consumer: obj(b.qos_specs).consumer }));
      await ctx.call('unset keys', a, 'PUT', `/qos-specs/${id}/delete_keys`, { body: { keys: ['read_iops_sec'] } });
      await ctx.call('unset a missing key', a, 'PUT', `/qos-specs/${id}/delete_keys`, { body: { keys: ['read_iops_sec'] } });

      const typeName = ctx.label(ctx.name('qos-type'), 'qos-type');
      const typeId = ctx.label(await setupType(ctx, typeName, {}), 'qos-type-id');
      ctx.label(id, 'qos-id');
      await ctx.call('associate with a type', a, 'GET', `/qos-specs/${id}/associate`, { query: { vol_type_id: typeId } });
      await ctx.call('associations', a, 'GET', `/qos-specs/${id}/associations`, {}, (b) => ({ list: (b.qos_associations as Record<string, unknown>[]).map((x) => ({ ...x, id: ctx.l(x.id), name: ctx.l(x.name) })) }));
      await ctx.call('type shows its QoS spec', a, 'GET', `/types/${typeId}`, {}, (b) => ({ qos_specs_id: ctx.l(obj(b.volume_type).qos_specs_id) }));
      const other = await ctx.call('second QoS spec', a, 'POST', '/qos-specs', { body: { qos_specs: { name: ctx.name('qos2') } } });
      const otherId = qosCreated(ctx, obj(other.body));
      await ctx.call('associate a type that already has a spec', a, 'GET', `/qos-specs/${otherId}/associate`, { query: { vol_type_id: typeId } });
      await ctx.call('associate an unknown type', a, 'GET', `/qos-specs/${otherId}/associate`, { query: { vol_type_id: '00000000-0000-4000-8000-000000000000' } });
      await ctx.call('delete an associated spec', a, 'DELETE', `/qos-specs/${id}`);
      await ctx.call('disassociate', a, 'GET', `/qos-specs/${id}/disassociate`, { query: { vol_type_id: typeId } });
      await ctx.call('associations after disassociate', a, 'GET', `/qos-specs/${id}/associations`, {}, (b) => ({ items: (b.qos_associations as unknown[]).length }));
      await ctx.call('associate again, then disassociate all', a, 'GET', `/qos-specs/${id}/associate`, { query: { vol_type_id: typeId } });
      await ctx.call('disassociate all', a, 'GET', `/qos-specs/${id}/disassociate_all`);
      await ctx.call('delete QoS spec', a, 'DELETE', `/qos-specs/${id}`);
      await ctx.call('show deleted QoS spec', a, 'GET', `/qos-specs/${id}`);
    },
  },
];
