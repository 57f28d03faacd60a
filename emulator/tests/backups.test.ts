import { describe, expect, it } from 'vitest';
import { SEED, setup } from './helpers';

const demoVolume = (name: string) => ({ projectId: SEED.projects.demo, name, size: 2 });

describe('backups: create → available, volume backing-up → back', () => {
  it('follows Cinder’s flow and answers the summary view', async () => {
    const { emu, clock, demo } = await setup();
    const { id: volumeId } = emu.scenarios.createVolume(demoVolume('b-src'));
    const r = await demo.post('/backups', { backup: { volume_id: volumeId, name: 'b1', description: 'first' } });
    expect(r.status).toBe(202);
    expect(Object.keys(r.body.backup).sort()).toEqual(['id', 'links', 'name']);
    const id = r.body.backup.id;

    const during = await demo.get(`/backups/${id}`);
    expect(during.body.backup).toMatchObject({ status: 'creating', size: 2, volume_id: volumeId, is_incremental: false, has_dependent_backups: false, fail_reason: null });
    expect((await demo.get(`/volumes/${volumeId}`)).body.volume.status).toBe('backing-up');

    clock.advance(5_000);
    const after = (await demo.get(`/backups/${id}`)).body.backup;
    expect(after).toMatchObject({ status: 'available', object_count: 2, name: 'b1', description: 'first', metadata: {} });
    expect(after.container).toBe(`${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`);
    expect((await demo.get(`/volumes/${volumeId}`)).body.volume.status).toBe('available');
  });

  it('needs force for an in-use volume and refuses other statuses with Cinder’s texts', async () => {
    const { emu, demo } = await setup({ delays: 'instant' });
    const inUse = await demo.post('/backups', { backup: { volume_id: SEED.volumes.dbPrimary } });
    expect(inUse.status).toBe(400);
    expect(inUse.body.badRequest.message).toBe('Invalid volume: Backing up an in-use volume must use the force flag.');
    expect((await demo.post('/backups', { backup: { volume_id: SEED.volumes.dbPrimary, force: true } })).status).toBe(202);

    const { id } = emu.scenarios.createVolume({ ...demoVolume('b-err'), status: 'error' });
    const bad = await demo.post('/backups', { backup: { volume_id: id } });
    expect(bad.body.badRequest.message).toBe('Invalid volume: Volume to be backed up must be available or in-use, but the current status is "error".');
  });

  it('backs up a snapshot of the volume only, and only when available', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const wrong = await demo.post('/backups', { backup: { volume_id: SEED.volumes.webData, snapshot_id: SEED.snapshots.snapChainLatest } });
    expect(wrong.body.badRequest.message).toBe(`Invalid volume: Volume ${SEED.volumes.webData} does not match with snapshot.volume_id ${SEED.volumes.snapChain}.`);
    const ok = await demo.post('/backups', { backup: { volume_id: SEED.volumes.snapChain, snapshot_id: SEED.snapshots.snapChainLatest } });
    expect(ok.status).toBe(202);
    const backup = (await demo.get(`/backups/${ok.body.backup.id}`)).body.backup;
    expect(backup.snapshot_id).toBe(SEED.snapshots.snapChainLatest);
    expect((await demo.get(`/snapshots/${SEED.snapshots.snapChainLatest}`)).body.snapshot.status).toBe('available');
  });
});

describe('incremental chains', () => {
  it('needs an available full backup, then builds on the newest one', async () => {
    const { emu, clock, demo } = await setup();
    const { id: volumeId } = emu.scenarios.createVolume(demoVolume('chain'));
    const none = await demo.post('/backups', { backup: { volume_id: volumeId, incremental: true } });
    expect(none.status).toBe(400);
    expect(none.body.badRequest.message).toBe('Invalid backup: No backups available to do an incremental backup.');

    const full = (await demo.post('/backups', { backup: { volume_id: volumeId, name: 'full' } })).body.backup.id;
    clock.advance(5_000);
    const incr = (await demo.post('/backups', { backup: { volume_id: volumeId, incremental: true } })).body.backup.id;
    clock.advance(5_000);
    expect((await demo.get(`/backups/${incr}`)).body.backup.is_incremental).toBe(true);
    expect((await demo.get(`/backups/${full}`)).body.backup.has_dependent_backups).toBe(true);

    const refused = await demo.del(`/backups/${full}`);
    expect(refused.status).toBe(400);
    expect(refused.body.badRequest.message).toBe('Invalid backup: Incremental backups exist for this backup.');
    expect((await demo.del(`/backups/${incr}`)).status).toBe(202);
    clock.advance(3_000);
    expect((await demo.del(`/backups/${full}`)).status).toBe(202);
  });

  it('seeds a chain whose full backup cannot be deleted', async () => {
    const { demo } = await setup();
    const full = (await demo.get(`/backups/${SEED.backups.webDataFull}`)).body.backup;
    expect(full).toMatchObject({ name: 'web-data-full', has_dependent_backups: true, is_incremental: false });
    expect((await demo.get(`/backups/${SEED.backups.webDataIncr}`)).body.backup.is_incremental).toBe(true);
    const failed = (await demo.get(`/backups/${SEED.backups.archiveFailed}`)).body.backup;
    expect(failed).toMatchObject({ status: 'error', fail_reason: 'Service not found for creating backup.' });
    const messages = (await demo.get(`/messages?resource_uuid=${SEED.backups.archiveFailed}`)).body.messages;
    expect(messages[0].user_message).toBe('create backup:Backup failed to schedule. Service not found for creating backup.');
  });
});

describe('delete', () => {
  it('only available or error backups; deleting → gone', async () => {
    const { emu, clock, demo } = await setup();
    const { id: volumeId } = emu.scenarios.createVolume(demoVolume('del'));
    const id = (await demo.post('/backups', { backup: { volume_id: volumeId } })).body.backup.id;
    const busy = await demo.del(`/backups/${id}`);
    expect(busy.body.badRequest.message).toBe('Invalid backup: Backup status must be available or error');
    clock.advance(5_000);
    expect((await demo.del(`/backups/${id}`)).status).toBe(202);
    expect((await demo.get(`/backups/${id}`)).body.backup.status).toBe('deleting');
    clock.advance(3_000);
    const gone = await demo.get(`/backups/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.itemNotFound.message).toBe(`Backup ${id} could not be found.`);
  });
});

describe('restore', () => {
  it('onto an existing volume: both busy, then available with src_backup_id', async () => {
    const { emu, clock, demo } = await setup();
    const { id: target } = emu.scenarios.createVolume(demoVolume('target'));
    const r = await demo.post(`/backups/${SEED.backups.webDataFull}/restore`, { restore: { volume_id: target } });
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toBe('Invalid volume: volume size 2 is too small to restore backup of size 10.');

    const { id: big } = emu.scenarios.createVolume({ ...demoVolume('big'), size: 10 });
    const ok = await demo.post(`/backups/${SEED.backups.webDataFull}/restore`, { restore: { volume_id: big } });
    expect(ok.status).toBe(202);
    expect(ok.body).toEqual({ restore: { backup_id: SEED.backups.webDataFull, volume_id: big, volume_name: 'big' } });
    expect((await demo.get(`/backups/${SEED.backups.webDataFull}`)).body.backup.status).toBe('restoring');
    expect((await demo.get(`/volumes/${big}`)).body.volume.status).toBe('restoring-backup');
    const again = await demo.post(`/backups/${SEED.backups.webDataFull}/restore`, { restore: { volume_id: big } });
    expect(again.body.badRequest.message).toBe('Invalid backup: Backup status must be available');
    clock.advance(5_000);
    expect((await demo.get(`/backups/${SEED.backups.webDataFull}`)).body.backup.status).toBe('available');
    const volume = (await demo.get(`/volumes/${big}`)).body.volume;
    expect(volume.status).toBe('available');
    expect(volume.metadata.src_backup_id).toBe(SEED.backups.webDataFull);
  });

  it('to a new volume named restore_backup_<id> unless named', async () => {
    const { clock, demo } = await setup();
    const r = await demo.post(`/backups/${SEED.backups.dbPrimaryNightly}/restore`, { restore: {} });
    expect(r.status).toBe(202);
    expect(r.body.restore.volume_name).toBe(`restore_backup_${SEED.backups.dbPrimaryNightly}`);
    const created = (await demo.get(`/volumes/${r.body.restore.volume_id}`)).body.volume;
    expect(created).toMatchObject({ status: 'restoring-backup', size: 50, description: 'auto-created_from_restore_from_backup' });
    clock.advance(5_000);
    expect((await demo.get(`/volumes/${r.body.restore.volume_id}`)).body.volume.status).toBe('available');
    const named = await demo.post(`/backups/${SEED.backups.dbPrimaryNightly}/restore`, { restore: { name: 'restored' } });
    expect(named.body.restore.volume_name).toBe('restored');
  });

  it('failNext restore leaves the volume error_restoring and the backup available', async () => {
    const { emu, clock, demo } = await setup();
    emu.scenarios.failNext({ action: 'restore', resourceId: SEED.backups.dbPrimaryNightly });
    const r = await demo.post(`/backups/${SEED.backups.dbPrimaryNightly}/restore`, { restore: {} });
    clock.advance(5_000);
    expect((await demo.get(`/volumes/${r.body.restore.volume_id}`)).body.volume.status).toBe('error_restoring');
    expect((await demo.get(`/backups/${SEED.backups.dbPrimaryNightly}`)).body.backup.status).toBe('available');
  });

  it('creates a volume from a backup at 3.47 (not before)', async () => {
    const { clock, demo } = await setup();
    const old = await demo.post('/volumes', { volume: { backup_id: SEED.backups.webDataFull } }, '3.46');
    expect(old.status).toBe(400);
    const small = await demo.post('/volumes', { volume: { backup_id: SEED.backups.webDataFull, size: 5 } });
    expect(small.body.badRequest.message).toBe('Invalid input received: Volume size 5GB cannot be smaller than the backup size 10GB. It must be >= backup size.');
    const r = await demo.post('/volumes', { volume: { backup_id: SEED.backups.webDataFull, name: 'from-backup' } });
    expect(r.status).toBe(202);
    expect(r.body.volume).toMatchObject({ status: 'creating', size: 10 });
    expect((await demo.get(`/backups/${SEED.backups.webDataFull}`)).body.backup.status).toBe('restoring');
    clock.advance(5_000);
    expect((await demo.get(`/volumes/${r.body.volume.id}`)).body.volume.status).toBe('available');
    expect((await demo.get(`/backups/${SEED.backups.webDataFull}`)).body.backup.status).toBe('available');
  });
});

describe('failures and the missing backup service', () => {
  it('failNext backup: error with fail_reason and a user message; the volume gets its status back', async () => {
    const { emu, clock, demo } = await setup();
    const { id: volumeId } = emu.scenarios.createVolume(demoVolume('fails'));
    emu.scenarios.failNext({ action: 'backup', resourceId: volumeId });
    const id = (await demo.post('/backups', { backup: { volume_id: volumeId } })).body.backup.id;
    clock.advance(5_000);
    expect((await demo.get(`/backups/${id}`)).body.backup).toMatchObject({ status: 'error', fail_reason: 'Backup driver failed to create backup.' });
    expect((await demo.get(`/volumes/${volumeId}`)).body.volume.status).toBe('available');
    const messages = (await demo.get(`/messages?resource_uuid=${id}`)).body.messages;
    expect(messages[0]).toMatchObject({ event_id: 'VOLUME_VOLUME_BACKUP_013_020', user_message: 'create backup:Backup driver failed to create backup.' });
  });

  it('without cinder-backup: 202, then error "Service not found for creating backup."; os-services lists none', async () => {
    const { emu, clock, demo, admin } = await setup();
    const listed = await admin.get('/os-services?binary=cinder-backup');
    expect(listed.body.services).toHaveLength(1);
    expect(listed.body.services[0]).toMatchObject({ binary: 'cinder-backup', state: 'up' });
    emu.scenarios.backupService({ state: 'absent' });
    expect((await admin.get('/os-services?binary=cinder-backup')).body.services).toEqual([]);
    const { id: volumeId } = emu.scenarios.createVolume(demoVolume('no-service'));
    const r = await demo.post('/backups', { backup: { volume_id: volumeId } });
    expect(r.status).toBe(202);
    clock.advance(1_000);
    expect((await demo.get(`/backups/${r.body.backup.id}`)).body.backup).toMatchObject({ status: 'error', fail_reason: 'Service not found for creating backup.' });
    expect((await demo.get(`/volumes/${volumeId}`)).body.volume.status).toBe('available');
    const messages = (await demo.get(`/messages?resource_uuid=${r.body.backup.id}`)).body.messages;
    expect(messages[0].user_message).toBe('create backup:Backup failed to schedule. Service not found for creating backup.');
  });
});

describe('quotas', () => {
  it('backups and backup_gigabytes are counted and enforced with 413', async () => {
    const { emu, admin, demo } = await setup({ delays: 'instant' });
    const usage = (await demo.get(`/os-quota-sets/${SEED.projects.demo}?usage=true`)).body.quota_set;
    expect(usage.backups.in_use).toBe(4);
    expect(usage.backup_gigabytes.in_use).toBe(10 + 10 + 50 + 80);
    const { id: volumeId } = emu.scenarios.createVolume(demoVolume('quota'));
    await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { backups: 4 } });
    const count = await demo.post('/backups', { backup: { volume_id: volumeId } });
    expect(count.status).toBe(413);
    expect(count.body.overLimit.message).toBe('BackupLimitExceeded: Maximum number of backups allowed (4) exceeded');
    await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { backups: 10, backup_gigabytes: 151 } });
    const size = await demo.post('/backups', { backup: { volume_id: volumeId } });
    expect(size.status).toBe(413);
    expect(size.body.overLimit.message).toBe(
      'VolumeBackupSizeExceedsAvailableQuota: Requested backup exceeds allowed Backup gigabytes quota. Requested 2G, quota is 151G and 150G has been consumed.',
    );
    const limits = (await demo.get('/limits')).body.limits.absolute;
    expect(limits).toMatchObject({ totalBackupsUsed: 4, totalBackupGigabytesUsed: 150, maxTotalBackups: 10 });
  });
});

describe('lists, policy and admin actions', () => {
  it('pages with backups_links and count, sorts by name (3.37), filters by status, volume and name~', async () => {
    const { demo, admin } = await setup();
    const page = await demo.get('/backups/detail?limit=2&with_count=true&sort=name:asc');
    expect(page.body.count).toBe(4);
    expect(page.body.backups.map((b: { name: string }) => b.name)).toEqual(['archive-backup', 'db-primary-nightly']);
    expect(page.body.backups_links[0].href).toContain(`marker=${SEED.backups.dbPrimaryNightly}`);
    const next = await demo.get(`/backups/detail?limit=2&sort=name:asc&marker=${SEED.backups.dbPrimaryNightly}`);
    expect(next.body.backups.map((b: { name: string }) => b.name)).toEqual(['web-data-full', 'web-data-incr']);
    expect((await demo.get('/backups/detail?status=error')).body.backups).toHaveLength(1);
    expect((await demo.get(`/backups/detail?volume_id=${SEED.volumes.webData}`)).body.backups).toHaveLength(2);
    // resource_filters.json lists "name", not "name~": a member's like filter is refused, an admin's works.
    expect((await demo.get('/backups/detail?name~=incr')).body.badRequest.message).toBe('Invalid filters name~ are found in query options.');
    expect((await admin.get('/backups/detail?all_tenants=1&name~=incr')).body.backups.map((b: { name: string }) => b.name)).toEqual(['web-data-incr']);
    const bad = await demo.get('/backups/detail?size=10');
    expect(bad.body.badRequest.message).toBe('Invalid filters size are found in query options.');
    expect(Object.keys((await demo.get('/backups')).body.backups[0]).sort()).toEqual(['id', 'links', 'name']);
  });

  it('members see their project only; admins all projects with the project attribute', async () => {
    const { demo, admin, alice } = await setup();
    expect((await alice.get(`/backups/${SEED.backups.webDataFull}`)).status).toBe(404);
    const member = (await demo.get(`/backups/${SEED.backups.webDataFull}`)).body.backup;
    expect(member['os-backup-project-attr:project_id']).toBeUndefined();
    const all = (await admin.get('/backups/detail?all_tenants=1')).body.backups;
    expect(all).toHaveLength(5);
    expect(all.find((b: { id: string }) => b.id === SEED.backups.researchData)['os-backup-project-attr:project_id']).toBe(SEED.projects.research);
  });

  it('reset status and force delete are admin actions', async () => {
    const { clock, demo, admin } = await setup();
    const reset = { 'os-reset_status': { status: 'available' } };
    const denied = await demo.post(`/backups/${SEED.backups.archiveFailed}/action`, reset);
    expect(denied.status).toBe(403);
    expect(denied.body.forbidden.message).toBe("Policy doesn't allow volume_extension:backup_admin_actions:reset_status to be performed.");
    const wrong = await admin.post(`/backups/${SEED.backups.archiveFailed}/action`, { 'os-reset_status': { status: 'creating' } });
    expect(wrong.body.badRequest.message).toBe("Backup status: creating is invalid, valid statuses are: ['available', 'error'].");
    expect((await admin.post(`/backups/${SEED.backups.archiveFailed}/action`, reset)).status).toBe(202);
    expect((await demo.get(`/backups/${SEED.backups.archiveFailed}`)).body.backup.status).toBe('available');
    expect((await demo.post(`/backups/${SEED.backups.webDataIncr}/action`, { 'os-force_delete': {} })).status).toBe(403);
    expect((await admin.post(`/backups/${SEED.backups.webDataIncr}/action`, { 'os-force_delete': {} })).status).toBe(202);
    clock.advance(3_000);
    expect((await demo.get(`/backups/${SEED.backups.webDataIncr}`)).status).toBe(404);
  });

  it('renames at 3.9+ with metadata at 3.43', async () => {
    const { demo } = await setup();
    expect((await demo.put(`/backups/${SEED.backups.webDataFull}`, { backup: { name: 'x' } }, '3.8')).status).toBe(404);
    const r = await demo.put(`/backups/${SEED.backups.webDataFull}`, { backup: { name: 'renamed', metadata: { a: 'b' } } });
    expect(r.body.backup.name).toBe('renamed');
    expect((await demo.get(`/backups/${SEED.backups.webDataFull}`)).body.backup.metadata).toEqual({ a: 'b' });
  });
});
