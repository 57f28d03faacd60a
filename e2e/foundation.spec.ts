import { expect, test } from '@playwright/test';
import { accounts, chosenOption, login, pickOption } from './support/console';

// The navigation's own name is localized too (Main navigation / 主导航).
const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: /^(Main navigation|主导航)$/ });

test('an admin signs in and sees every section, including the admin-only ones', async ({ page }) => {
  await login(page, accounts.admin);
  await expect(page).toHaveURL(/\/volumes/);
  for (const name of ['Volumes', 'Snapshots', 'Volume types', 'QoS specs']) {
    await expect(nav(page).getByRole('link', { name })).toBeVisible();
  }
  await page.getByRole('button', { name: 'User menu' }).click();
  await expect(page.getByText('Signed in as admin')).toBeVisible();
  await expect(page.getByText(/Roles: .*admin/)).toBeVisible();
});

test('a member sees no admin sections and gets a clear page when opening one by URL', async ({ page }) => {
  await login(page, accounts.member);
  await expect(nav(page).getByRole('link', { name: 'Volumes' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Volume types' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'QoS specs' })).toHaveCount(0);
  await page.goto('/qos-specs');
  await expect(page.getByText('Administrators only')).toBeVisible();
});

test('a wrong password is refused with a clear message and the form keeps the input', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill('demo');
  await page.getByLabel('Password', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('Sign-in failed');
  await expect(page.getByLabel('Username')).toHaveValue('demo');
});

test('a user with two projects chooses one at sign-in and switches in the header', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Username').fill(accounts.alice.username);
  await page.getByLabel('Password', { exact: true }).fill(accounts.alice.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // Without a project the console asks which one (alice has demo and research); the chooser replaces
  // the form, whose own Project field is labelled alike.
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await pickOption(page, page.getByLabel('Project'), 'research');
  await page.getByRole('button', { name: 'Continue' }).click();
  const project = page.getByRole('banner').getByLabel('Project');
  await expect(chosenOption(project)).toHaveText('research');
  await pickOption(page, project, 'demo');
  // The select shows the session's project: it says demo only once the token was re-scoped to it.
  await expect(chosenOption(project)).toHaveText('demo');
});

test('an unknown URL shows the not-found page inside the shell', async ({ page }) => {
  await login(page, accounts.member);
  await page.goto('/no-such-page');
  await expect(page.getByText('Page not found')).toBeVisible();
  await expect(nav(page)).toBeVisible();
});

test('the language switch changes the shell, antd components and survives a reload', async ({ page }) => {
  await login(page, accounts.member);
  await pickOption(page, page.getByLabel('Language'), '中文');
  await expect(nav(page).getByRole('link', { name: '云硬盘', exact: true })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: '云硬盘快照' })).toBeVisible();
  // antd's own strings switch too: a dialog's close button is named from antd's locale pack.
  await page.getByRole('button', { name: '创建云硬盘' }).first().click();
  const zhDialog = page.getByRole('dialog', { name: '创建云硬盘' });
  await zhDialog.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(zhDialog).toBeHidden();
  await page.reload();
  await expect(nav(page).getByRole('link', { name: '云硬盘', exact: true })).toBeVisible();
  await pickOption(page, page.getByLabel('语言'), 'English');
  await expect(nav(page).getByRole('link', { name: 'Volumes' })).toBeVisible();
  await page.getByRole('button', { name: 'Create volume' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Create volume' }).getByRole('button', { name: 'Close', exact: true })).toBeVisible();
});

test('an ended session returns to login and, after signing in, to the same page', async ({ page, request }) => {
  await login(page, accounts.member);
  await page.goto('/snapshots?sort=name:asc');
  await expect(nav(page).getByRole('link', { name: 'Snapshots' })).toBeVisible();
  // Revoke this tab's token at Keystone, as a logout elsewhere would (only this session: the emulator is shared).
  const token = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('cinder-console.session') ?? '{}') as { token?: string }).token ?? '');
  const revoked = await request.delete('/api/identity/v3/auth/tokens', { headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } });
  expect(revoked.status()).toBe(204);
  await page.reload();
  await expect(page.getByText('Your session has ended')).toBeVisible();
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Username').fill(accounts.member.username);
  await page.getByLabel('Password', { exact: true }).fill(accounts.member.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/snapshots\?sort=name:asc$/);
});

test('logging out ends the session and keeps no token in the browser', async ({ page }) => {
  await login(page, accounts.member);
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  // Opening a signed-in page again leads to the login form, not to cached data.
  await page.goto('/volumes');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login\?next=%2Fvolumes/);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('session') && sessionStorage.getItem(k)?.includes('token')))).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/token/i);
});
