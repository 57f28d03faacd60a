/**
 * Transfers, upload to image, flags and metadata races against the real Cinder + Glance, through the
 * console's proxy. Resources carry this file's prefix and are removed afterwards; the two-project user
 * of the move test is made through Keystone's admin API and removed too.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { accounts, login, uniqueName, type Account } from '../support/console';
import { Cloud } from './support/cloud';
import { chooseIn, heading, menuAction, openVolume } from './support/ui';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const prefix = uniqueName('itxfer');
const name = (part: string) => `${prefix}-${part}`;

test.afterAll(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

const activityButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Activity/ });

test('a member transfers a volume with its key; the admin project accepts it', async ({ page, browser, request }) => {
  const member = await Cloud.open(request, accounts.member);
  const volume = name('give');
  const id = await member.createVolume(volume);
  await login(page, accounts.member);
  await openVolume(page, id, volume);
  await menuAction(page, 'Transfer');
  await page.getByRole('dialog', { name: `Transfer ${volume}` }).getByRole('button', { name: 'Create transfer' }).click();
  const shown = page.getByRole('dialog', { name: `Transfer of ${volume} created` });
  const transferId = (await shown.getByLabel('Transfer ID', { exact: true }).textContent())!;
  const authKey = (await shown.getByLabel('Authorization key', { exact: true }).textContent())!;
  baseExpect(authKey).toMatch(/^[0-9a-f]{16}$/);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  baseExpect(stored).not.toContain(authKey);
  await shown.getByRole('button', { name: 'I have copied the key' }).click();
  await expect(page.getByRole('main').getByText('Awaiting transfer').first()).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, accounts.admin, '/volumes');
  await admin.getByRole('button', { name: 'Accept transfer' }).click();
  const accept = admin.getByRole('dialog', { name: 'Accept a volume transfer' });
  await accept.getByLabel('Transfer ID').fill(transferId);
  await accept.getByLabel('Authorization key').fill('0000000000000000');
  await accept.getByRole('button', { name: 'Accept' }).click();
  await expect(accept.getByText(`Invalid auth key: Attempt to transfer ${transferId} with invalid auth key.`)).toBeVisible();
  await accept.getByLabel('Authorization key').fill(authKey);
  await accept.getByRole('button', { name: 'Accept' }).click();
  await expect(admin).toHaveURL(new RegExp(`/volumes/${id}$`));
  await expect(heading(admin)).toContainText(volume);
  await adminContext.close();
  const adminCloud = await Cloud.open(request, accounts.admin);
  baseExpect((await adminCloud.volume(id))?.['os-vol-tenant-attr:tenant_id']).toBe(adminCloud.session.projectId);
});

test('a user of two projects moves a volume: no key, it opens in the other project', async ({ page, request }) => {
  const admin = await Cloud.open(request, accounts.admin);
  const headers = { 'X-Auth-Token': admin.session.token };
  type Entity = { id: string };
  const identity = async <T,>(method: 'POST' | 'PUT' | 'DELETE' | 'GET', path: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(`/api/identity/v3${path}`, { method, headers, data, timeout: 20_000 });
    baseExpect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
    return (response.status() === 204 ? null : await response.json()) as T;
  };
  const { roles } = await identity<{ roles: Entity[] }>('GET', '/roles?name=member');
  const { projects: demo } = await identity<{ projects: Entity[] }>('GET', '/projects?name=demo');
  const targetName = name('target');
  const { project: target } = await identity<{ project: Entity }>('POST', '/projects', { project: { name: targetName, domain_id: 'default' } });
  const account: Account = { username: name('two'), password: 'two-projects', project: 'demo' };
  const { user } = await identity<{ user: Entity }>('POST', '/users', { user: { name: account.username, password: account.password, domain_id: 'default' } });
  try {
    for (const project of [demo[0]!, target]) await identity('PUT', `/projects/${project.id}/users/${user.id}/roles/${roles[0]!.id}`);
    const mine = await Cloud.open(request, account);
    const volume = name('move');
    const id = await mine.createVolume(volume);

    await login(page, account);
    await openVolume(page, id, volume);
    await menuAction(page, 'Move to another of my projects');
    const dialog = page.getByRole('dialog', { name: `Move ${volume} to another of my projects` });
    await chooseIn(page, dialog, dialog.getByLabel('Target project'), targetName);
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect(page).toHaveURL(new RegExp(`/volumes/${id}$`));
    await expect(page.getByRole('banner').getByLabel('Project').locator('option:checked')).toHaveText(targetName);
    await expect(heading(page)).toContainText(volume);
    await expect(page.getByRole('main').getByText(target.id)).toBeVisible();
    baseExpect((await admin.volume(id))?.['os-vol-tenant-attr:tenant_id']).toBe(target.id);
  } finally {
    // The volume goes before its project.
    await admin.removeAll(prefix);
    await identity('DELETE', `/users/${user.id}`);
    await identity('DELETE', `/projects/${target.id}`);
  }
});

test('upload to image: uploading live, the activity center follows the image to active', async ({ page, request }) => {
  const member = await Cloud.open(request, accounts.member);
  const volume = name('upl');
  const id = await member.createVolume(volume);
  const imageName = name('upl-img');
  await login(page, accounts.member);
  await openVolume(page, id, volume);
  await menuAction(page, 'Upload to image');
  const dialog = page.getByRole('dialog', { name: `Upload ${volume} to an image` });
  await dialog.getByLabel('Image name').fill(imageName);
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('main').getByText('Uploading').first()).toBeVisible();
  await activityButton(page).click();
  const item = page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: `Upload volume to image ${imageName}` });
  await expect(item.getByText('Done')).toBeVisible({ timeout: 180_000 });
  await item.getByRole('link', { name: `Open ${imageName}` }).click();
  await expect(heading(page)).toContainText(imageName);
  await expect(page.getByRole('main').getByText('Active', { exact: true })).toBeVisible();
});

test('read-only from Edit, and a metadata save after a concurrent change is refused with the current values', async ({ page, request }) => {
  const member = await Cloud.open(request, accounts.member);
  const volume = name('flags');
  const id = await member.createVolume(volume, 1, { metadata: { owner: 'ops' } });
  await login(page, accounts.member);
  await openVolume(page, id, volume);
  await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: `Edit volume ${volume}` });
  await edit.getByRole('switch', { name: 'Read-only' }).click();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect.poll(async () => (await member.volume(id))?.metadata).toEqual({ owner: 'ops', readonly: 'True' });

  await page.getByRole('tab', { name: 'Metadata' }).click();
  await expect(page.getByRole('cell', { name: 'ops' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit metadata' }).click();
  const form = page.getByRole('form', { name: 'Edit metadata' });
  await form.getByRole('textbox', { name: 'Value 1' }).fill('me');
  // Someone else saves first.
  await member.call('PUT', `/volumes/${id}/metadata`, { metadata: { owner: 'them' } }, [200]);
  await form.getByRole('button', { name: 'Save metadata' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this metadata while you were editing' });
  await expect(conflict.getByText('them')).toBeVisible();
  baseExpect((await member.call('GET', `/volumes/${id}/metadata`)).metadata).toEqual({ owner: 'them' });
});
