/** Snapshots against the real Cinder: list, create (form), detail, create a volume from it, revert, delete. */
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const prefix = uniqueName('itsnap');
const name = (part: string) => `${prefix}-${part}`;

test.afterAll(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

async function pickVolume(page: Page, dialog: Locator, volumeName: string) {
  await dialog.getByLabel('Volume').fill(volumeName);
  await expect(page.locator('.ant-select-dropdown').getByText(`${volumeName} · `)).toBeVisible();
  await page.keyboard.press('Enter');
}

test('member creates a snapshot from the list, opens it, makes a volume from it and deletes it', async ({ page, request }) => {
  test.setTimeout(180_000);
  const cloud = await Cloud.open(request, accounts.member);
  const volume = name('src');
  const volumeId = await cloud.createVolume(volume, 2);
  const snapshot = name('snap');
  await login(page, accounts.member, '/snapshots');
  await expect(page.getByRole('heading', { name: 'Snapshots' })).toBeVisible();

  await page.getByRole('button', { name: 'Create snapshot' }).first().click();
  const create = page.getByRole('dialog', { name: 'Create snapshot' });
  await pickVolume(page, create, volume);
  await create.getByLabel('Name').fill(snapshot);
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(snapshot) });
  await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });

  await row.getByRole('link', { name: snapshot }).click();
  await expect(page.getByRole('heading', { name: snapshot })).toBeVisible();
  await expect(page.getByRole('link', { name: volume })).toHaveAttribute('href', `/volumes/${volumeId}`);

  // A volume from the snapshot: smaller than the snapshot is refused before sending.
  const fromSnapshot = name('fromsnap');
  await page.getByRole('button', { name: 'Create volume' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create volume from snapshot' });
  await dialog.getByLabel('Volume name').fill(fromSnapshot);
  await dialog.getByLabel('Size (GiB)').fill('1');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('At least 2 GiB.')).toBeVisible();
  await dialog.getByLabel('Size (GiB)').fill('3');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Volumes created from this snapshot' }).getByRole('link', { name: fromSnapshot })).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await cloud.volumeByName(fromSnapshot))?.status, { timeout: 60_000 }).toBe('available');

  // Revert the source volume to this (its latest) snapshot.
  const revert = page.getByRole('button', { name: 'Revert volume' });
  await expect(revert).toBeEnabled();
  await revert.click();
  const confirmRevert = page.getByRole('dialog', { name: `Revert volume ${volume} to this snapshot?` });
  await confirmRevert.getByRole('button', { name: 'Revert' }).click();
  await expect(page.getByText(`Reverting volume ${volume}.`)).toBeVisible();
  await expect.poll(async () => (await cloud.volume(volumeId))?.status, { timeout: 60_000 }).toBe('available');
  await expect(page.getByRole('main').getByText('Available').first()).toBeVisible({ timeout: 30_000 });
  // Cinder's generic revert removes its temporary backup snapshot at the end: wait for it.
  await expect
    .poll(async () => ((await cloud.call('GET', `/snapshots/detail?volume_id=${volumeId}`)).snapshots as unknown[]).length, { timeout: 60_000 })
    .toBe(1);

  // Delete: the dialog warns about the volume made from it, then the snapshot goes away.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Delete snapshot ${snapshot}?` });
  await expect(confirm.getByText('1 volume was created from this snapshot.', { exact: false })).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`Deleting snapshot ${snapshot}.`)).toBeVisible();
  await page.goto('/snapshots');
  await expect(page.getByRole('row', { name: new RegExp(snapshot) })).toHaveCount(0, { timeout: 30_000 });
});

test('member deletes a snapshot from its list row', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  const volumeId = await cloud.createVolume(name('rowvol'), 1);
  const snapshot = name('rowsnap');
  await cloud.createSnapshot(volumeId, snapshot);
  await login(page, accounts.member, '/snapshots');
  const row = page.getByRole('row', { name: new RegExp(snapshot) });
  await row.getByRole('button', { name: `Actions for ${snapshot}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: `Delete snapshot ${snapshot}?` }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('row', { name: new RegExp(snapshot) })).toHaveCount(0, { timeout: 30_000 });
});
