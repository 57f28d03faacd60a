import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, scenario } from './support/console';
import { volumeNamesDeletedAfterAll } from './support/volume-cleanup';

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);

/** Presses Tab (only Tab) until `target` holds the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** A visible focus indicator: an outline or a focus ring (box-shadow) on the focused element. */
async function hasVisibleFocus(target: Locator) {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
}

test.describe('keyboard only (member)', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.member);
  });

  test('creates a volume: open from the list, fill name and size, pick a type, submit, see it listed', async ({ page }) => {
    await page.goto('/volumes');
    const open = page.getByRole('button', { name: 'Create volume' }).first();
    await expect(open).toBeVisible();
    await page.locator('body').focus();
    await tabTo(page, open);
    expect(await hasVisibleFocus(open)).toBe(true);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Create volume' });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    const name = uniqueName('kbd');
    const nameBox = dialog.getByRole('textbox', { name: 'Name' });
    await tabTo(page, nameBox);
    await page.keyboard.type(name);

    const size = dialog.getByRole('spinbutton', { name: 'Size (GiB)' });
    await tabTo(page, size);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2');
    await page.keyboard.press('ArrowUp'); // 3 GiB, with the arrow keys

    const type = dialog.getByRole('combobox', { name: 'Volume type', exact: true });
    await tabTo(page, type);
    await page.keyboard.press('ArrowDown'); // opens the list
    const active = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active');
    await expect(active).toBeVisible();
    for (let i = 0; i < 10 && (await active.getAttribute('title')) !== 'ssd'; i += 1) await page.keyboard.press('ArrowDown');
    await expect(active).toHaveAttribute('title', 'ssd');
    await page.keyboard.press('Enter');
    await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);

    const submit = dialog.getByRole('button', { name: 'Create', exact: true });
    await tabTo(page, submit);
    expect(await hasVisibleFocus(submit)).toBe(true);
    await page.keyboard.press('Enter');

    await expect(dialog).toBeHidden({ timeout: 20_000 });
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await expect(row).toContainText('3 GiB');
    await expect(row).toContainText('ssd');
  });

  test('extends a volume from its row action menu with the keyboard', async ({ page, request }) => {
    const name = uniqueName('kbd-extend');
    await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size: 2, volumeType: 'ssd' });
    await page.goto('/volumes');
    const more = page.getByRole('button', { name: `More actions for ${name}` });
    await expect(more).toBeVisible({ timeout: 20_000 });
    await page.locator('body').focus();
    await tabTo(page, more);
    expect(await hasVisibleFocus(more)).toBe(true);
    await page.keyboard.press('Enter');

    const extend = page.getByRole('menuitem', { name: 'Extend' });
    await expect(extend).toBeVisible();
    // Arrow keys move through the menu until Extend is the active item.
    for (let i = 0; i < 15 && !(await isFocused(extend)); i += 1) await page.keyboard.press('ArrowDown');
    await expect(extend).toBeFocused();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `Extend volume ${name}` });
    await expect(dialog).toBeVisible();
    // The focus moved into the dialog with it.
    await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const newSize = dialog.getByRole('spinbutton', { name: 'New size (GiB)' });
    await tabTo(page, newSize);
    await expect(newSize).toHaveValue('3');
    await page.keyboard.press('ArrowUp'); // 4 GiB
    await expect(newSize).toHaveValue('4');
    await tabTo(page, dialog.getByRole('button', { name: 'Extend' }));
    await page.keyboard.press('Enter');

    await expect(page.getByText(`Volume ${name} is being extended to 4 GiB.`)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('4 GiB', { timeout: 20_000 });
  });

  test('Escape closes a dialog and gives the focus back to what opened it', async ({ page }) => {
    await page.goto('/volumes');
    const open = page.getByRole('button', { name: 'Create volume' }).first();
    await page.locator('body').focus();
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create volume' });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('Escape closes a dialog chosen from a row menu as soon as it shows', async ({ page, request }) => {
    const name = uniqueName('kbd-escape');
    await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size: 1 });
    // The menu's closing animation once took the Escape key for itself: 13 of 20 presses right after the
    // dialog appeared did nothing. Three dialogs, one press each.
    await page.goto(`/volumes?name=${name}`);
    const more = page.getByRole('button', { name: `More actions for ${name}` });
    for (const [item, title] of [
      ['Edit', `Edit volume ${name}`],
      ['Extend', `Extend volume ${name}`],
      ['Edit', `Edit volume ${name}`],
    ]) {
      await more.click();
      await page.getByRole('menuitem', { name: item, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden({ timeout: 1_000 });
    }
  });
});

test('the CLI equivalent of a form follows what is typed (admin)', async ({ page }) => {
  await login(page, accounts.admin);
  await page.goto('/volumes');
  await page.getByRole('button', { name: 'Create volume' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create volume' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  const name = `it's ${uniqueName('cli')}`;
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Description' }).fill('nightly build');
  await dialog.getByRole('spinbutton', { name: 'Size (GiB)' }).fill('7');

  await dialog.getByRole('button', { name: /CLI equivalent/ }).click();
  const code = dialog.getByLabel('Command', { exact: true });
  await expect(code).toContainText(/^openstack --os-volume-api-version 3\.\d+ volume create --size 7 /);
  await expect(code).toContainText(`--description 'nightly build'`);
  await expect(code).toContainText(`'it'\\''s ${name.slice(5)}'`);

  // It follows the form: a new size shows at once.
  await dialog.getByRole('spinbutton', { name: 'Size (GiB)' }).fill('9');
  await expect(code).toContainText('volume create --size 9 ');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
