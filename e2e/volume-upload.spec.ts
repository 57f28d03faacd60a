import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickMenuItem, pickOption, scenario } from './support/console';
import { volumeNamesDeletedAfterAll } from './support/volume-cleanup';
import { holdVolumeReads } from './support/volumes';

// Pages and dialogs load lazily: on a busy 2-core machine that takes longer than the default wait.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

async function makeVolume(request: APIRequestContext, metadata?: Record<string, string>) {
  const name = uniqueName('upl');
  const answer = await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size: 1, volumeType: 'standard', metadata });
  return { id: answer.result.id, name };
}

async function openDetail(page: Page, id: string, name: string, tab = '') {
  await page.goto(`/volumes/${id}${tab}`);
  await expect(page.getByRole('heading', { level: 2 })).toContainText(name);
}

const activityButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Activity/ });

test.describe('upload to image, flags, metadata races', () => {
  test('upload to image: the volume shows uploading live, the activity center follows the image to active and links to it', async ({ page, request }) => {
    const volume = await makeVolume(request);
    const imageName = `${volume.name}-img`;
    await login(page, accounts.member);
    await openDetail(page, volume.id, volume.name);
    await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: 'More actions' }), 'Upload to image');
    const dialog = page.getByRole('dialog', { name: `Upload ${volume.name} to an image` });
    await dialog.getByLabel('Image name').fill(imageName);
    await pickOption(page, dialog.getByLabel('Disk format'), 'qcow2');
    const reads = await holdVolumeReads(page);
    await dialog.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByRole('main').getByText('Uploading').first()).toBeVisible();
    await reads.release();
    await expect(page.getByRole('main').getByText('Available').first()).toBeVisible({ timeout: 30_000 });

    await activityButton(page).click();
    const item = page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: `Upload volume to image ${imageName}` });
    await expect(item.getByText('Done')).toBeVisible({ timeout: 30_000 });
    await expect(item.getByRole('region', { name: 'Status timeline' }).getByText('active', { exact: true })).toBeVisible();
    await item.getByRole('link', { name: `Open ${imageName}` }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(imageName);
    await expect(page.getByRole('main').getByText('Active', { exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByText('qcow2')).toBeVisible();
  });

  test('flags: bootable and read-only from Edit, shown on the overview', async ({ page, request }) => {
    const volume = await makeVolume(request);
    await login(page, accounts.member);
    await openDetail(page, volume.id, volume.name);
    await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit volume ${volume.name}` });
    await dialog.getByRole('switch', { name: 'Bootable' }).click();
    await dialog.getByRole('switch', { name: 'Read-only' }).click();
    await dialog.getByRole('button', { name: 'CLI equivalent' }).click();
    await expect(dialog.getByText('openstack --os-volume-api-version 3.70 volume set --read-only')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await expect(overview.getByRole('row', { name: /Read-only\s+Yes/ }).or(overview.getByText(/Read-only\s*Yes/))).toBeVisible();
    await expect(overview.getByRole('row', { name: /Bootable\s+Yes/ }).or(overview.getByText(/Bootable\s*Yes/))).toBeVisible();
  });

  test('metadata: a save after another session changed it is refused (412) and shows their values', async ({ page, browser, request }) => {
    const volume = await makeVolume(request, { owner: 'ops' });
    await login(page, accounts.member);
    await openDetail(page, volume.id, volume.name, '/metadata');
    await expect(page.getByRole('cell', { name: 'ops' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit metadata' }).click();
    const mine = page.getByRole('form', { name: 'Edit metadata' });
    await mine.getByRole('textbox', { name: 'Value 1' }).fill('me');

    // A second session changes the same metadata and saves first.
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await login(other, accounts.member, `/volumes/${volume.id}/metadata`);
    await expect(other.getByRole('cell', { name: 'ops' })).toBeVisible();
    await other.getByRole('button', { name: 'Edit metadata' }).click();
    const theirs = other.getByRole('form', { name: 'Edit metadata' });
    await theirs.getByRole('textbox', { name: 'Value 1' }).fill('them');
    await theirs.getByRole('button', { name: 'Save metadata' }).click();
    await expect(other.getByText('Metadata saved')).toBeVisible();
    await otherContext.close();

    await mine.getByRole('button', { name: 'Save metadata' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this metadata while you were editing' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText('them')).toBeVisible();
    await expect(mine.getByRole('textbox', { name: 'Value 1' })).toHaveValue('me');
    await conflict.getByRole('button', { name: 'Discard my changes and edit the current values' }).click();
    await expect(mine.getByRole('textbox', { name: 'Value 1' })).toHaveValue('them');
  });
});
