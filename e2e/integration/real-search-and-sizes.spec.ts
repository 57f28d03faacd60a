/**
 * #20 items 1 and 2 against the real Cinder: the name box searches as the cloud allows (members: exact
 * name, as the shipped resource_filters.json has no `name~`; admins: part of a name), and sizes are refused
 * as typed, never rounded or clamped. Resources are this file's own (unique prefix) and removed afterwards.
 */
import { expect as baseExpect, test } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { heading, openVolume } from './support/ui';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const prefix = uniqueName('itsearch');
const volumeName = `${prefix}-Alpha`;
let volumeId = '';

test.beforeAll(async ({ request }) => {
  volumeId = await (await Cloud.open(request, accounts.member)).createVolume(volumeName, 1);
});
test.afterAll(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

test('a member searches exact names: the box says so, part of a name finds nothing, the whole name finds it', async ({ page }) => {
  await login(page, accounts.member);
  const box = page.getByRole('searchbox', { name: 'Name or ID' });
  await expect(box).toHaveAttribute('placeholder', 'Exact name, or a full ID');
  const list = page.getByRole('region', { name: 'Volumes' });
  await box.fill(prefix);
  await box.press('Enter');
  await expect(list.getByText('Nothing matches these filters.')).toBeVisible();
  await box.fill(volumeName);
  await box.press('Enter');
  await expect(list.getByRole('row', { name: new RegExp(volumeName) })).toHaveCount(1);
});

test('an admin finds part of a name in any case, across projects', async ({ page }) => {
  await login(page, accounts.admin);
  await page.goto('/volumes?all=1');
  const box = page.getByRole('searchbox', { name: 'Name or ID' });
  await expect(box).toHaveAttribute('placeholder', 'Part of a name, or a full ID');
  await box.fill(`${prefix}-alp`.toUpperCase());
  await box.press('Enter');
  const row = page.getByRole('region', { name: 'Volumes' }).getByRole('row', { name: new RegExp(volumeName) });
  await expect(row).toHaveCount(1);
  // Whose volume it is, by the project's name.
  await expect(row).toContainText('demo');
});

test('sizes are refused as typed, never rounded or clamped; the size typed is the size sent', async ({ page, request }) => {
  await login(page, accounts.member);
  await page.getByRole('button', { name: 'Create volume' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create volume' });
  const size = dialog.getByLabel(/^Size \(GiB\)/);
  await size.fill('0');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByText('The size must be at least 1 GiB.')).toBeVisible();
  await expect(size).toHaveValue('0');
  await size.fill('2.5');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByText('The size must be a whole number of GiB.')).toBeVisible();
  await expect(size).toHaveValue('2.5');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await openVolume(page, volumeId, volumeName);
  await page.getByRole('button', { name: 'Extend', exact: true }).click();
  const extend = page.getByRole('dialog', { name: `Extend volume ${volumeName}` });
  const newSize = extend.getByLabel('New size (GiB)');
  // The current size typed and sent at once (Enter, no pause): refused, nothing extended.
  await newSize.fill('1');
  await newSize.press('Enter');
  await expect(extend.getByText('The new size must be larger than the current 1 GiB.')).toBeVisible();
  await newSize.fill('3');
  await newSize.press('Enter');
  await expect(extend).toBeHidden();
  await expect(heading(page)).toContainText('Available', { timeout: 30_000 });
  const cloud = await Cloud.open(request, accounts.member);
  await expect.poll(async () => (await cloud.volume(volumeId))?.size).toBe(3);
});
