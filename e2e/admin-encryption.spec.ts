import { expect, test, type Page, type APIRequestContext } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, adminBlockStorage, login, openOptions, pickOption, scenario, uniqueName, visibleOption, navigateTo } from './support/console';

/** A type of this test's own (unique name), made through the API to set the stage. */
async function createType(request: APIRequestContext, name: string): Promise<string> {
  const { base, headers } = await adminBlockStorage(request);
  const response = await request.post(`${base}/types`, { headers, data: { volume_type: { name } } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { volume_type: { id: string } }).volume_type.id;
}

/** Opens a type's page from the types list, found by name (no reload: a full page load is slow on a busy machine). */
async function openType(page: Page, name: string) {
  await navigateTo(page, 'Volume types');
  const search = page.getByRole('searchbox', { name: 'Filter by name' });
  await search.fill(name);
  await search.press('Enter');
  await page.getByRole('link', { name, exact: true }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name })).toBeVisible({ timeout: 30_000 });
}



test.describe('volume type encryption (admin)', () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('encrypts an unused type, shows it in the list and marks it in the create dialog', async ({ page, request }) => {
    const name = uniqueName('enc');
    const id = await createType(request, name);
    await openType(page, name);
    const card = page.getByRole('region', { name: 'Encryption' });
    await expect(card.getByText(/Not encrypted/)).toBeVisible();
    await card.getByRole('button', { name: 'Add encryption' }).click();
    const dialog = page.getByRole('dialog', { name: `Encrypt volume type ${name}` });
    await expect(dialog.getByLabel('Cipher')).toHaveValue('aes-xts-plain64');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Control location' }), 'back-end');
    await dialog.getByRole('button', { name: /CLI equivalent/ }).click();
    await expect(dialog.getByLabel('Command', { exact: true })).toContainText(`volume type set --encryption-provider luks --encryption-cipher aes-xts-plain64 --encryption-key-size 256 --encryption-control-location back-end ${id}`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Volume type ${name} is now encrypted.`)).toBeVisible();
    await expect(card.getByText('back-end')).toBeVisible();

    await navigateTo(page, 'Volume types');
    await page.getByRole('searchbox', { name: 'Filter by name' }).fill(name);
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    await expect(page.getByRole('row', { name: new RegExp(name) }).getByText('Encrypted')).toBeVisible({ timeout: 30_000 });

    await navigateTo(page, 'Volumes');
    await page.getByRole('button', { name: 'Create volume' }).click();
    const create = page.getByRole('dialog', { name: 'Create volume' });
    await openOptions(page, create.getByRole('combobox', { name: 'Volume type' }), `${name} (encrypted)`);
    await expect(visibleOption(page, `${name} (encrypted)`)).toBeVisible();
  });

  test('a change while volumes have the type is refused with Cinder’s reason and the input kept', async ({ page, request }) => {
    const name = uniqueName('enc-used');
    const id = await createType(request, name);
    const { base, headers } = await adminBlockStorage(request);
    const created = await request.post(`${base}/types/${id}/encryption`, { headers, data: { encryption: { provider: 'luks', control_location: 'front-end' } } });
    expect(created.status()).toBe(200);
    await scenario(request, 'createVolume', { projectId: SEED.projects.admin, name: uniqueName('enc-vol'), volumeType: name });
    await openType(page, name);
    await expect(page.getByText(/1 volume uses this type: Cinder refuses any change to its encryption/)).toBeVisible();
    await page.getByRole('button', { name: 'Edit encryption' }).click();
    const dialog = page.getByRole('dialog', { name: `Encryption of ${name}` });
    await dialog.getByLabel('Cipher').fill('aes-cbc-essiv:sha256');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Cannot update encryption specs. Volume type in use.')).toBeVisible();
    await expect(dialog.getByLabel('Cipher')).toHaveValue('aes-cbc-essiv:sha256');
  });
});
