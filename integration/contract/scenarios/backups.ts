/**
 * Backups (cinder-backup): create, incremental chains and the refusals around them, restore to a new and
 * to an existing volume, delete, quota. Cinder's refusal texts are compared exactly (the console shows them
 * and the domain rules quote them).
 */
import type { CinderSession } from '../client';
import type { ScenarioContext } from '../context';
import { listLength, obj, setupVolume, volumeCreated, type Body } from './helpers';
import type { Scenario } from './types';

/** The fault's message (compared exactly), whatever its name. */
const message = (body: Body) => ({ message: obj(Object.values(body)[0]).message });

// Backups take a minute on the real cloud (openstack/README.md "Backups"): long watches.
const SLOW = 300_000;

/** Creates a backup (recorded), registers its removal and waits until it settles; returns its id. */
async function backupOf(ctx: ScenarioContext, step: string, session: CinderSession, backup: Body): Promise<string> {
  const created = await ctx.call(step, session, 'POST', '/backups', { body: { backup } });
  const id = String(obj(obj(created.body).backup).id);
  if (created.status !== 202 || id === 'undefined') throw new Error(`${ctx.target.name}: ${step} gave ${created.status}: ${JSON.stringify(created.body)}`);
  ctx.onCleanup(`backup ${id}`, () => removeBackup(ctx, id));
  await ctx.watch(`${step}: status sequence`, session, `/backups/${id}`, { resource: 'backup', timeoutMs: SLOW });
  return id;
}

/** Removes a backup whatever its state (as admin): reset when stuck, force delete, wait until gone. */
async function removeBackup(ctx: ScenarioContext, id: string): Promise<void> {
  const admin = ctx.admin;
  let backup = await ctx.settle(admin, `/backups/${id}`, 'backup', 300_000);
  for (let attempt = 0; attempt < 3 && backup; attempt++) {
    if (!['available', 'error'].includes(String(backup.status))) {
      await ctx.raw(admin, 'POST', `/backups/${id}/action`, { body: { 'os-reset_status': { status: 'error' } } }, [202]);
    }
    await ctx.raw(admin, 'DELETE', `/backups/${id}`, {}, [202, 404, 400]);
    backup = await ctx.settle(admin, `/backups/${id}`, 'backup', 300_000);
  }
  if (backup) throw new Error(`backup ${id} still there (${String(backup.status)})`);
}

const shown = (b: Body) => {
  const backup = obj(b.backup);
  return { status: backup.status, size: backup.size, is_incremental: backup.is_incremental, has_dependent_backups: backup.has_dependent_backups, fail_reason: backup.fail_reason };
};

export const backupScenarios: Scenario[] = [
  {
    name: 'backups: create, incremental, delete with dependents refused, delete',
    async run(ctx) {
      const m = ctx.member;
      const volumeId = await setupVolume(ctx, m, { size: 1, name: ctx.name('bk-src') });
      ctx.label(volumeId, 'volume');
      await ctx.call('incremental without a full backup', m, 'POST', '/backups', { body: { backup: { volume_id: volumeId, incremental: true } } }, message);
      await ctx.call('backup with an unknown field', m, 'POST', '/backups', { body: { backup: { volume_id: volumeId, color: 'red' } } });
      await ctx.call('backup of a missing volume', m, 'POST', '/backups', { body: { backup: { volume_id: '00000000-0000-4000-8000-000000000000' } } }, message);

      const full = await backupOf(ctx, 'create full backup', m, { volume_id: volumeId, name: ctx.name('full'), description: 'contract' });
      ctx.label(full, 'full');
      await ctx.call('show full backup', m, 'GET', `/backups/${full}`, {}, (b) => ({ ...shown(b), volume_id: ctx.l(obj(b.backup).volume_id) }));
      await ctx.call('volume after the backup', m, 'GET', `/volumes/${volumeId}`, {}, (b) => ({ status: obj(b.volume).status }));
      await ctx.call('member: reset status is for admins', m, 'POST', `/backups/${full}/action`, { body: { 'os-reset_status': { status: 'error' } } }, message);

      const incremental = await backupOf(ctx, 'create incremental backup', m, { volume_id: volumeId, name: ctx.name('incr'), incremental: true });
      ctx.label(incremental, 'incremental');
      await ctx.call('show incremental backup', m, 'GET', `/backups/${incremental}`, {}, shown);
      await ctx.call('show full backup with a dependent', m, 'GET', `/backups/${full}`, {}, shown);
      await ctx.call('delete the full while an incremental exists', m, 'DELETE', `/backups/${full}`, {}, message);
      await ctx.call('detail list of the volume’s backups with count', m, 'GET', '/backups/detail', { query: { volume_id: volumeId, with_count: true, sort: 'created_at:asc' } }, (b) => ({
        count: b.count,
        items: listLength(b, 'backups'),
        incremental: ((b.backups as Body[] | undefined) ?? []).map((x) => x.is_incremental),
      }));
      await ctx.call('summary list', m, 'GET', '/backups', { query: { volume_id: volumeId } }, (b) => ({ items: listLength(b, 'backups') }));
      await ctx.call('list with limit 1', m, 'GET', '/backups/detail', { query: { volume_id: volumeId, limit: 1 } }, (b) => ({ items: listLength(b, 'backups'), links: Array.isArray(b.backups_links) }));
      await ctx.call('rename the incremental (3.9)', m, 'PUT', `/backups/${incremental}`, { body: { backup: { description: 'renamed' } } });

      await ctx.call('delete the incremental', m, 'DELETE', `/backups/${incremental}`);
      await ctx.watch('delete incremental: status sequence', m, `/backups/${incremental}`, { resource: 'backup', timeoutMs: SLOW });
      await ctx.call('full backup without dependents', m, 'GET', `/backups/${full}`, {}, shown);
      await ctx.call('delete the full', m, 'DELETE', `/backups/${full}`);
      await ctx.watch('delete full: status sequence', m, `/backups/${full}`, { resource: 'backup', timeoutMs: SLOW });
      await ctx.call('show a deleted backup', m, 'GET', `/backups/${full}`);
    },
  },
  {
    name: 'backups: restore to a new volume and onto an existing one',
    async run(ctx) {
      const m = ctx.member;
      const source = await setupVolume(ctx, m, { size: 2, name: ctx.name('rs-src') });
      const small = await setupVolume(ctx, m, { size: 1, name: ctx.name('rs-small') });
      const target = await setupVolume(ctx, m, { size: 2, name: ctx.name('rs-target') });
      ctx.label(target, 'target');
      const backup = await backupOf(ctx, 'create backup', m, { volume_id: source, name: ctx.name('rs') });
      ctx.label(backup, 'backup');

      await ctx.call('restore onto a smaller volume', m, 'POST', `/backups/${backup}/restore`, { body: { restore: { volume_id: small } } }, message);
      const newName = ctx.label(ctx.name('restored'), 'restored-name');
      const restored = await ctx.call('restore to a new volume', m, 'POST', `/backups/${backup}/restore`, { body: { restore: { name: newName } } }, (b) => ({
        backup_id: ctx.l(obj(b.restore).backup_id),
        volume_name: ctx.l(obj(b.restore).volume_name),
      }));
      const newVolume = String(obj(obj(restored.body).restore).volume_id);
      volumeCreated(ctx, { volume: { id: newVolume } });
      await ctx.call('restore while the backup is restoring', m, 'POST', `/backups/${backup}/restore`, { body: { restore: { volume_id: target } } }, message);
      await ctx.watch('restore to new: volume status sequence', m, `/volumes/${newVolume}`, { resource: 'volume', timeoutMs: SLOW });
      await ctx.watch('restore to new: backup status sequence', m, `/backups/${backup}`, { resource: 'backup', timeoutMs: SLOW });
      await ctx.call('the new volume', m, 'GET', `/volumes/${newVolume}`, {}, (b) => ({ size: obj(b.volume).size, src_backup_id: ctx.l(obj(obj(b.volume).metadata).src_backup_id) }));

      await ctx.call('restore onto an existing volume', m, 'POST', `/backups/${backup}/restore`, { body: { restore: { volume_id: target } } }, (b) => ({ volume_id: ctx.l(obj(b.restore).volume_id) }));
      await ctx.watch('restore onto existing: volume status sequence', m, `/volumes/${target}`, { resource: 'volume', timeoutMs: SLOW });
      await ctx.settle(m, `/backups/${backup}`, 'backup', SLOW);
      await ctx.call('the overwritten volume', m, 'GET', `/volumes/${target}`, {}, (b) => ({ size: obj(b.volume).size, status: obj(b.volume).status, src_backup_id: ctx.l(obj(obj(b.volume).metadata).src_backup_id) }));
    },
  },
  {
    name: 'backups: quota',
    async run(ctx) {
      const m = ctx.member;
      const project = m.projectId;
      const usage = await ctx.call('usage shows backups', m, 'GET', `/os-quota-sets/${project}`, { query: { usage: true } }, (b) => ({
        backups: Object.keys(obj(obj(b.quota_set).backups)).sort(),
        backup_gigabytes: Object.keys(obj(obj(b.quota_set).backup_gigabytes)).sort(),
      }), { resource: '-' });
      const set = obj(obj(usage.body).quota_set);
      const before = obj(set.backups);
      const volumeId = await setupVolume(ctx, m, { size: 1, name: ctx.name('bk-quota') });
      // Room for none: the limit is what is used now (restored afterwards; the cloud is shared).
      const used = Number(before.in_use ?? 0) + Number(before.reserved ?? 0);
      ctx.onCleanup('backups quota', async () => void (await ctx.raw(ctx.admin, 'PUT', `/os-quota-sets/${project}`, { body: { quota_set: { backups: before.limit } } }, [200])));
      await ctx.raw(ctx.admin, 'PUT', `/os-quota-sets/${project}`, { body: { quota_set: { backups: used } } }, [200]);
      await ctx.call('backup over the backups quota', m, 'POST', '/backups', { body: { backup: { volume_id: volumeId } } }, (b) => ({
        message: String(obj(b.overLimit).message).replace(/\(\d+\)/, '(N)'),
      }));
      await ctx.raw(ctx.admin, 'PUT', `/os-quota-sets/${project}`, { body: { quota_set: { backups: before.limit } } }, [200]);
      await ctx.call('limits show backup usage', m, 'GET', '/limits', {}, (b) => ({ keys: Object.keys(obj(obj(b.limits).absolute)).filter((k) => k.includes('Backup')).sort() }));
    },
  },
];
