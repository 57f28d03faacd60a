import { expect, test } from '@playwright/test';
import { accounts, login } from './support/console';

// A phone held upright (#20: the header took three rows, the navigation slid over an undimmed page and
// the row's "More actions" button squeezed the status off screen).
test.use({ viewport: { width: 390, height: 844 } });

test('the header fits in two rows; language and theme are in the user menu', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  const banner = page.getByRole('banner');
  await expect(page.getByRole('heading', { name: 'Volumes' })).toBeVisible();
  await expect(banner.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
  await expect(banner.getByRole('combobox', { name: 'Theme' })).toHaveCount(0);
  // Two rows of 32 px controls with their gap and padding: 92 px; a third row would make it 136.
  expect((await banner.boundingBox())!.height).toBeLessThan(110);

  await banner.getByRole('button', { name: /User menu/ }).click();
  await page.getByRole('menuitem', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '云硬盘' })).toBeVisible();
  await banner.getByRole('button', { name: /用户菜单/ }).click();
  await expect(page.getByRole('menuitem', { name: '中文' }).locator('.anticon-check')).toBeVisible();
  await page.getByRole('menuitem', { name: '深色' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the navigation slides in over a dimmed page; a tap beside it or Escape closes it', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  const toggle = page.getByRole('button', { name: 'Navigation' });
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await toggle.click();
  await expect(nav).toBeVisible();
  // A tap on the dimmed page beside the navigation closes it (and does not reach the list under it).
  await page.mouse.click(360, 500);
  await expect(nav).toBeHidden();
  await expect(page).toHaveURL(/\/volumes$/);
  await toggle.click();
  await expect(nav).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
});

test('a row keeps its name and status in full beside a compact actions button', async ({ page }) => {
  await login(page, accounts.member, '/volumes?name=web-data-clone');
  const row = page.getByRole('row', { name: /web-data-clone/ });
  const actions = row.getByRole('button', { name: 'More actions for web-data-clone' });
  await expect(actions).toBeVisible();
  await expect(actions).toHaveText('');
  const status = row.getByText('Available', { exact: true });
  const [statusBox, actionsBox] = [await status.boundingBox(), await actions.boundingBox()];
  expect(statusBox!.x + statusBox!.width).toBeLessThanOrEqual(actionsBox!.x);
  await actions.click();
  await expect(page.getByRole('menuitem', { name: 'Extend' })).toBeVisible();
});
