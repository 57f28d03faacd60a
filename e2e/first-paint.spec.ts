import { expect, test, type Page, type Route } from '@playwright/test';
import { accounts, login } from './support/console';

/**
 * The frame index.html draws before React and antd arrive (src/app/first-paint): held back here by not
 * answering for the app's boot module, as on a slow network, then let through.
 */
async function holdTheApp(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/assets\/boot-[^/]+\.js$/, (route) => (holding ? held.push(route) : route.continue()));
  return async () => {
    holding = false;
    for (const route of held) await route.continue();
  };
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

test('a signed-in reload shows the frame and the page title before the app runs, then the list', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  const release = await holdTheApp(page);
  await page.reload();
  await expect(heading(page, 'Volumes')).toBeVisible();
  // Only the frame so far: no splash, no app.
  await expect(page.getByRole('status').filter({ hasText: 'Cinder Console' })).toBeHidden();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  await release();
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
  await expect(heading(page, 'Volumes')).toHaveCount(1);
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(1);
});

test.describe('in the language and theme the user chose', () => {
  test.use({ colorScheme: 'light' });

  test('the frame is Chinese and dark at once', async ({ page }) => {
    await login(page, accounts.member, '/volumes');
    await page.evaluate(() => {
      localStorage.setItem('cinder-console.language', 'zh-CN');
      localStorage.setItem('cinder-console.theme', 'dark');
    });
    const release = await holdTheApp(page);
    await page.goto('/snapshots');
    await expect(heading(page, '云硬盘快照')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.locator('#first-paint').evaluate((frame) => getComputedStyle(frame).backgroundColor);
    expect(background).toBe('rgb(0, 0, 0)');
    await release();
    await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();
  });
});

test('signing in and a detail page keep the plain splash', async ({ page }) => {
  const splash = page.getByRole('status').filter({ hasText: 'Cinder Console' });
  let release = await holdTheApp(page);
  await page.goto('/volumes');
  await expect(splash).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await release();

  await login(page, accounts.member, '/volumes');
  const detail = await page.getByRole('table').getByRole('link').first().getAttribute('href');
  expect(detail).toMatch(/^\/volumes\/[^/]+$/);
  release = await holdTheApp(page);
  await page.goto(detail!);
  await expect(splash).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await release();
  await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
});

test('when the app cannot be loaded, the splash says so and a reload brings the console', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  await page.route(/\/assets\/boot-[^/]+\.js$/, (route) => route.abort());
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'The console could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  await page.unroute(/\/assets\/boot-[^/]+\.js$/);
  await alert.getByRole('button', { name: 'Reload page' }).click();
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test('when the console is updated while the tab is open, code it can no longer load shows a way out, not an empty page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  // A new version is deployed: the files this tab has not loaded yet are gone from the server.
  const oldFiles = /\/assets\/[^/]+\.js$/;
  await page.route(oldFiles, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.getByLabel('Username').fill(accounts.member.username);
  await page.getByLabel('Password', { exact: true }).fill(accounts.member.password);
  await page.getByLabel('Project').fill(accounts.member.project!);
  await page.getByRole('button', { name: 'Log in' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The console could not load this part' });
  await expect(alert).toContainText('Reload the page to get the current version.');
  await page.unroute(oldFiles);
  await alert.getByRole('button', { name: 'Reload page' }).click();
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
});
