/**
 * Backups against the real Cinder with cinder-backup (POSIX driver, openstack/README.md "Backups"):
 * a member backs up a volume from its row, restores the backup into a new volume and deletes it, through
 * the UI, each step checked against the API. A backup takes about a minute there: wide waits.
 */
import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { accounts, login, pickMenuItem, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';

const expect = baseExpect.configure({ timeout: 20_000 });
const FLOW = 300_000;
test.describe.configure({ timeout: 900_000 });

const prefix = uniqueName('itbk');
const name = (part: string) => `${prefix}-${part}`;

type Json = Record<string, unknown>;

async function backupsNamed(cloud: Cloud, namePrefix: string): Promise<Json[]> {
  const body = await cloud.call('GET', '/backups/detail?all_tenants=1');
  return (body.backups as Json[]).filter((b) => typeof b.name === 'string' && (b.name as string).startsWith(namePrefix));
}

async function backupStatus(cloud: Cloud, id: string): Promise<string> {
  const response = await cloud.request.get(`${cloud.session.cinder}/backups/${id}`, {
    headers: { 'X-Auth-Token': cloud.session.token, 'OpenStack-API-Version': 'volume 3.70' },
  });
  return response.status() === 404 ? 'gone' : String(((await response.json()) as { backup: Json }).backup.status);
}

/** Backups first (incrementals before their parents: newest first), then the volumes. */
async function removeEverything(request: APIRequestContext) {
  const admin = await Cloud.open(request, accounts.admin);
  const backups = (await backupsNamed(admin, prefix)).sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
  for (const b of backups) {
    const id = String(b.id);
    await baseExpect.poll(() => backupStatus(admin, id), { timeout: FLOW }).not.toMatch(/^(creating|restoring|deleting)$/);
    if ((await backupStatus(admin, id)) === 'gone') continue;
    await admin.call('POST', `/backups/${id}/action`, { 'os-reset_status': { status: 'available' } }, [202, 404]);
    await admin.call('DELETE', `/backups/${id}`, undefined, [202, 404]);
    await baseExpect.poll(() => backupStatus(admin, id), { timeout: FLOW }).toBe('gone');
  }
  await admin.removeAll(prefix);
}

test.afterAll(async ({ request }) => {
  await removeEverything(request);
});

test('a member backs up a volume, restores it into a new volume and deletes the backup', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  const volume = name('src');
  const volumeId = await cloud.createVolume(volume, 1);
  const backup = name('backup');
  const restored = name('restored');

  await login(page, accounts.member, `/volumes?name=${volume}`, { timeout: 60_000 });
  await pickMenuItem(page, page.getByRole('button', { name: `More actions for ${volume}` }), 'Create backup');
  const create = page.getByRole('dialog', { name: `Back up ${volume}` });
  await expect(create.getByRole('checkbox', { name: 'Incremental backup' })).toBeDisabled();
  await create.getByLabel('Name').fill(backup);
  await create.getByRole('button', { name: 'Create backup' }).click();
  await expect(create).toBeHidden();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Backups' }).click();
  const row = page.getByRole('region', { name: 'Backups' }).getByRole('row', { name: new RegExp(backup) });
  await expect(row).toContainText('Creating');
  const [made] = await backupsNamed(cloud, backup);
  expect(made).toMatchObject({ volume_id: volumeId, size: 1, is_incremental: false });
  const backupId = String(made!.id);
  // Live: the row turns available when cinder-backup is done, without a reload.
  await expect(row).toContainText('Available', { timeout: FLOW });
  expect(await backupStatus(cloud, backupId)).toBe('available');
  await expect.poll(async () => (await cloud.volume(volumeId))?.status, { timeout: FLOW }).toBe('available');

  await row.getByRole('link', { name: backup }).click();
  await expect(page.getByRole('heading', { name: backup })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Restore' }).click();
  const restore = page.getByRole('dialog', { name: `Restore backup ${backup}` });
  await restore.getByLabel('New volume name').fill(restored);
  await restore.getByRole('button', { name: 'Restore' }).click();
  // Cinder answers once the new volume exists (it waits for it), then copies the data.
  await expect(restore).toBeHidden({ timeout: FLOW });
  await expect(page.getByRole('main').getByText('Restoring').first()).toBeVisible();
  await expect.poll(async () => (await cloud.volumeByName(restored))?.status, { timeout: FLOW }).toBe('available');
  const copy = await cloud.volumeByName(restored);
  expect(copy).toMatchObject({ size: 1, metadata: { src_backup_id: backupId } });
  await expect(page.getByRole('main').getByText('Available').first()).toBeVisible({ timeout: FLOW });

  await page.getByRole('main').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: `Delete backup ${backup}?` }).getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/backups$/);
  await expect.poll(() => backupStatus(cloud, backupId), { timeout: FLOW }).toBe('gone');
  await expect(page.getByRole('region', { name: 'Backups' }).getByRole('row', { name: new RegExp(backup) })).toHaveCount(0, { timeout: 60_000 });
});
