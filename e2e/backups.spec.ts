import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickMenuItem, pickOption, scenario, uniqueName } from './support/console';

/** A volume of our own in project demo (or admin), made directly in the emulator. */
async function makeVolume(request: APIRequestContext, options: { size?: number; status?: string; project?: 'demo' | 'admin' } = {}) {
  const name = uniqueName('bkvol');
  const answer = await scenario(request, 'createVolume', { projectId: SEED.projects[options.project ?? 'demo'], name, size: options.size ?? 1, status: options.status });
  return { id: answer.result.id, name };
}

/** The demo member's Cinder through the console's proxy, to set the stage quicker than the forms. */
async function demoCinder(request: APIRequestContext) {
  const auth = await request.post('/api/identity/v3/auth/tokens', {
    data: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'demo' } } },
        scope: { project: { name: 'demo', domain: { name: 'Default' } } },
      },
    },
  });
  expect(auth.status()).toBe(201);
  const headers = { 'X-Auth-Token': auth.headers()['x-subject-token']!, 'OpenStack-API-Version': 'volume 3.70' };
  const base = `/api/block-storage/volume/v3/${SEED.projects.demo}`;
  return {
    async backup(volumeId: string, name: string, incremental = false): Promise<string> {
      const response = await request.post(`${base}/backups`, { headers, data: { backup: { volume_id: volumeId, name, incremental } } });
      expect(response.status(), await response.text()).toBe(202);
      return ((await response.json()) as { backup: { id: string } }).backup.id;
    },
    async status(backupId: string): Promise<string> {
      const response = await request.get(`${base}/backups/${backupId}`, { headers });
      return response.status() === 404 ? 'gone' : ((await response.json()) as { backup: { status: string } }).backup.status;
    },
    async volumesNamed(name: string): Promise<{ id: string; status: string; size: number }[]> {
      const response = await request.get(`${base}/volumes/detail?name=${encodeURIComponent(name)}`, { headers });
      return ((await response.json()) as { volumes: { id: string; status: string; size: number }[] }).volumes;
    },
  };
}

/** Longer emulated backup flows until `restore()` (only backups use these delays; other specs are unaffected). */
async function slowBackups(request: APIRequestContext, delays: { backupCreate?: number; backupRestore?: number }) {
  const before = ((await (await request.get('/_emulator/delays')).json()) as { delays: Record<string, number> }).delays;
  await request.post('/_emulator/delays', { data: delays });
  const previous = Object.fromEntries(Object.keys(delays).map((key) => [key, before[key]]));
  return { restore: async () => void (await request.post('/_emulator/delays', { data: previous })) };
}

/** Opens the volume's row menu on the volumes list (filtered to it) and chooses "Create backup". */
async function backUpFromVolumeRow(page: Page, volumeName: string) {
  await page.goto(`/volumes?name=${volumeName}`);
  await pickMenuItem(page, page.getByRole('button', { name: `More actions for ${volumeName}` }), 'Create backup');
  return page.getByRole('dialog', { name: `Back up ${volumeName}` });
}

// Backups take seconds in the emulator (as in a real cloud) and the machine running the suite is shared.
test.slow();
const expect = baseExpect.configure({ timeout: 20_000 });

const backupRow = (page: Page, name: string) => page.getByRole('region', { name: 'Backups' }).getByRole('row', { name: new RegExp(name) });

test('a member backs up a volume from its row, watches it become available, restores it to a new volume and deletes it', async ({ page, request }) => {
  // Two slowed flows (40 s backup, 12 s restore) on top of a loaded machine.
  test.setTimeout(360_000);
  const volume = await makeVolume(request, { size: 2 });
  const backupName = uniqueName('bk');
  const restoredName = uniqueName('restored');
  await login(page, accounts.member, '/', { timeout: 30_000 });

  const dialog = await backUpFromVolumeRow(page, volume.name);
  await dialog.getByLabel('Name').fill(backupName);
  await dialog.getByRole('button', { name: 'CLI equivalent' }).click();
  await expect(dialog.getByText(`openstack --os-volume-api-version 3.70 volume backup create --name '${backupName}' ${volume.id}`)).toBeVisible();
  // Slow the backup service down (backups only) while this one is made, so "creating" is there to be seen.
  const delays = await slowBackups(request, { backupCreate: 40_000 });
  await dialog.getByRole('button', { name: 'Create backup' }).click();
  await expect(dialog).toBeHidden().finally(delays.restore);

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Backups' }).click();
  const row = backupRow(page, backupName);
  await expect(row).toContainText('Creating');
  // Live status: the row turns available without a reload.
  await expect(row).toContainText('Available', { timeout: 90_000 });
  await expect(row).toContainText('Full');

  await row.getByRole('link', { name: backupName }).click();
  await expect(page.getByRole('heading', { name: backupName })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Restore' }).click();
  const restore = page.getByRole('dialog', { name: `Restore backup ${backupName}` });
  await restore.getByLabel('New volume name').fill(restoredName);
  const restoreDelays = await slowBackups(request, { backupRestore: 12_000 });
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore).toBeHidden().finally(restoreDelays.restore);
  await expect(page.getByRole('main').getByText('Restoring').first()).toBeVisible();
  await expect(page.getByRole('main').getByText('Available').first()).toBeVisible({ timeout: 30_000 });
  const cinder = await demoCinder(request);
  await expect.poll(async () => (await cinder.volumesNamed(restoredName)).map((v) => `${v.status}:${v.size}`), { timeout: 30_000 }).toEqual(['available:2']);

  await page.getByRole('main').getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete backup ${backupName}?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/backups$/);
  await expect(backupRow(page, backupName)).toHaveCount(0, { timeout: 30_000 });
});

test('incremental is offered only once the volume has an available full backup', async ({ page, request }) => {
  const volume = await makeVolume(request);
  await login(page, accounts.member, '/', { timeout: 30_000 });
  let dialog = await backUpFromVolumeRow(page, volume.name);
  await expect(dialog.getByText(/Incremental needs an available full backup of this volume first/)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Incremental backup' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const cinder = await demoCinder(request);
  const full = await cinder.backup(volume.id, uniqueName('full'));
  await expect.poll(() => cinder.status(full), { timeout: 30_000 }).toBe('available');
  dialog = await backUpFromVolumeRow(page, volume.name);
  const incremental = dialog.getByRole('checkbox', { name: 'Incremental backup' });
  await expect(incremental).toBeEnabled();
  await incremental.check();
  const incrName = uniqueName('incr');
  await dialog.getByLabel('Name').fill(incrName);
  await dialog.getByRole('button', { name: 'Create backup' }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/backups');
  await expect(backupRow(page, incrName)).toContainText('Incremental');
});

test('a backup with incrementals cannot be deleted: the button says why and a bulk delete flags it without sending it', async ({ page, request }) => {
  const volume = await makeVolume(request);
  const cinder = await demoCinder(request);
  const fullName = uniqueName('chain-full');
  const full = await cinder.backup(volume.id, fullName);
  await expect.poll(() => cinder.status(full), { timeout: 30_000 }).toBe('available');
  const incr = await cinder.backup(volume.id, uniqueName('chain-incr'), true);
  await expect.poll(() => cinder.status(incr), { timeout: 30_000 }).toBe('available');

  await login(page, accounts.member, `/backups/${full}`, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: fullName })).toBeVisible();
  const remove = page.getByRole('main').getByRole('button', { name: 'Delete' });
  await expect(remove).toBeDisabled();
  await remove.hover({ force: true });
  await expect(page.getByRole('tooltip')).toHaveText('Incremental backups depend on this backup: delete them first.');

  await page.goto(`/backups?volume=${volume.id}`);
  await backupRow(page, fullName).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 1 backup?' });
  // The Delete action's own rule ran first: nothing here can be deleted, so nothing is sent.
  await expect(confirm).toContainText('None of the selected items can be deleted now:');
  await expect(confirm.getByRole('list', { name: 'Cannot be deleted now' })).toContainText(`${fullName}: Incremental backups depend on this backup: delete them first.`);
  await expect(confirm.getByRole('button', { name: 'Delete 0 backups' })).toBeDisabled();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(await cinder.status(full)).toBe('available');
});

test('admins reset a failed backup’s status and force delete it; members do not see these actions', async ({ page, request }) => {
  const volume = await makeVolume(request);
  await scenario(request, 'failNext', { action: 'backup', resourceId: volume.id });
  const cinder = await demoCinder(request);
  const name = uniqueName('failing');
  const id = await cinder.backup(volume.id, name);
  await expect.poll(() => cinder.status(id), { timeout: 30_000 }).toBe('error');

  await login(page, accounts.member, `/backups/${id}`, { timeout: 30_000 });
  await expect(page.getByText('Backup driver failed to create backup.').first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Admin' })).toHaveCount(0);
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();

  await login(page, accounts.admin, `/backups/${id}`, { timeout: 30_000 });
  await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: 'Admin' }), 'Reset status');
  const reset = page.getByRole('dialog', { name: `Reset status of backup ${name}` });
  await reset.getByRole('button', { name: 'Reset status' }).click();
  await expect(reset).toBeHidden();
  await expect.poll(() => cinder.status(id)).toBe('available');

  await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: 'Admin' }), 'Force delete');
  const force = page.getByRole('dialog', { name: `Force delete backup ${name}?` });
  await force.getByRole('textbox').fill(name);
  await force.getByRole('button', { name: 'Force delete' }).click();
  await expect(page).toHaveURL(/\/backups$/);
  await expect.poll(() => cinder.status(id), { timeout: 30_000 }).toBe('gone');
});

test('in Chinese: the navigation, the list and the create dialog speak zh-CN', async ({ page, request }) => {
  const volume = await makeVolume(request);
  await login(page, accounts.member, '/backups', { timeout: 30_000 });
  await pickOption(page, page.getByLabel('Language'), '中文');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '云硬盘备份' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '云硬盘备份' })).toBeVisible();
  await expect(page.getByRole('region', { name: '云硬盘备份' }).getByRole('row', { name: /web-data-full/ })).toContainText('可用');

  await page.getByRole('button', { name: '创建云硬盘备份' }).first().click();
  const dialog = page.getByRole('dialog', { name: '创建云硬盘备份' });
  await dialog.getByLabel('云硬盘', { exact: true }).fill(volume.name);
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/增量备份需要该云硬盘先有一个可用的全量备份/)).toBeVisible();
  await expect(dialog.getByRole('region', { name: '备份配额' })).toBeVisible();
});
