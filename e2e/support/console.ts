import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { ScenarioAnswer, ScenarioArgs, ScenarioName, ScenarioRequest } from '../../emulator/scenario-api';

export interface Account {
  username: string;
  password: string;
  project?: string;
}

/** Emulator demo accounts (README); integration runs override them with env. */
export const accounts = {
  admin: { username: process.env.E2E_ADMIN_USER ?? 'admin', password: process.env.E2E_ADMIN_PASSWORD ?? 'admin', project: 'admin' },
  member: { username: process.env.E2E_MEMBER_USER ?? 'demo', password: process.env.E2E_MEMBER_PASSWORD ?? 'demo', project: 'demo' },
  alice: { username: 'alice', password: 'alice' },
} satisfies Record<string, Account>;

/** Signs in through the login form the way a person does (`timeout`: for a slow real cloud). */
export async function login(page: Page, account: Account, path = '/', options: { timeout?: number } = {}) {
  await page.goto(path);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  if (account.project) await page.getByLabel('Project').fill(account.project);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible({ timeout: options.timeout });
}

/**
 * A named emulator scenario (emulator/scenario-api.ts, the same contract the emulator's own tests use in
 * process): a wrong name or argument is a type error. Only available against the embedded emulator.
 */
export async function scenario<N extends ScenarioName>(request: APIRequestContext, name: N, ...args: ScenarioArgs<N>): Promise<ScenarioAnswer<N>> {
  const data: ScenarioRequest<N> = { name, args: args[0] ?? {} };
  // A kept-alive connection the server has just closed fails before the request is read: send it once more.
  const post = () => request.post('/_emulator/scenario', { data });
  const response = await post().catch((error: Error) => (/ECONNRESET|socket hang up/.test(error.message) ? post() : Promise.reject(error)));
  expect(response.ok(), `scenario ${name}: ${await response.text()}`).toBeTruthy();
  return (await response.json()) as ScenarioAnswer<N>;
}

/** A name no other test (or earlier run) uses, so tests can share one emulator. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Picks an option by the text a person reads. A native <select> (filters, page size, language, theme,
 * project) is chosen directly; an antd Select is opened and its visible option clicked (antd keeps a
 * hidden listbox for screen readers; the options a person clicks are the visible popup's items).
 */
export async function pickOption(page: Page, combobox: Locator, option: string | RegExp) {
  if (await combobox.evaluate((element) => element.tagName === 'SELECT')) {
    if (typeof option !== 'string') throw new Error('pickOption: give a native <select> option its exact label');
    await combobox.selectOption({ label: option });
    return;
  }
  // The list may be open already (openOptions): then the item is chosen from it.
  const item = visibleOption(page, option);
  if (!(await item.isVisible())) await combobox.click();
  await item.click();
  await expect(item).toBeHidden();
}

/** Opens an antd Select's list and waits for `shown` among its options. */
export async function openOptions(page: Page, combobox: Locator, shown: string | RegExp) {
  await combobox.click();
  await expect(visibleOption(page, shown)).toBeVisible();
}

/**
 * Opens a menu with its button and chooses an item, once, the way a person does. What the item does (a
 * dialog, a navigation) is the caller's to expect: the menu's closing animation is not a signal, it can
 * outlast a dialog opening on a loaded machine.
 */
export async function pickMenuItem(page: Page, trigger: Locator, label: string) {
  await trigger.click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** The option a native <select> shows as chosen. */
export function chosenOption(select: Locator): Locator {
  return select.locator('option:checked');
}

/**
 * An entry of the open select list, found by the text a person reads (antd's visible options carry it as
 * title), once the list has finished opening: while its opening (or closing) motion runs, its classes name
 * the motion, and a person does not click into a list that is still moving.
 */
export function visibleOption(page: Page, name: string | RegExp): Locator {
  return page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-appear"]):not([class*="-enter"]):not([class*="-leave"])')
    .getByTitle(name, { exact: typeof name === 'string' ? true : undefined });
}

/** Signs in as the emulator's admin through the console's proxy: the Cinder base URL and headers to set the stage with. */
export async function adminBlockStorage(request: APIRequestContext): Promise<{ base: string; headers: Record<string, string> }> {
  const auth = await request.post('/api/identity/v3/auth/tokens', {
    data: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: 'admin' } } },
        scope: { project: { name: 'admin', domain: { name: 'Default' } } },
      },
    },
  });
  expect(auth.status()).toBe(201);
  const token = auth.headers()['x-subject-token']!;
  const body = (await auth.json()) as { token: { catalog: { type: string; endpoints: { interface: string; url: string }[] }[] } };
  const base = body.token.catalog.find((c) => c.type === 'block-storage')!.endpoints.find((e) => e.interface === 'public')!.url;
  return { base, headers: { 'X-Auth-Token': token, 'OpenStack-API-Version': 'volume 3.70' } };
}

/** Moves through the console's main navigation, as a person does (no page reload). */
export function navigateTo(page: Page, label: string) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
}
