/** Cloud admin operations (#17): type encryption, services and zones, quota classes and edits, manage/unmanage. */
import { obj, setupType, setupVolume, volumeCreated, type Body } from './helpers';
import type { Scenario } from './types';
import type { ScenarioContext } from '../context';

const sortedKeys = (value: unknown) => Object.keys(obj(value)).sort();
const genericQuotaKeys = (set: Record<string, unknown>) =>
  [...new Set(Object.keys(set).map((k) => k.replace(/^(volumes|gigabytes|snapshots)_.+$/, '$1_<type>')))].sort();

/** The pool of the `hdd` backend (its host differs between clouds), labelled for comparison. */
async function hddPool(ctx: ScenarioContext): Promise<string> {
  const pools = await ctx.raw(ctx.admin, 'GET', '/scheduler-stats/get_pools', { query: { detail: true } }, [200]);
  const pool = ((obj(pools.body).pools as Body[]) ?? []).find((p) => obj(p.capabilities).volume_backend_name === 'hdd');
  if (!pool) throw new Error(`${ctx.target.name}: no hdd pool`);
  return ctx.label(String(pool.name), 'hdd-pool');
}

export const adminScenarios: Scenario[] = [
  {
    name: 'admin: volume type encryption',
    async run(ctx) {
      const a = ctx.admin;
      const id = ctx.label(await setupType(ctx, ctx.name('enc'), {}), 'enc-type');
      const spec = { provider: 'luks', cipher: 'aes-xts-plain64', key_size: '256', control_location: 'front-end' };
      await ctx.call('encryption of an unencrypted type', a, 'GET', `/types/${id}/encryption`, {}, (b) => ({ keys: sortedKeys(b) }));
      await ctx.call('encryption as member', ctx.member, 'GET', `/types/${id}/encryption`);
      await ctx.call('create with a bad control location', a, 'POST', `/types/${id}/encryption`, { body: { encryption: { provider: 'luks', control_location: 'middle' } } });
      await ctx.call('create without provider', a, 'POST', `/types/${id}/encryption`, { body: { encryption: { control_location: 'front-end' } } });
      await ctx.call('create encryption', a, 'POST', `/types/${id}/encryption`, { body: { encryption: spec } }, (b) => ({
        keys: sortedKeys(b.encryption),
        key_size: obj(b.encryption).key_size,
        volume_type_id: ctx.l(obj(b.encryption).volume_type_id),
      }));
      await ctx.call('create it again', a, 'POST', `/types/${id}/encryption`, { body: { encryption: spec } });
      const shown = await ctx.call('show encryption', a, 'GET', `/types/${id}/encryption`, {}, (b) => ({ keys: sortedKeys(b), provider: b.provider, key_size: b.key_size, control_location: b.control_location, deleted: b.deleted }));
      const encryptionId = String(obj(shown.body).encryption_id);
      await ctx.call('show one encryption field', a, 'GET', `/types/${id}/encryption/cipher`, {}, (b) => ({ body: b }));
      await ctx.call('show an unknown encryption field', a, 'GET', `/types/${id}/encryption/nope`);
      await ctx.call('update encryption', a, 'PUT', `/types/${id}/encryption/${encryptionId}`, { body: { encryption: { control_location: 'back-end' } } }, (b) => ({ body: b }));
      await ctx.call('update with a text key size', a, 'PUT', `/types/${id}/encryption/${encryptionId}`, { body: { encryption: { key_size: 'abc' } } });
      await ctx.call('delete encryption', a, 'DELETE', `/types/${id}/encryption/${encryptionId}`);
      await ctx.call('delete it again', a, 'DELETE', `/types/${id}/encryption/${encryptionId}`);
      await ctx.call('update a missing encryption', a, 'PUT', `/types/${id}/encryption/${encryptionId}`, { body: { encryption: { control_location: 'back-end' } } });

      // A type in use: every encryption write is refused (no encrypted volume is needed to see it).
      const usedName = ctx.label(ctx.name('enc-used'), 'enc-used');
      const used = ctx.label(await setupType(ctx, usedName, {}), 'enc-used-type');
      await setupVolume(ctx, ctx.member, { size: 1, name: ctx.name('enc-user'), volume_type: usedName });
      await ctx.call('create encryption on a type in use', a, 'POST', `/types/${used}/encryption`, { body: { encryption: spec } });
      await ctx.call('update encryption of a type in use', a, 'PUT', `/types/${used}/encryption/x`, { body: { encryption: { control_location: 'back-end' } } });
      await ctx.call('delete encryption of a type in use', a, 'DELETE', `/types/${used}/encryption/x`);
    },
  },
  {
    name: 'admin: services and availability zones',
    async run(ctx) {
      const a = ctx.admin;
      await ctx.call('services (admin)', a, 'GET', '/os-services', {}, (b) => {
        const list = (b.services as Body[]).filter((s) => s.binary === 'cinder-scheduler' || s.binary === 'cinder-volume');
        return {
          binaries: list.map((s) => s.binary).sort(),
          states: [...new Set(list.map((s) => `${String(s.status)}/${String(s.state)}`))],
          scheduler: sortedKeys(list.find((s) => s.binary === 'cinder-scheduler')),
          volume: sortedKeys(list.find((s) => s.binary === 'cinder-volume')),
        };
      });
      await ctx.call('services (member)', ctx.member, 'GET', '/os-services');
      const scheduler = await ctx.raw(a, 'GET', '/os-services', { query: { binary: 'cinder-scheduler' } }, [200]);
      const host = ctx.label(String(obj((obj(scheduler.body).services as Body[])[0]).host), 'scheduler-host');
      ctx.onCleanup('enable the scheduler', async () => void (await ctx.raw(a, 'PUT', '/os-services/enable', { body: { host, binary: 'cinder-scheduler' } }, [200])));
      const reason = ctx.label(ctx.name('contract'), 'reason');
      const pick = (b: Body) => ({ ...b, host: ctx.l(b.host), disabled_reason: ctx.l(b.disabled_reason) });
      await ctx.call('disable with a reason', a, 'PUT', '/os-services/disable-log-reason', { body: { host, binary: 'cinder-scheduler', disabled_reason: reason } }, pick);
      await ctx.call('disabled scheduler', a, 'GET', '/os-services', { query: { binary: 'cinder-scheduler' } }, (b) => {
        const s = obj((b.services as Body[])[0]);
        return { status: s.status, disabled_reason: ctx.l(s.disabled_reason) };
      });
      await ctx.call('enable', a, 'PUT', '/os-services/enable', { body: { host, binary: 'cinder-scheduler' } }, pick);
      await ctx.call('enabled scheduler keeps the reason', a, 'GET', '/os-services', { query: { binary: 'cinder-scheduler' } }, (b) => {
        const s = obj((b.services as Body[])[0]);
        return { status: s.status, disabled_reason: ctx.l(s.disabled_reason) };
      });
      await ctx.call('disable with a blank reason', a, 'PUT', '/os-services/disable-log-reason', { body: { host, binary: 'cinder-scheduler', disabled_reason: '   ' } });
      await ctx.call('enable an unknown service', a, 'PUT', '/os-services/enable', { body: { host: ctx.name('nowhere'), binary: 'cinder-volume' } });
      await ctx.call('enable without a host', a, 'PUT', '/os-services/enable', { body: { binary: 'cinder-volume' } });
      await ctx.call('unknown services action', a, 'PUT', '/os-services/reboot', { body: { host, binary: 'cinder-scheduler' } });
      await ctx.call('disable as member', ctx.member, 'PUT', '/os-services/disable', { body: { host, binary: 'cinder-scheduler' } });
      await ctx.call('availability zones (admin)', a, 'GET', '/os-availability-zone', {}, (b) => ({ zones: b.availabilityZoneInfo }));
    },
  },
  {
    name: 'admin: quota classes and project quota edits',
    async run(ctx) {
      const a = ctx.admin;
      const defaults = await ctx.call('default quota class', a, 'GET', '/os-quota-class-sets/default', {}, (b) => ({ keys: genericQuotaKeys(obj(b.quota_class_set)), id: obj(b.quota_class_set).id }), { resource: '-' });
      const groups = obj(obj(defaults.body).quota_class_set).groups;
      await ctx.call('default quota class (member)', ctx.member, 'GET', '/os-quota-class-sets/default');
      // Writing back the value it has changes nothing on the shared cloud.
      await ctx.call('update the default class', a, 'PUT', '/os-quota-class-sets/default', { body: { quota_class_set: { groups } } }, (b) => ({ keys: genericQuotaKeys(obj(b.quota_class_set)), groups: obj(b.quota_class_set).groups }), { resource: '-' });
      await ctx.call('update the default class with a bad key', a, 'PUT', '/os-quota-class-sets/default', { body: { quota_class_set: { bogus: 1 } } });
      await ctx.call('update the default class with a negative text', a, 'PUT', '/os-quota-class-sets/default', { body: { quota_class_set: { groups: '-1' } } });
      await ctx.call('update the default class as member', ctx.member, 'PUT', '/os-quota-class-sets/default', { body: { quota_class_set: { groups } } });

      // Cinder does not check that a project exists: an unused id keeps the shared cloud's projects untouched.
      const project = ctx.label(ctx.name('p').replace(/[^a-z0-9]/gi, '').padEnd(32, '0').slice(0, 32), 'project');
      await ctx.call('set a project quota', a, 'PUT', `/os-quota-sets/${project}`, { body: { quota_set: { volumes: 5, backups: 3, per_volume_gigabytes: 50 } } }, (b) => ({ keys: genericQuotaKeys(obj(b.quota_set)), volumes: obj(b.quota_set).volumes, backups: obj(b.quota_set).backups }), { resource: '-' });
      await ctx.call('project quota after the edit', a, 'GET', `/os-quota-sets/${project}`, {}, (b) => ({ volumes: obj(b.quota_set).volumes, per_volume_gigabytes: obj(b.quota_set).per_volume_gigabytes }), { resource: '-' });
      await ctx.call('set a bad key', a, 'PUT', `/os-quota-sets/${project}`, { body: { quota_set: { bogus: 3 } } });
      await ctx.call('set below -1', a, 'PUT', `/os-quota-sets/${project}`, { body: { quota_set: { volumes: -2 } } });
      await ctx.call('reset the project to the defaults', a, 'DELETE', `/os-quota-sets/${project}`);
      await ctx.call('project quota after the reset', a, 'GET', `/os-quota-sets/${project}`, {}, (b) => ({ matchesDefaults: obj(b.quota_set).volumes === obj(obj(defaults.body).quota_class_set).volumes }), { resource: '-' });

      // "Below usage" is refused only for a limit the project already has of its own (defaults=False in
      // quotas.py); the member project may have none, so this runs in the emulator's tests, not here.
      await ctx.call('set quotas as member', ctx.member, 'PUT', `/os-quota-sets/${ctx.member.projectId}`, { body: { quota_set: { volumes: 50 } } });
      await ctx.call('reset quotas as member', ctx.member, 'DELETE', `/os-quota-sets/${ctx.member.projectId}`);
    },
  },
  {
    name: 'admin: manage and unmanage volumes',
    async run(ctx) {
      const a = ctx.admin;
      const pool = await hddPool(ctx);
      const backend = pool.split('#')[0]!;
      ctx.label(backend, 'hdd-backend');
      await ctx.call('manageable volumes without a host', a, 'GET', '/manageable_volumes');
      await ctx.call('manageable volumes of an unknown host', a, 'GET', '/manageable_volumes', { query: { host: ctx.name('nowhere') } });
      await ctx.call('manageable volumes before 3.8', a, 'GET', '/manageable_volumes', { query: { host: pool }, mv: '3.7' });
      await ctx.call('manageable volumes as member', ctx.member, 'GET', '/manageable_volumes', { query: { host: pool } });
      await ctx.call('manageable snapshots', a, 'GET', '/manageable_snapshots/detail', { query: { host: backend } }, (b) => ({ isList: Array.isArray(b['manageable-snapshots']) }), { resource: '-' });

      const typeName = ctx.label(ctx.name('manage-hdd'), 'manage-type');
      await setupType(ctx, typeName, { volume_backend_name: 'hdd' });
      const id = ctx.label(await setupVolume(ctx, a, { size: 1, name: ctx.name('to-unmanage'), volume_type: typeName }), 'unmanaged');
      const entryOf = (b: Body, name: string) => obj(((b['manageable-volumes'] as Body[]) ?? []).find((e) => obj(e.reference)['source-name'] === name));
      await ctx.call('a Cinder volume is listed as already managed', a, 'GET', '/manageable_volumes/detail', { query: { host: pool } }, (b) => {
        const e = entryOf(b, `volume-${id}`);
        return { keys: sortedKeys(e), safe_to_manage: e.safe_to_manage, reason_not_safe: e.reason_not_safe, cinder_id: ctx.l(e.cinder_id) };
      });
      await ctx.call('summary list', a, 'GET', '/manageable_volumes', { query: { host: pool } }, (b) => ({ keys: sortedKeys(((b['manageable-volumes'] as Body[]) ?? [])[0]) }));
      await ctx.call('unmanage as member', ctx.member, 'POST', `/volumes/${id}/action`, { body: { 'os-unmanage': {} } });
      await ctx.call('unmanage', a, 'POST', `/volumes/${id}/action`, { body: { 'os-unmanage': {} } });
      await ctx.watch('unmanage flow', a, `/volumes/${id}`, { resource: 'volume' });
      await ctx.call('the data is manageable again', a, 'GET', '/manageable_volumes/detail', { query: { host: pool } }, (b) => {
        const e = entryOf(b, `volume-${id}`);
        return { safe_to_manage: e.safe_to_manage, reason_not_safe: e.reason_not_safe, size: e.size, cinder_id: e.cinder_id };
      });
      await ctx.call('manage with an unknown type', a, 'POST', '/manageable_volumes', { body: { volume: { host: pool, ref: { 'source-name': `volume-${id}` }, volume_type: ctx.name('nope') } } });
      await ctx.call('manage on an unknown host', a, 'POST', '/manageable_volumes', { body: { volume: { host: `${ctx.name('nowhere')}@x#x`, ref: { 'source-name': `volume-${id}` } } } });
      await ctx.call('manage without a reference', a, 'POST', '/manageable_volumes', { body: { volume: { host: pool } } });
      const managed = await ctx.call('manage it', a, 'POST', '/manageable_volumes', { body: { volume: { host: pool, ref: { 'source-name': `volume-${id}` }, name: ctx.label(ctx.name('managed'), 'managed-name'), volume_type: typeName } } }, (b) => ({
        status: obj(b.volume).status,
        size: obj(b.volume).size,
        name: ctx.l(obj(b.volume).name),
        volume_type: ctx.l(obj(b.volume).volume_type),
      }));
      const newId = ctx.label(volumeCreated(ctx, obj(managed.body)), 'managed');
      await ctx.watch('manage flow', a, `/volumes/${newId}`, { resource: 'volume' });
      await ctx.call('managed volume', a, 'GET', `/volumes/${newId}`, {}, (b) => ({ status: obj(b.volume).status, size: obj(b.volume).size, host: ctx.l(obj(b.volume)['os-vol-host-attr:host']) }));
      await ctx.call('manage an already managed volume', a, 'POST', '/manageable_volumes', { body: { volume: { host: pool, ref: { 'source-name': `volume-${newId}` } } } });
    },
  },
];
