import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, openOptions, pickMenuItem, pickOption, scenario, visibleOption } from './support/console';
import { holdVolumeReads } from './support/volumes';
import { volumeNamesDeletedAfterAll } from './support/volume-cleanup';

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

const option = visibleOption;

/** A volume of our own, made directly in the emulator (no quota, no flow). */
async function makeVolume(
  request: APIRequestContext,
  options: { size?: number; status?: string; project?: 'demo' | 'admin'; volumeType?: string; attachedTo?: string[] } = {},
) {
  const name = uniqueName('va');
  const answer = await scenario(request, 'createVolume', {
    projectId: SEED.projects[options.project ?? 'demo'],
    name,
    size: options.size ?? 2,
    status: options.status,
    volumeType: options.volumeType ?? 'standard',
    attachedTo: options.attachedTo,
  });
  return { id: answer.result.id, name };
}

const heading = (page: Page) => page.getByRole('heading', { level: 2 });

async function openDetail(page: Page, id: string, name: string) {
  await page.goto(`/volumes/${id}`);
  await expect(heading(page)).toContainText(name);
}

/** Runs a detail-page action that lives in the "More actions" menu. */
async function menuAction(page: Page, label: string) {
  await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: 'More actions' }), label);
}

test.describe('member', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.member);
  });

  test('extends a volume: validation first, then extending → available at the new size', async ({ page, request }) => {
    const volume = await makeVolume(request, { size: 2 });
    await openDetail(page, volume.id, volume.name);
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Extend volume ${volume.name}` });
    const size = dialog.getByLabel('New size (GiB)');
    await size.fill('2');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    const tooSmall = dialog.getByText('The new size must be larger than the current 2 GiB.');
    await expect(tooSmall).toBeVisible();
    await size.fill('5');
    // The message folds away with an animation that moves the buttons up: click once it is gone (a click
    // aimed while the button moves can land beside it).
    await expect(tooSmall).toBeHidden();
    // Shown from the 202 on: reads are held until it has been seen (the emulator finishes ~2 s later).
    const reads = await holdVolumeReads(page);
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await expect(heading(page)).toContainText('Extending');
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Volume ${volume.name} is being extended to 5 GiB.`)).toBeVisible();
    await reads.release();
    await expect(heading(page)).toContainText('Available', { timeout: 20_000 });
  });

  test('a failed extend ends in error_extending, and extend is then disabled with the reason', async ({ page, request }) => {
    const volume = await makeVolume(request, { size: 1 });
    await openDetail(page, volume.id, volume.name);
    await scenario(request, 'failNext', { action: 'extend', resourceId: volume.id });
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Extend volume ${volume.name}` });
    await dialog.getByLabel('New size (GiB)').fill('3');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toContainText('Error extending', { timeout: 20_000 });
    const extend = page.getByRole('button', { name: 'Extend', exact: true });
    await expect(extend).toBeDisabled();
    await extend.hover({ force: true });
    await expect(page.getByRole('tooltip')).toContainText('Cinder allows this only when the status is Available or In use; it is Error extending (error_extending).');
  });

  test('a 503 while the dialog is open keeps the input and shows the message with its request id', async ({ page, request }) => {
    const volume = await makeVolume(request, { size: 2 });
    await openDetail(page, volume.id, volume.name);
    await scenario(request, 'serverError', { status: 503, pathPrefix: `/volume/v3/${SEED.projects.demo}/volumes/${volume.id}/action` });
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Extend volume ${volume.name}` });
    await dialog.getByLabel('New size (GiB)').fill('7');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('The server refused this request');
    await expect(alert).toContainText('HTTP 503');
    await expect(alert).toContainText('Request ID');
    await expect(dialog.getByLabel('New size (GiB)')).toHaveValue('7');
    // The same input sent again succeeds once the server is back.
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toContainText(/Extending|Available/);
  });

  test('edits name, description and the bootable flag', async ({ page, request }) => {
    const volume = await makeVolume(request);
    await openDetail(page, volume.id, volume.name);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit volume ${volume.name}` });
    const renamed = `${volume.name}-renamed`;
    uniqueName.remember(renamed);
    await dialog.getByLabel('Name').fill(renamed);
    await dialog.getByLabel('Description').fill('x'.repeat(256));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('At most 255 characters.')).toBeVisible();
    await dialog.getByLabel('Description').fill('edited by e2e');
    await dialog.getByRole('switch', { name: 'Bootable' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toContainText(renamed);
    await page.reload();
    await expect(heading(page)).toContainText(renamed);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('dialog').getByRole('switch', { name: 'Bootable' })).toBeChecked();
  });

  test('changes the type (retype): retyping → available with the new type', async ({ page, request }) => {
    const volume = await makeVolume(request, { volumeType: 'standard' });
    await openDetail(page, volume.id, volume.name);
    await page.getByRole('button', { name: 'Change type', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Change type of volume ${volume.name}` });
    await dialog.getByRole('button', { name: 'Change type' }).click();
    await expect(dialog.getByText('Choose the new volume type.')).toBeVisible();
    await openOptions(page, dialog.getByLabel('New volume type'), 'ssd');
    // The current type is not offered, nor the internal __DEFAULT__ type for a member.
    await expect(option(page, 'standard')).toHaveCount(0);
    await expect(option(page, '__DEFAULT__')).toHaveCount(0);
    await pickOption(page, dialog.getByLabel('New volume type'), 'ssd');
    await dialog.getByText('Migrate when needed').click();
    const reads = await holdVolumeReads(page);
    await dialog.getByRole('button', { name: 'Change type' }).click();
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toContainText('Retyping');
    await reads.release();
    await expect(heading(page)).toContainText('Available', { timeout: 20_000 });
    await expect(page.getByRole('main').getByText('ssd').first()).toBeVisible();
  });

  test('a row changing status keeps every column where it was', async ({ page, request }) => {
    const volume = await makeVolume(request, { size: 1 });
    await page.goto(`/volumes?name=${volume.name}`);
    const row = page.getByRole('row', { name: new RegExp(volume.name) });
    await expect(row).toContainText('Available');
    const columnWidths = () => page.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
    const before = await columnWidths();
    await page.getByRole('button', { name: `More actions for ${volume.name}` }).click();
    await page.getByRole('menuitem', { name: 'Extend' }).click();
    const dialog = page.getByRole('dialog', { name: `Extend volume ${volume.name}` });
    await dialog.getByRole('spinbutton', { name: 'New size (GiB)' }).fill('2');
    const reads = await holdVolumeReads(page);
    await dialog.getByRole('button', { name: 'Extend' }).click();
    // "Extending" with its spinner is wider than "Available": it used to widen its column and move the rest.
    await expect(row).toContainText('Extending');
    expect(await columnWidths()).toEqual(before);
    await reads.release();
  });

  test('snapshots a volume, then reverts it to that latest snapshot', async ({ page, request }) => {
    const volume = await makeVolume(request, { size: 1 });
    await openDetail(page, volume.id, volume.name);
    // Without snapshots revert is disabled with the reason.
    await page.getByRole('main').getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Revert to snapshot' })).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Create snapshot', exact: true }).first().click();
    const snapDialog = page.getByRole('dialog', { name: 'Create snapshot' });
    await expect(snapDialog.getByLabel('Volume')).toHaveValue(volume.name);
    const snapName = uniqueName('vasnap');
    await snapDialog.getByLabel('Name').fill(snapName);
    await snapDialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(snapDialog).toBeHidden();
    await expect(page.getByText(`Snapshot ${snapName} is being created.`)).toBeVisible();

    // The page follows the snapshot until it is available; revert is then offered, without a reload.
    await page.getByRole('main').getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Revert to snapshot' })).not.toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 });
    // The menu is open already: choose the item it now enables.
    await page.getByRole('menuitem', { name: 'Revert to snapshot' }).click();
    await expect(page.getByRole('dialog').getByText(snapName)).toBeVisible();
    const dialog = page.getByRole('dialog', { name: `Revert volume ${volume.name} to its latest snapshot` });
    await dialog.getByRole('button', { name: 'Revert' }).click();
    await expect(dialog.getByText('Tick the box to confirm.')).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'I understand that newer data is lost' }).check();
    const reads = await holdVolumeReads(page);
    await dialog.getByRole('button', { name: 'Revert' }).click();
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toContainText('Reverting');
    await reads.release();
    await expect(heading(page)).toContainText('Available', { timeout: 20_000 });
  });

  test('delete of a volume with snapshots needs the cascade box and the typed name', async ({ page, request }) => {
    const volume = await makeVolume(request, { size: 1 });
    await openDetail(page, volume.id, volume.name);
    await page.getByRole('button', { name: 'Create snapshot', exact: true }).first().click();
    const snapDialog = page.getByRole('dialog', { name: 'Create snapshot' });
    await expect(snapDialog.getByLabel('Volume')).toHaveValue(volume.name);
    await snapDialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(snapDialog).toBeHidden();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    // The dialog follows the new snapshot: cascade is possible once it is available.
    await expect(page.getByRole('dialog').getByRole('checkbox', { name: 'Also delete its 1 snapshot' })).toBeEnabled({ timeout: 30_000 });
    const dialog = page.getByRole('dialog', { name: `Delete volume ${volume.name}` });
    const cascade = dialog.getByRole('checkbox', { name: 'Also delete its 1 snapshot' });
    // The snapshot it would take along, with its status in words (Cinder's code beside it).
    await expect(dialog.getByText(/ — Available \(available\)$/)).toBeVisible();
    await expect(cascade).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await cascade.check();
    await dialog.getByLabel(`Type ${volume.name} to confirm`).fill('wrong');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByText(`Type ${volume.name} exactly.`)).toBeVisible();
    await dialog.getByLabel(`Type ${volume.name} to confirm`).fill(volume.name);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Volume ${volume.name} is being deleted.`)).toBeVisible();
  });

  test('an attached volume cannot be deleted (reason shown), and the row menu has no admin actions', async ({ page, request }) => {
    const volume = await makeVolume(request, { attachedTo: [SEED.servers.web1] });
    await openDetail(page, volume.id, volume.name);
    const del = page.getByRole('button', { name: 'Delete', exact: true });
    await expect(del).toBeDisabled();
    // The reason is reachable without a mouse: the button takes the keyboard focus and shows it.
    await del.focus();
    await expect(page.getByRole('tooltip')).toContainText('The volume is attached to a server. Detach it first (Detach, or the Attachments tab).');
    await expect(del).toHaveAccessibleDescription('The volume is attached to a server. Detach it first (Detach, or the Attachments tab).');

    await page.goto('/volumes');
    await page.getByRole('button', { name: `More actions for ${volume.name}` }).click();
    await expect(page.getByRole('menuitem', { name: 'Extend' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('menuitem', { name: 'Reset status' })).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: 'Migrate' })).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: 'Force delete' })).toHaveCount(0);
  });

  test('delete from the list row shows deleting at once', async ({ page, request }) => {
    const volume = await makeVolume(request);
    await page.goto('/volumes');
    const row = page.getByRole('row', { name: new RegExp(volume.name) });
    const dialog = page.getByRole('dialog', { name: `Delete volume ${volume.name}` });
    await pickMenuItem(page, page.getByRole('button', { name: `More actions for ${volume.name}` }), 'Delete');
    await expect(dialog).toBeVisible();
    // Reads of volumes are held from here on: "Deleting" can only come from the 202 (and a slow runner
    // cannot miss it: the emulator removes the volume ~2 s after the request).
    const reads = await holdVolumeReads(page);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(row.getByText('Deleting')).toBeVisible();
    await expect(dialog).toBeHidden();
    // Once Cinder answers again, the volume leaves the list by itself.
    await reads.release();
    await expect(row).toHaveCount(0, { timeout: 20_000 });
  });
});

test.describe('admin', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('resets a stuck volume to available', async ({ page, request }) => {
    const volume = await makeVolume(request, { project: 'admin' });
    await scenario(request, 'volumeStuckIn', { volumeId: volume.id, status: 'extending' });
    await openDetail(page, volume.id, volume.name);
    await expect(heading(page)).toContainText('Extending');
    await menuAction(page, 'Reset status');
    const dialog = page.getByRole('dialog', { name: `Reset status of volume ${volume.name}` });
    await dialog.getByRole('button', { name: 'Reset status' }).click();
    await expect(dialog.getByText('Choose at least one status to reset.')).toBeVisible();
    // Each status by its label, Cinder's value beside it; the list can be searched by either.
    await expect(dialog.getByText('Now: status Extending (extending), migration status None (none).')).toBeVisible();
    await openOptions(page, dialog.getByLabel('Status', { exact: true }), 'Available (available)');
    await expect(option(page, 'Deleting (deleting)')).toHaveCount(0);
    await dialog.getByLabel('Status', { exact: true }).fill('availab');
    await expect(option(page, 'Error deleting (error_deleting)')).toHaveCount(0);
    await pickOption(page, dialog.getByLabel('Status', { exact: true }), 'Available (available)');
    await dialog.getByRole('button', { name: 'Reset status' }).click();
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toContainText('Available');
  });

  test('migrates a volume to another pool', async ({ page, request }) => {
    const volume = await makeVolume(request, { project: 'admin', volumeType: 'standard' });
    await openDetail(page, volume.id, volume.name);
    await menuAction(page, 'Migrate');
    const dialog = page.getByRole('dialog', { name: `Migrate volume ${volume.name}` });
    await expect(dialog.getByText('cinder@lvm-hdd#hdd')).toBeVisible();
    await openOptions(page, dialog.getByLabel('Target pool'), /cinder@lvm-ssd#ssd/);
    await expect(option(page, /cinder@lvm-hdd#hdd/)).toHaveCount(0);
    await pickOption(page, dialog.getByLabel('Target pool'), /cinder@lvm-ssd#ssd/);
    await dialog.getByRole('checkbox', { name: 'Lock volume' }).check();
    await dialog.getByRole('button', { name: 'Migrate' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Volume ${volume.name} is being migrated to cinder@lvm-ssd#ssd.`)).toBeVisible();
  });

  test('force-deletes a volume stuck in creating after typing its name', async ({ page, request }) => {
    const volume = await makeVolume(request, { project: 'admin' });
    await scenario(request, 'volumeStuckIn', { volumeId: volume.id, status: 'creating' });
    await openDetail(page, volume.id, volume.name);
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await menuAction(page, 'Force delete');
    const dialog = page.getByRole('dialog', { name: `Force delete volume ${volume.name}` });
    await dialog.getByRole('button', { name: 'Force delete' }).click();
    await expect(dialog.getByText(`Type ${volume.name} exactly.`)).toBeVisible();
    await dialog.getByLabel(`Type ${volume.name} to confirm`).fill(volume.name);
    await dialog.getByRole('button', { name: 'Force delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Volume ${volume.name} is being force-deleted.`)).toBeVisible();
  });
});
