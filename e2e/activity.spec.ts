import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickMenuItem, pickOption, scenario } from './support/console';
import { cinderApi } from './support/volumes';
import { volumeNamesDeletedAfterAll } from './support/volume-cleanup';

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

async function makeVolume(request: APIRequestContext, size: number) {
  const name = uniqueName('act');
  const answer = await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size, volumeType: 'standard' });
  return { id: answer.result.id, name };
}

/** Extends a volume from its row on /volumes (filtered to that one volume). */
async function extendFromList(page: Page, volume: { name: string }, newSize: number) {
  await page.goto(`/volumes?name=${encodeURIComponent(volume.name)}`);
  await pickMenuItem(page, page.getByRole('button', { name: `More actions for ${volume.name}` }), 'Extend');
  const dialog = page.getByRole('dialog', { name: `Extend volume ${volume.name}` });
  await dialog.getByLabel('New size (GiB)').fill(String(newSize));
  await dialog.getByRole('button', { name: 'Extend' }).click();
  await expect(dialog).toBeHidden();
}

type Box = { x: number; y: number; width: number; height: number };
async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box`);
  return found;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const activityButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Activity/ });

test.describe('activity center', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.member);
  });

  test('follows an extend across a page change, announces it, and shows its status timeline', async ({ page, request }) => {
    const volume = await makeVolume(request, 1);
    await expect(activityButton(page)).toHaveAccessibleName('Activity');
    await extendFromList(page, volume, 3);
    // In flight: the header counts it.
    await expect(activityButton(page)).toHaveAccessibleName('Activity: 1 operation in progress');
    // Leave for another page; the volumes list (and its polling) is gone.
    await page.getByRole('navigation').getByRole('link', { name: 'Snapshots' }).click();
    await expect(page).toHaveURL(/\/snapshots$/);
    const notice = page.locator('.ant-notification-notice').filter({ hasText: `Extend volume ${volume.name}: done` });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(activityButton(page)).toHaveAccessibleName('Activity');
    await expect(page).toHaveURL(/\/snapshots$/);

    // The notification links to the volume.
    await notice.getByRole('link', { name: `Open ${volume.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/volumes/${volume.id}$`));
    await expect(page.getByRole('heading', { level: 2 })).toContainText(volume.name);

    // The drawer lists it with who, request id and the statuses it went through.
    await activityButton(page).click();
    const drawer = page.getByRole('dialog', { name: 'Activity' });
    const item = drawer.getByRole('listitem', { name: `Extend volume ${volume.name}` });
    await expect(item).toBeVisible();
    await expect(item.getByText('Done')).toBeVisible();
    await expect(item).toContainText('demo in demo');
    await expect(item).toContainText(/req-/);
    const timeline = item.getByRole('region', { name: 'Status timeline' });
    await expect(timeline.getByText('extending', { exact: true })).toBeVisible();
    await expect(timeline.getByText('available', { exact: true })).toBeVisible();

    // Kept for the session: still there after a reload.
    await page.reload();
    await activityButton(page).click();
    await expect(page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: `Extend volume ${volume.name}` })).toBeVisible();
  });

  test('the done notice leaves the banner and the page’s actions within reach', async ({ page, request }) => {
    const volume = await makeVolume(request, 1);
    await page.goto(`/volumes/${volume.id}`);
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Extend volume ${volume.name}` });
    await dialog.getByLabel('New size (GiB)').fill('2');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await expect(dialog).toBeHidden();
    const notice = page.locator('.ant-notification-notice').filter({ hasText: `Extend volume ${volume.name}: done` });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // While the notice is up (and paused under the pointer) nothing it covers is out of reach: it sits
    // away from the banner (the user menu is in the top right corner) and the page's actions.
    const userMenu = page.getByRole('banner').getByRole('button', { name: /User menu/ });
    const deleteButton = page.getByRole('main').getByRole('button', { name: 'Delete', exact: true });
    for (const control of [userMenu, deleteButton]) expect(overlaps(await box(notice), await box(control))).toBe(false);
    await userMenu.click();
    await expect(page.getByRole('menuitem', { name: 'Log out' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menuitem', { name: 'Log out' })).toBeHidden();
    await deleteButton.click();
    await expect(page.getByRole('dialog', { name: `Delete volume ${volume.name}` })).toBeVisible();
    await expect(notice).toBeVisible();
  });

  test('a retype Cinder could not do is a failure with the type unchanged, not “done” (#20 5b)', async ({ page, request }) => {
    test.setTimeout(120_000);
    const volume = await makeVolume(request, 1);
    await page.goto(`/volumes/${volume.id}`);
    const made = await cinderApi<{ snapshot: { id: string } }>(page, 'POST', '/snapshots', { snapshot: { volume_id: volume.id, name: `${volume.name}-snap` } });
    expect(made.status).toBe(202);
    await expect
      .poll(async () => (await cinderApi<{ snapshot: { status: string } }>(page, 'GET', `/snapshots/${made.body.snapshot.id}`)).body.snapshot.status, { timeout: 20_000 })
      .toBe('available');
    await page.reload();
    await page.getByRole('button', { name: 'Change type', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Change type of volume ${volume.name}` });
    // Cinder moves no volume with snapshots: the Migrate action's rule, here too.
    await expect(dialog.getByRole('radio', { name: 'Migrate when needed' })).toBeDisabled();
    await expect(dialog).toContainText('The volume has 1 snapshot. Delete it first.');
    // ssd lives on another back end: Cinder accepts the call, then puts the volume back with its old type.
    await pickOption(page, dialog.getByLabel('New volume type'), 'ssd');
    await dialog.getByRole('button', { name: 'Change type' }).click();
    await expect(dialog).toBeHidden();

    const notice = page.locator('.ant-notification-notice').filter({ hasText: `Change type of volume ${volume.name}: failed` });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText('The type did not change: the volume is still standard.');
    await expect(page.locator('.ant-notification-notice').filter({ hasText: `Change type of volume ${volume.name}: done` })).toHaveCount(0);
    await activityButton(page).click();
    const item = page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: `Change type of volume ${volume.name}` });
    await expect(item.getByText('Failed', { exact: true })).toBeVisible();
    await expect(item).toContainText('The type did not change: the volume is still standard.');
    const after = await cinderApi<{ volume: { volume_type: string } }>(page, 'GET', `/volumes/${volume.id}`);
    expect(after.body.volume.volume_type).toBe('standard');
  });

  test('a failed extend raises a failure notification with Cinder’s user message', async ({ page, request }) => {
    const volume = await makeVolume(request, 1);
    await scenario(request, 'failNext', { action: 'extend', resourceId: volume.id });
    await extendFromList(page, volume, 2);
    await page.getByRole('navigation').getByRole('link', { name: 'Quotas' }).click();
    const notice = page.locator('.ant-notification-notice').filter({ hasText: `Extend volume ${volume.name}: failed` });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText('Volume Driver failed to extend volume.');
    await expect(notice.getByRole('link', { name: `Open ${volume.name}` })).toBeVisible();

    await activityButton(page).click();
    const item = page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: `Extend volume ${volume.name}` });
    await expect(item.getByText('Failed', { exact: true })).toBeVisible();
    await expect(item.getByRole('region', { name: 'Status timeline' }).getByText('error_extending', { exact: true })).toBeVisible();
    await expect(item).toContainText('Volume Driver failed to extend volume.');
  });
});
