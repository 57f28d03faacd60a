import { expect, test } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, navigateTo, openOptions, pickMenuItem, pickOption, scenario, uniqueName } from './support/console';
import { cinderApi } from './support/volumes';



test.describe('manage / unmanage (admin)', () => {
  test.describe.configure({ timeout: 150_000 });
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('manages a backend volume, then unmanages it and finds it manageable again', async ({ page, request }) => {
    const object = uniqueName('lv');
    const name = uniqueName('managed');
    await scenario(request, 'addBackendObject', { host: 'cinder@lvm-hdd', name: object, sizeGb: 3 });
    await navigateTo(page, 'Volumes');
    await page.getByRole('button', { name: 'Manage existing volume' }).click({ timeout: 30_000 });
    const dialog = page.getByRole('dialog', { name: 'Manage an existing volume' });
    await pickOption(page, dialog.getByRole('combobox', { name: 'Host' }), 'cinder@lvm-hdd#hdd');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Backend object' }), `${object} (3 GiB)`);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: /CLI equivalent/ }).click();
    await expect(dialog.getByLabel('Command', { exact: true })).toContainText(`manage --name '${name}' cinder@lvm-hdd#hdd --id-type source-name '${object}'`);
    await dialog.getByRole('button', { name: 'Manage' }).click();
    // The volume's page loads its code on first visit: slow on a loaded machine.
    await expect(page.getByRole('heading', { name: new RegExp(`^${name}`) })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('main')).toContainText('Available', { timeout: 30_000 });
    await expect(page.getByRole('main')).toContainText('3 GiB');
    const id = page.url().split('/volumes/')[1]!;

    await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: 'More actions' }), 'Unmanage');
    const unmanage = page.getByRole('dialog', { name: `Unmanage volume ${name}` });
    await unmanage.getByRole('button', { name: 'Unmanage' }).click();
    await expect(page.getByText(`Volume ${name} is being unmanaged.`)).toBeVisible();

    // Once Cinder has let it go, the backend offers it again.
    await expect.poll(async () => (await cinderApi(page, 'GET', `/volumes/${id}`)).status, { timeout: 30_000 }).toBe(404);
    await navigateTo(page, 'Volumes');
    await page.getByRole('button', { name: 'Manage existing volume' }).click();
    const again = page.getByRole('dialog', { name: 'Manage an existing volume' });
    await pickOption(page, again.getByRole('combobox', { name: 'Host' }), 'cinder@lvm-hdd#hdd');
    await openOptions(page, again.getByRole('combobox', { name: 'Backend object' }), `volume-${id} (3 GiB)`);
  });

  test('shows what the backend will not let go, with its reason', async ({ page, request }) => {
    const object = uniqueName('busy');
    await scenario(request, 'addBackendObject', { host: 'cinder@lvm-ssd', name: object, sizeGb: 1, inUse: true });
    await navigateTo(page, 'Volumes');
    await page.getByRole('button', { name: 'Manage existing volume' }).click({ timeout: 30_000 });
    const dialog = page.getByRole('dialog', { name: 'Manage an existing volume' });
    await pickOption(page, dialog.getByRole('combobox', { name: 'Host' }), 'cinder@lvm-ssd#ssd');
    await dialog.getByRole('combobox', { name: 'Backend object' }).click();
    await expect(page.getByTitle(`${object} (1 GiB): not safe, volume in use`)).toBeVisible();
  });

  test('manages a backend snapshot of a volume and unmanages it', async ({ page, request }) => {
    const volumeName = uniqueName('snap-src');
    const { result } = await scenario(request, 'createVolume', { projectId: SEED.projects.admin, name: volumeName, size: 2, volumeType: 'standard' });
    const object = uniqueName('snap-lv');
    await scenario(request, 'addBackendObject', { host: 'cinder@lvm-hdd', name: object, sizeGb: 2, kind: 'snapshot', sourceName: `volume-${result.id}` });
    const name = uniqueName('managed-snap');
    await navigateTo(page, 'Snapshots');
    await page.getByRole('button', { name: 'Manage existing snapshot' }).click({ timeout: 30_000 });
    const dialog = page.getByRole('dialog', { name: 'Manage an existing snapshot' });
    await pickOption(page, dialog.getByRole('combobox', { name: 'Host' }), 'cinder@lvm-hdd#hdd');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Backend snapshot' }), `${object} (2 GiB, of volume-${result.id})`);
    await expect(dialog.getByLabel('Volume ID')).toHaveValue(result.id);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Manage' }).click();
    await expect(page.getByText(`Snapshot ${name} is being managed.`)).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });
    await pickMenuItem(page, row.getByRole('button', { name: `Actions for ${name}` }), 'Unmanage');
    await page.getByRole('dialog', { name: `Unmanage snapshot ${name}` }).getByRole('button', { name: 'Unmanage' }).click();
    await expect(page.getByText(`Snapshot ${name} is being unmanaged.`)).toBeVisible();
  });
});
