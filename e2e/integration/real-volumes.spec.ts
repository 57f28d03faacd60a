/**
 * Volumes against the real Cinder (openstack/up.sh), through the console's proxy: every page and
 * action once. Resources are this file's own (unique prefix) and removed afterwards.
 */
import { expect as baseExpect, test } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { chooseIn, heading, menuAction, openVolume, option, realCloud } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const prefix = uniqueName('itvol');
const name = (part: string) => `${prefix}-${part}`;

test.afterAll(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

test.describe('member', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.member);
  });

  test('lists volumes from the server and creates an empty one: creating, then available', async ({ page }) => {
    await expect(page).toHaveURL(/\/volumes/);
    await expect(page.getByRole('region', { name: 'Volumes' }).getByRole('table')).toBeVisible();
    await page.getByRole('button', { name: 'Create volume' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create volume' });
    await dialog.getByLabel(/^Size \(GiB\)/).fill('');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('Enter a size in GiB.')).toBeVisible();
    const volume = name('blank');
    await dialog.getByLabel(/^Name\b/).fill(volume);
    await dialog.getByLabel(/^Size \(GiB\)/).fill('1');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Volume ${volume} is being created.`)).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(volume) });
    await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });

    // Filter by name on the server.
    await page.getByRole('searchbox', { name: 'Name or ID' }).fill(volume);
    await page.getByRole('searchbox', { name: 'Name or ID' }).press('Enter');
    await expect(page.getByRole('row', { name: new RegExp(volume) })).toHaveCount(1);
  });

  test('creates a volume from the cloud image (downloading → available, bootable)', async ({ page }) => {
    await page.getByRole('button', { name: 'Create volume' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create volume' });
    // The radio input itself is visually hidden: click its visible label like a person.
    await dialog.getByText('Image', { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: 'Image' })).toBeChecked();
    await dialog.getByRole('combobox', { name: 'Image' }).click();
    await option(page, new RegExp(realCloud.image)).click();
    const volume = name('img');
    await dialog.getByLabel(/^Name\b/).fill(volume);
    await dialog.getByLabel(/^Size \(GiB\)/).fill('1');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: new RegExp(volume) });
    await expect(row.getByText('Available')).toBeVisible({ timeout: 60_000 });
    await row.getByRole('link', { name: volume }).click();
    await expect(heading(page)).toContainText(volume);
    await expect(page.getByRole('main').getByText(realCloud.image).first()).toBeVisible();
  });

  test('edits, extends and changes the type with migration (hdd → ssd)', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.member);
    const volume = name('life');
    const id = await cloud.createVolume(volume, 1, { volume_type: realCloud.typeA });
    await openVolume(page, id, volume);

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Edit volume ${volume}` });
    await edit.getByLabel('Description').fill('edited against real Cinder');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('main').getByText('edited against real Cinder')).toBeVisible();

    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    const extend = page.getByRole('dialog', { name: `Extend volume ${volume}` });
    await extend.getByLabel('New size (GiB)').fill('1');
    await extend.getByRole('button', { name: 'Extend' }).click();
    await expect(extend.getByText('The new size must be larger than the current 1 GiB.')).toBeVisible();
    await extend.getByLabel('New size (GiB)').fill('2');
    await extend.getByRole('button', { name: 'Extend' }).click();
    await expect(extend).toBeHidden();
    await expect(heading(page)).toContainText('Available', { timeout: 30_000 });
    await expect.poll(async () => (await cloud.volume(id))?.size).toBe(2);

    await page.getByRole('button', { name: 'Change type', exact: true }).click();
    const retype = page.getByRole('dialog', { name: `Change type of volume ${volume}` });
    await chooseIn(page, retype, retype.getByLabel('New volume type'), realCloud.typeB);
    await retype.getByText('Migrate when needed').click();
    await retype.getByRole('button', { name: 'Change type' }).click();
    await expect(retype).toBeHidden();
    await expect(heading(page)).toContainText('Available', { timeout: 60_000 });
    await expect.poll(async () => (await cloud.volume(id))?.volume_type, { timeout: 60_000 }).toBe(realCloud.typeB);
    await page.reload();
    await expect(page.getByRole('main').getByText(realCloud.typeB).first()).toBeVisible();
  });

  test('snapshots a volume, reverts it to that snapshot, then deletes both with cascade', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.member);
    const volume = name('rev');
    const id = await cloud.createVolume(volume, 1);
    await openVolume(page, id, volume);

    await page.getByRole('button', { name: 'Create snapshot', exact: true }).first().click();
    // The dialog is titled "Create snapshot" (with or without the volume's name, depending on the build).
    const snapDialog = page.getByRole('dialog', { name: /^Create snapshot/ });
    const snapName = name('snap');
    await snapDialog.getByLabel('Name').fill(snapName);
    await snapDialog.getByRole('button', { name: /^Create( snapshot)?$/ }).click();
    await expect(snapDialog).toBeHidden();
    await expect(page.getByText(`Snapshot ${snapName} is being created.`)).toBeVisible();

    // The page follows the snapshot until it is available; revert is then offered, without a reload.
    await page.getByRole('main').getByRole('button', { name: 'More actions' }).click();
    const revertItem = page.getByRole('menuitem', { name: 'Revert to snapshot' });
    await expect(revertItem).not.toHaveAttribute('aria-disabled', 'true', { timeout: 60_000 });
    await revertItem.click();
    await expect(page.getByRole('dialog', { name: `Revert volume ${volume} to its latest snapshot` }).getByText(snapName)).toBeVisible();
    const revert = page.getByRole('dialog', { name: `Revert volume ${volume} to its latest snapshot` });
    await revert.getByRole('checkbox', { name: 'I understand that newer data is lost' }).check();
    await revert.getByRole('button', { name: 'Revert' }).click();
    await expect(revert).toBeHidden();
    await expect(heading(page)).toContainText('Available', { timeout: 30_000 });
    // Cinder's generic revert (drivers without their own) takes a temporary "[revert] … backup snapshot"
    // and restores the snapshot; wait until that is over before deleting.
    await expect
      .poll(async () => {
        const list = await cloud.call('GET', `/snapshots/detail?volume_id=${id}`);
        return (list.snapshots as { status: string }[]).map((s) => s.status).join(',');
      }, { timeout: 60_000 })
      .toBe('available');
    await page.reload();
    await expect(heading(page)).toContainText(volume);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const del = page.getByRole('dialog', { name: `Delete volume ${volume}` });
    await expect(del.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await del.getByRole('checkbox', { name: 'Also delete its 1 snapshot' }).check();
    await del.getByLabel(`Type ${volume} to confirm`).fill(volume);
    await del.getByRole('button', { name: 'Delete' }).click();
    await expect(del).toBeHidden();
    await expect(page.getByText(`Volume ${volume} is being deleted.`)).toBeVisible();
    await expect.poll(async () => await cloud.volume(id), { timeout: 60_000 }).toBeNull();
  });

  test('a refusal from real Cinder is shown with its message and request id, and the input is kept', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.member);
    const volume = name('quota');
    const id = await cloud.createVolume(volume, 1);
    await openVolume(page, id, volume);
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    const extend = page.getByRole('dialog', { name: `Extend volume ${volume}` });
    // Far over the 1000 GiB project quota: Cinder answers 413 (the form may also warn first).
    await extend.getByLabel('New size (GiB)').fill('100000');
    await extend.getByRole('button', { name: 'Extend' }).click();
    const alert = extend.getByRole('alert').or(extend.getByText(/quota/i)).first();
    await expect(alert).toBeVisible();
    await expect(extend.getByLabel('New size (GiB)')).toHaveValue('100000');
  });

  test('deletes a volume from its list row', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.member);
    const volume = name('rowdel');
    const id = await cloud.createVolume(volume, 1);
    await page.goto(`/volumes?name=${volume}`);
    await page.getByRole('button', { name: `More actions for ${volume}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete volume ${volume}` });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => await cloud.volume(id), { timeout: 60_000 }).toBeNull();
  });
});

test.describe('admin', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('resets a status, migrates to the other pool and force-deletes', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.admin);
    const volume = name('admin');
    // The default type has no backend: the volume may move to either pool.
    const id = await cloud.createVolume(volume, 1);
    const from = String((await cloud.volume(id))?.['os-vol-host-attr:host']);
    const to = from === realCloud.poolB ? realCloud.poolA : realCloud.poolB;
    await openVolume(page, id, volume);

    await menuAction(page, 'Reset status');
    const reset = page.getByRole('dialog', { name: `Reset status of volume ${volume}` });
    // The list is searchable: typing narrows it to a few choices (no scrolling through all of them).
    await reset.getByLabel('Status', { exact: true }).fill('error');
    await option(page, 'Error (error)').click();
    await reset.getByRole('button', { name: 'Reset status' }).click();
    await expect(reset).toBeHidden();
    await expect(heading(page)).toContainText('Error');
    await menuAction(page, 'Reset status');
    await reset.getByLabel('Status', { exact: true }).fill('available');
    await option(page, 'Available (available)').click();
    await reset.getByRole('button', { name: 'Reset status' }).click();
    await expect(reset).toBeHidden();
    await expect(heading(page)).toContainText('Available');

    await menuAction(page, 'Migrate');
    const migrate = page.getByRole('dialog', { name: `Migrate volume ${volume}` });
    await migrate.getByLabel('Target pool').click();
    await option(page, new RegExp(to.replace(/[#@]/g, '.'))).click();
    await migrate.getByRole('button', { name: 'Migrate' }).click();
    await expect(migrate).toBeHidden();
    await expect.poll(async () => (await cloud.volume(id))?.['os-vol-host-attr:host'], { timeout: 60_000 }).toBe(to);
    await expect.poll(async () => (await cloud.volume(id))?.migration_status, { timeout: 60_000 }).toBe('success');
    await page.reload();
    await expect(page.getByRole('main').getByText(to).first()).toBeVisible();

    const force = page.getByRole('dialog', { name: `Force delete volume ${volume}` });
    await menuAction(page, 'Force delete');
    await expect(force).toBeVisible();
    await force.getByLabel(`Type ${volume} to confirm`).fill(volume);
    await force.getByRole('button', { name: 'Force delete' }).click();
    await expect(force).toBeHidden();
    await expect.poll(async () => await cloud.volume(id), { timeout: 60_000 }).toBeNull();
  });
});
