import { describe, expect, it } from 'vitest';
import { buildCliCommand } from '../lib/cli/build-command';
import { classifyCall } from '../features/activity/classify';
import { backupCalls, backupListParams, buildCreateBackupBody } from './backups';

const osc = 'openstack --os-volume-api-version 3.70';
const cli = (request: ReturnType<(typeof backupCalls)[keyof typeof backupCalls]>) => buildCliCommand(request, { volumeApiVersion: '3.70' });

describe('backup requests', () => {
  it('send only what was asked for (Cinder’s defaults for the rest)', () => {
    expect(buildCreateBackupBody({ volume_id: 'v1', name: '', description: '', container: '', incremental: false, force: false, metadata: {} })).toEqual({
      backup: { volume_id: 'v1' },
    });
    expect(buildCreateBackupBody({ volume_id: 'v1', name: 'n', incremental: true, force: true, snapshot_id: 's1', container: 'c', metadata: { a: 'b' } })).toEqual({
      backup: { volume_id: 'v1', name: 'n', incremental: true, force: true, snapshot_id: 's1', container: 'c', metadata: { a: 'b' } },
    });
  });

  it('restore: onto a volume, or into a new one (named or Cinder-named)', () => {
    expect(backupCalls.restore('b1', { volume_id: 'v2' })).toMatchObject({ method: 'POST', path: '/backups/b1/restore', body: { restore: { volume_id: 'v2' } } });
    expect(backupCalls.restore('b1', {}).body).toEqual({ restore: {} });
    expect(backupCalls.restore('b1', { name: 'copy' }).body).toEqual({ restore: { name: 'copy' } });
  });

  it('lists with Cinder’s parameter names', () => {
    expect(backupListParams({ limit: 20, offset: 40, sort: [{ key: 'name', dir: 'asc' }], status: 'error', volume_id: 'v', allProjects: true, withCount: true })).toEqual({
      limit: 20,
      marker: undefined,
      offset: 40,
      sort: 'name:asc',
      name: undefined,
      status: 'error',
      volume_id: 'v',
      all_tenants: 1,
      with_count: true,
    });
  });
});

describe('backup CLI equivalents (openstack volume backup …)', () => {
  it('create, incremental and forced, with properties', () => {
    expect(cli(backupCalls.create({ volume_id: 'v1', name: 'nightly', description: 'db dump', incremental: true, force: true, metadata: { k: 'v' } })).command).toBe(
      `${osc} volume backup create --name 'nightly' --description 'db dump' --force --incremental --property k=v v1`,
    );
    expect(cli(backupCalls.create({ volume_id: 'v1', snapshot_id: 's1', container: 'nightly' })).command).toBe(
      `${osc} volume backup create --container 'nightly' --snapshot s1 v1`,
    );
  });
  it('restore onto an existing volume needs --force; a new volume is named', () => {
    expect(cli(backupCalls.restore('b1', { volume_id: 'v2' })).command).toBe(`${osc} volume backup restore --force b1 v2`);
    expect(cli(backupCalls.restore('b1', { name: 'copy of db' })).command).toBe(`${osc} volume backup restore b1 'copy of db'`);
    expect(cli(backupCalls.restore('b1', {})).command).toBe(`${osc} volume backup restore b1`);
  });
  it('set, delete, force delete, reset state', () => {
    expect(cli(backupCalls.update('b1', { name: 'weekly' })).command).toBe(`${osc} volume backup set --name 'weekly' b1`);
    expect(cli(backupCalls.remove('b1')).command).toBe(`${osc} volume backup delete b1`);
    expect(cli(backupCalls.forceDelete('b1')).command).toBe(`${osc} volume backup delete --force b1`);
    expect(cli(backupCalls.resetStatus('b1', 'error')).command).toBe(`${osc} volume backup set --state error b1`);
  });
});

describe('backup activity', () => {
  it('follows a created backup by the id Cinder answered and a restore by the backup, naming the target volume', () => {
    expect(classifyCall({ ...backupCalls.create({ volume_id: 'v1' }), data: { backup: { id: 'b9', name: 'n', links: [] } } })).toEqual({
      kind: 'backup',
      action: 'create',
      tracking: 'watch',
      resourceId: 'b9',
      resourceName: 'n',
    });
    expect(classifyCall({ ...backupCalls.restore('b1', {}), data: { restore: { backup_id: 'b1', volume_id: 'v7', volume_name: 'x' } } })).toEqual({
      kind: 'backup',
      action: 'restore',
      tracking: 'watch',
      resourceId: 'b1',
      detail: 'v7',
    });
  });
});
