import { expect, test, type Locator, type Page } from '@playwright/test';
import { accounts, chosenOption, login, pickOption } from './support/console';

/** The colour a person sees behind an element: its own background or the nearest painted ancestor's. */
const backgroundBehind = (locator: Locator) =>
  locator.evaluate((start) => {
    for (let element: Element | null = start; element; element = element.parentElement) {
      const colour = getComputedStyle(element).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)') return colour;
    }
    return null;
  });
/** Behind the page content the shell paints antd's colorBgLayout (light #f5f5f5, dark #000). */
const layoutBackground = (page: Page) => backgroundBehind(page.getByRole('main'));
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
    const sider = await backgroundBehind(page.getByRole('navigation', { name: 'Main navigation' }));
    expect(sider).not.toBe('rgb(255, 255, 255)');

    await page.reload();
    await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
    await expect.poll(() => layoutBackground(page)).toBe(DARK);
    await expect(chosenOption(page.getByRole('combobox', { name: 'Theme' }))).toHaveText('Dark');

    await pickOption(page, page.getByRole('combobox', { name: 'Theme' }), 'System');
    await expect.poll(() => layoutBackground(page)).toBe(LIGHT);
  });
});

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' });

  test('"System" follows prefers-color-scheme, on the login page too; "Light" overrides it', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const loginCard = await backgroundBehind(page.getByRole('region', { name: 'Sign in to Cinder Console' }));
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
