/** The shell against the real Keystone: roles, sign-in refusal, language, sign-out (the token is revoked). */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { accounts, login } from '../support/console';
import { Cloud } from './support/cloud';
import { choose } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

test('an admin of the real cloud sees every section; a member only the project ones', async ({ page, browser }) => {
  await login(page, accounts.admin);
  for (const name of ['Volumes', 'Snapshots', 'Volume types', 'QoS specs']) await expect(nav(page).getByRole('link', { name })).toBeVisible();
  await page.getByRole('button', { name: 'User menu' }).click();
  await expect(page.getByText(/Roles: .*admin/)).toBeVisible();

  const member = await browser.newPage();
  await login(member, accounts.member);
  await expect(nav(member).getByRole('link', { name: 'Snapshots' })).toBeVisible();
  await expect(nav(member).getByRole('link', { name: 'Volume types' })).toHaveCount(0);
  await expect(nav(member).getByRole('link', { name: 'QoS specs' })).toHaveCount(0);
  await member.close();
});

test("Keystone's 401 for a wrong password is a clear message and the form keeps the input", async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(accounts.member.username);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('Sign-in failed');
  await expect(page.getByLabel('Username')).toHaveValue(accounts.member.username);
});

test('the console speaks Chinese with the real data and back', async ({ page }) => {
  await login(page, accounts.member);
  await choose(page, page.getByLabel('Language'), '中文');
  // The navigation landmark's own name is translated too.
  await expect(page.getByRole('navigation').getByRole('link', { name: '云硬盘', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '云硬盘快照' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '云硬盘', exact: true })).toBeVisible();
  await choose(page, page.getByLabel('语言'), 'English');
  await expect(nav(page).getByRole('link', { name: 'Volumes' })).toBeVisible();
});

test('logging out revokes the token at Keystone and returns to the login form', async ({ page }) => {
  let token: string | undefined;
  page.on('request', (request) => {
    const value = request.headers()['x-auth-token'];
    if (value && request.url().includes('/api/block-storage/')) token = value;
  });
  await login(page, accounts.member);
  await expect.poll(() => token).toBeTruthy();
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  // Keystone no longer accepts the token (DELETE /v3/auth/tokens was sent).
  const admin = await Cloud.open(page.request, accounts.admin);
  const check = await page.request.get('/api/identity/v3/auth/tokens', { headers: { 'X-Auth-Token': admin.session.token, 'X-Subject-Token': token! } });
  expect(check.status()).toBe(404);
  await page.goto('/volumes');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});

test('a user with two projects chooses one at sign-in and switches in the header (real Keystone re-scope)', async ({ page }) => {
  // A user of its own in two projects, made through Keystone's admin API and removed afterwards, so the
  // shared cloud is left as it was.
  const admin = await Cloud.open(page.request, accounts.admin);
  const headers = { 'X-Auth-Token': admin.session.token };
  type Entity = { id: string };
  const identity = async <T,>(method: 'POST' | 'PUT' | 'DELETE' | 'GET', path: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`/api/identity/v3${path}`, { method, headers, data, timeout: 20_000 });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
    return (response.status() === 204 ? null : await response.json()) as T;
  };
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const { roles } = await identity<{ roles: Entity[] }>('GET', '/roles?name=member');
  const { projects: demo } = await identity<{ projects: Entity[] }>('GET', '/projects?name=demo');
  const { project: other } = await identity<{ project: Entity }>('POST', '/projects', { project: { name: `e2e-second-${suffix}`, domain_id: 'default' } });
  const { user } = await identity<{ user: Entity }>('POST', '/users', { user: { name: `e2e-two-${suffix}`, password: 'two-projects', domain_id: 'default' } });
  try {
    for (const project of [demo[0]!, other]) await identity('PUT', `/projects/${project.id}/users/${user.id}/roles/${roles[0]!.id}`);

    await page.goto('/login');
    await page.getByLabel('Username').fill(`e2e-two-${suffix}`);
    await page.getByLabel('Password', { exact: true }).fill('two-projects');
    await page.getByRole('button', { name: 'Log in' }).click();
    // No project typed: Keystone's unscoped token lists both, and the console asks which one.
    // The sign-in form's own Project field is labelled alike: wait for the chooser that replaces it.
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    await choose(page, page.getByLabel('Project'), `e2e-second-${suffix}`);
    await page.getByRole('button', { name: 'Continue' }).click();
    const project = page.getByRole('banner').getByLabel('Project');
    await expect(project.locator('option:checked')).toHaveText(`e2e-second-${suffix}`);
    await expect(page.getByText('No volumes yet')).toBeVisible();

    // Switching re-scopes the token to demo: the catalog's block-storage endpoint now names demo's id.
    const demoList = page.waitForRequest((request) => request.url().includes(`/${demo[0]!.id}/volumes/detail`));
    await choose(page, project, 'demo');
    await demoList;
    await expect(project.locator('option:checked')).toHaveText('demo');
  } finally {
    await identity('DELETE', `/users/${user.id}`);
    await identity('DELETE', `/projects/${other.id}`);
  }
});
