import { expect, test, type Page, type Request, type Route } from '@playwright/test';
import { accounts, login } from './support/console';

/**
 * Time to data (src/app/first-data, src/api/primed-reads): the entry asks Cinder for the opened list's
 * first page before the app's code has arrived, and the page's own query takes that answer over.
 */

const SESSION_KEY = 'cinder-console.session';
const isVolumeList = (request: Request) => request.method() === 'GET' && /\/volumes\/detail\?/.test(request.url());

/** Holds back the app's boot module (as a slow network would) until released. */
async function holdTheApp(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/assets\/boot-[^/]+\.js$/, (route) => (holding ? held.push(route) : route.continue()));
  return async () => {
    holding = false;
    for (const route of held) await route.continue();
  };
}

test('a signed-in load asks for the list before the app has loaded, once, and shows that answer', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('GiB');
  const lists: Request[] = [];
  page.on('request', (request) => {
    if (isVolumeList(request)) lists.push(request);
  });
  const release = await holdTheApp(page);
  const listAsked = page.waitForRequest(isVolumeList);
  await page.reload();
  // The app's code is still held back: only the entry can have asked.
  await listAsked;
  await expect(page.getByRole('button', { name: 'User menu' })).toHaveCount(0);

  await release();
  // A data row (skeleton rows have no text), from the one answer.
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('GiB');
  expect(lists.map((request) => new URL(request.url()).search)).toHaveLength(1);
});

test('a cold load asks for the app’s code while the HTML is read, before the entry has run', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  await page.goto('about:blank');
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  // The entry held back: whatever is asked for meanwhile comes from index.html alone.
  const entry: Route[] = [];
  await page.route(/\/assets\/entry-[^/]+\.js$/, (route) => void entry.push(route));
  await page.goto('/volumes', { waitUntil: 'commit' });
  await expect.poll(() => entry.length).toBe(1);
  await expect.poll(() => asked.some((path) => /\/assets\/boot-[^/]+\.js$/.test(path))).toBe(true);
  expect(asked.some((path) => path.includes('/volumes/detail'))).toBe(false);
  await entry[0]!.continue();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('GiB');
});

test('an expired token ends at the login page without asking Cinder', async ({ page }) => {
  await login(page, accounts.member, '/volumes');
  await page.evaluate((key) => {
    const session = JSON.parse(sessionStorage.getItem(key)!) as { expiresAt: string };
    session.expiresAt = new Date(Date.now() - 60_000).toISOString();
    sessionStorage.setItem(key, JSON.stringify(session));
  }, SESSION_KEY);
  // Leave the signed-in page first, so nothing it still sends is counted (the tab keeps its sessionStorage).
  await page.goto('about:blank');
  const cinder: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/block-storage/')) cinder.push(request.url());
  });
  await page.goto('/volumes');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login\?next=%2Fvolumes/);
  expect(cinder).toEqual([]);
});

test('a token Keystone no longer accepts: the first answer is a 401, and the login page says the session ended', async ({ page, request }) => {
  await login(page, accounts.member, '/volumes');
  const token = await page.evaluate((key) => (JSON.parse(sessionStorage.getItem(key)!) as { token: string }).token, SESSION_KEY);
  // Leave the signed-in page first: a request it still sends would meet the 401 there, end the session in
  // that page and show the notice there (the tab keeps its sessionStorage).
  await page.goto('about:blank');
  // Signed out elsewhere: the token is revoked, its stored expiry is still ahead.
  const revoked = await request.delete('/api/identity/v3/auth/tokens', { headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } });
  expect(revoked.status()).toBe(204);
  const answers: number[] = [];
  page.on('response', (response) => {
    if (isVolumeList(response.request())) answers.push(response.status());
  });
  await page.goto('/volumes');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page.getByText('Your session has ended. Sign in again to continue where you left off.')).toBeVisible();
  expect(answers).toEqual([401]);
});
