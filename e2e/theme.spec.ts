import { expect, test, type Page } from '@playwright/test';
import { accounts, login, pickOption } from './support/console';

/** The page background: antd's Layout paints colorBgLayout (light #f5f5f5, dark #000). */
const layoutBackground = (page: Page) => page.getByRole('main').evaluate((el) => getComputedStyle(el.closest('.ant-layout')!).backgroundColor);
const LIGHT = 'rgb(245, 245, 245)';
const DARK = 'rgb(0, 0, 0)';

test.describe('with a light system setting', () => {
  test.use({ colorScheme: 'light' });

  test('the theme switch turns the console dark, and the choice survives a reload', async ({ page }) => {
    await login(page, accounts.member, '/volumes');
    const themeSwitch = page.getByRole('combobox', { name: 'Theme' });
    await expect(themeSwitch).toBeVisible();
    expect(await layoutBackground(page)).toBe(LIGHT);

    await pickOption(page, themeSwitch, 'Dark');
    await expect.poll(() => layoutBackground(page)).toBe(DARK);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The sider follows too (it was a fixed light colour before).
    const sider = await page.locator('.ant-layout-sider').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(sider).not.toBe('rgb(255, 255, 255)');

    await page.reload();
    await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
    await expect.poll(() => layoutBackground(page)).toBe(DARK);
    await expect(page.getByRole('combobox', { name: 'Theme' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('Dark');

    await pickOption(page, page.getByRole('combobox', { name: 'Theme' }), 'System');
    await expect.poll(() => layoutBackground(page)).toBe(LIGHT);
  });
});

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' });

  test('"System" follows prefers-color-scheme, on the login page too; "Light" overrides it', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const loginCard = await page.locator('.ant-card').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(loginCard).not.toBe('rgb(255, 255, 255)');

    await login(page, accounts.member, '/volumes');
    await expect.poll(() => layoutBackground(page)).toBe(DARK);
    await pickOption(page, page.getByRole('combobox', { name: 'Theme' }), 'Light');
    await expect.poll(() => layoutBackground(page)).toBe(LIGHT);
    await page.reload();
    await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
    await expect.poll(() => layoutBackground(page)).toBe(LIGHT);
  });
});

test('the switch is labelled in Chinese', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  await pickOption(page, page.getByLabel('Language'), '中文');
  const themeSwitch = page.getByRole('combobox', { name: '主题' });
  await expect(themeSwitch).toBeVisible();
  await pickOption(page, themeSwitch, '深色');
  await expect.poll(() => layoutBackground(page)).toBe(DARK);
});
