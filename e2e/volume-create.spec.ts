import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickMenuItem, scenario, visibleOption } from './support/console';
import { restoreQuota, volumeNamesDeletedAfterAll } from './support/volume-cleanup';
import { holdVolumeReads } from './support/volumes';

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

const option = visibleOption;

const createDialog = (page: Page) => page.getByRole('dialog', { name: 'Create volume' });

async function openCreate(page: Page) {
  await page.goto('/volumes');
  await page.getByRole('button', { name: 'Create volume' }).first().click();
  await expect(createDialog(page)).toBeVisible({ timeout: 20_000 });
  return createDialog(page);
}

/** Picks from a searchable select the way a keyboard user does: type, then Enter. */
async function pick(page: Page, label: string, text: string) {
  const box = createDialog(page).getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(text);
  await expect(option(page, new RegExp(text))).toBeVisible();
  await box.press('Enter');
}

async function submit(page: Page) {
  await createDialog(page).getByRole('button', { name: 'Create', exact: true }).click();
}

async function makeVolume(request: APIRequestContext, size = 3) {
  const name = uniqueName('src');
  const answer = await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size, volumeType: 'ssd' });
  return { id: answer.result.id, name };
}

test.describe('member', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.member);
  });

  test('creates an empty volume: creating, then available without touching the page', async ({ page }) => {
    const dialog = await openCreate(page);
    const name = uniqueName('blank');
    // The default type is preselected; the internal __DEFAULT__ type is not offered to a member by name.
    await expect(dialog.getByText('Default type (__DEFAULT__)')).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Quota' })).toContainText('Volumes');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Size (GiB)').fill('2');
    await dialog.getByRole('button', { name: 'Add metadata' }).click();
    await dialog.getByLabel('Metadata key 1').fill('env');
    await dialog.getByLabel('Metadata value 1').fill('e2e');
    // The row's own polls are held until "Creating" has been seen (a slow runner could look past the
    // emulator's 3 s); the list's read goes through.
    const polls = await holdVolumeReads(page, 'by id');
    await submit(page);
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Volume ${name} is being created.`)).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByText('Creating')).toBeVisible();
    await polls.release();
    await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });
  });

  test('validates size and metadata before sending', async ({ page }) => {
    const dialog = await openCreate(page);
    await dialog.getByLabel('Size (GiB)').fill('');
    await dialog.getByRole('button', { name: 'Add metadata' }).click();
    await dialog.getByRole('button', { name: 'Add metadata' }).click();
    await dialog.getByLabel('Metadata key 1').fill('dup');
    await dialog.getByLabel('Metadata key 2').fill('DUP');
    await submit(page);
    await expect(dialog.getByText('Enter a size in GiB.')).toBeVisible();
    await expect(dialog.getByText('This key is already used (Cinder does not tell upper from lower case in keys).')).toBeVisible();
    await expect(dialog).toBeVisible();
  });

  test('creates from an image: the size follows the image minimum', async ({ page }) => {
    const dialog = await openCreate(page);
    await dialog.getByText('Image', { exact: true }).click();
    await pick(page, 'Image', 'ubuntu-22.04');
    await expect(dialog.getByText('The image needs at least 3 GiB.')).toBeVisible();
    await expect(dialog.getByLabel('Size (GiB)')).toHaveValue('3');
    await dialog.getByLabel('Size (GiB)').fill('2');
    await submit(page);
    await expect(dialog.getByText('The size must be at least 3 GiB.')).toBeVisible();
    const name = uniqueName('img');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Size (GiB)').fill('4');
    // The row's own polls are held until its progress has been seen (the emulator takes ~5 s to
    // available, which a slow runner could look past); the list's read goes through.
    const polls = await holdVolumeReads(page, 'by id');
    await submit(page);
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByText(/Creating|Downloading/)).toBeVisible();
    await polls.release();
    await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });
  });

  test('creates from a VM snapshot image (3.46+)', async ({ page }) => {
    const dialog = await openCreate(page);
    await dialog.getByText('VM snapshot', { exact: true }).click();
    await pick(page, 'VM snapshot image', 'web-1-snapshot');
    const name = uniqueName('vmsnap');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await submit(page);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(name) }).getByText('Available')).toBeVisible({ timeout: 30_000 });
  });

  test('creates from a snapshot linked with ?create=1&source=snapshot', async ({ page }) => {
    await page.goto(`/volumes?create=1&source=snapshot&snapshot_id=${SEED.snapshots.withSnapshotSnap}`);
    const dialog = createDialog(page);
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    // The link is consumed: a reload does not reopen the form.
    await expect(page).not.toHaveURL(/create=1/);
    await expect(dialog.getByRole('radio', { name: 'Snapshot', exact: true })).toBeChecked();
    await expect(dialog.getByText("At least the snapshot's 5 GiB.")).toBeVisible();
    await expect(dialog.getByText("The volume gets the snapshot's volume type.")).toBeVisible();
    const name = uniqueName('fromsnap');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await submit(page);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(name) }).getByText('Available')).toBeVisible({ timeout: 20_000 });
  });

  test('creates from a source volume ("Create volume from this")', async ({ page, request }) => {
    const source = await makeVolume(request, 3);
    await page.goto(`/volumes/${source.id}`);
    await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: 'More actions' }), 'Create volume from this');
    const dialog = createDialog(page);
    await expect(dialog.getByRole('radio', { name: 'Volume', exact: true })).toBeChecked();
    await expect(dialog.getByText("At least the source volume's 3 GiB.")).toBeVisible();
    await expect(dialog.getByLabel('Size (GiB)')).toHaveValue('3');
    const name = uniqueName('clone');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await submit(page);
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Volume ${name} is being created.`)).toBeVisible();
  });

  test('shows the form in Chinese', async ({ page }) => {
    await page.getByLabel('Language').selectOption({ label: '中文' });
    await page.goto('/volumes?create=1');
    const dialog = page.getByRole('dialog', { name: '创建云硬盘' });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await expect(dialog.getByLabel('大小（GiB）')).toBeVisible();
    await expect(dialog.getByText('云硬盘快照', { exact: true })).toBeVisible();
    await expect(dialog.getByText('可用区', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('region', { name: '配额' })).toBeVisible();
    await dialog.getByLabel('大小（GiB）').fill('');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await expect(dialog.getByText('请输入大小（GiB）。')).toBeVisible();
  });
});

test('a 413 from Cinder (quota filled meanwhile) keeps the form and shows the reason', async ({ page, request }) => {
  await login(page, { ...accounts.alice, project: 'research' });
  const dialog = await openCreate(page);
  const name = uniqueName('quota');
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Size (GiB)').fill('20');
  // Someone else uses up the quota after the form has read it: only the server can refuse now.
  await scenario(request, 'quotaNearlyFull', { projectId: SEED.projects.research });
  try {
    await submit(page);
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('exceeds allowed gigabytes quota');
    await expect(alert).toContainText('HTTP 413');
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue(name);
    await expect(dialog.getByLabel('Size (GiB)')).toHaveValue('20');
  } finally {
    expect(await restoreQuota(request, SEED.projects.research, { volumes: 200, snapshots: 200, gigabytes: 2000 })).toBe(true);
  }
});
