/** Volume types against the real Cinder: list, create with a backend, extra specs, access, in-use refusals, delete. */
import { expect as baseExpect, test } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { option, realCloud } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const prefix = uniqueName('ittype');
const name = (part: string) => `${prefix}-${part}`;
const specsTable = (page: import('@playwright/test').Page) => page.getByRole('table', { name: 'Extra specs' });

test.afterAll(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

test.describe('admin', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('lists the cloud types and creates one on a backend', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Volume types' }).click();
    const table = page.getByRole('table', { name: 'Volume types' });
    await expect(table.getByRole('row', { name: new RegExp(`^${realCloud.typeA} `) })).toBeVisible();
    await expect(table.getByRole('row', { name: /__DEFAULT__/ })).toContainText('Default');

    const type = name('new');
    await page.getByRole('button', { name: 'Create volume type' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create volume type' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('Enter a name.')).toBeVisible();
    await dialog.getByLabel('Name', { exact: true }).fill(type);
    await dialog.getByLabel('Description').fill('made against real Cinder');
    // The backend names come from the scheduler's pools.
    await dialog.getByLabel('Backend (volume_backend_name)').fill(realCloud.typeB.slice(0, 2));
    await option(page, realCloud.typeB).click();
    await dialog.getByRole('button', { name: 'Add extra spec' }).click();
    await dialog.getByRole('combobox', { name: 'Key 1' }).fill('tier');
    await dialog.getByRole('combobox', { name: 'Value 1' }).fill('gold');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByText(`Volume type ${type} created.`)).toBeVisible();
    await expect(page.getByRole('heading', { name: type })).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: `volume_backend_name ${realCloud.typeB}` })).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: 'tier gold' })).toBeVisible();

    // Cinder's 409 for a taken name is shown on the field.
    await page.goto('/volume-types');
    await page.getByRole('button', { name: 'Create volume type' }).first().click();
    await dialog.getByLabel('Name', { exact: true }).fill(type);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('This name is taken: another volume type already uses it.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('edits extra specs, then Cinder refuses changes and delete while a volume uses the type', async ({ page, request }) => {
    const admin = await Cloud.open(request, accounts.admin);
    const type = name('specs');
    // A scoped key: Cinder's capabilities filter ignores it (an unscoped "tier" would have to be reported by the backend).
    const id = await admin.createType(type, { volume_backend_name: realCloud.typeA, 'console:tier': 'gold' });
    await page.goto(`/volume-types/${id}`);
    await page.getByRole('button', { name: 'Edit extra specs' }).click();
    // Rows sorted by key: console:tier, volume_backend_name.
    await page.getByRole('combobox', { name: 'Value 1' }).fill('platinum');
    await page.getByRole('button', { name: 'Review changes' }).click();
    const review = page.getByRole('dialog', { name: 'Apply these changes?' });
    await expect(review.getByRole('list', { name: 'Changes to the extra specs' }).getByRole('listitem')).toHaveText(['Changedconsole:tier: gold → platinum']);
    await review.getByRole('button', { name: 'Apply changes' }).click();
    await expect(page.getByText('Extra specs saved.')).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: 'console:tier platinum' })).toBeVisible();

    await admin.createVolume(name('user'), 1, { volume_type: type });
    await page.reload();
    await expect(page.getByText('1 volume uses this type: Cinder refuses any change to its extra specs while it exists.')).toBeVisible();
    await page.getByRole('button', { name: 'Edit extra specs' }).click();
    await page.getByRole('combobox', { name: 'Value 1' }).fill('bronze');
    await page.getByRole('button', { name: 'Review changes' }).click();
    await page.getByRole('dialog', { name: 'Apply these changes?' }).getByRole('button', { name: 'Apply changes' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Cinder did not save the extra specs' });
    await expect(alert).toContainText('Volume Type is currently in use.');
    await expect(alert).toContainText(/req-[0-9a-f-]{36}/);
    await expect(page.getByRole('combobox', { name: 'Value 1' })).toHaveValue('bronze');

    await page.goto(`/volume-types?name=${type}`);
    await page.getByRole('row', { name: new RegExp(type) }).getByRole('button', { name: 'Delete' }).click();
    const del = page.getByRole('dialog', { name: `Delete volume type ${type}?` });
    await del.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(del.getByRole('alert').filter({ hasText: 'Cinder did not delete the volume type' })).toContainText('Target volume type is still in use.');
    await del.getByRole('button', { name: 'Cancel' }).click();
  });

  test('makes a type private, grants and revokes the demo project, then deletes it', async ({ page, request }) => {
    const admin = await Cloud.open(request, accounts.admin);
    const type = name('priv');
    const id = await admin.createType(type);
    await page.goto(`/volume-types/${id}`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Edit volume type ${type}` });
    await edit.getByRole('switch', { name: 'Public' }).click();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Volume type ${type} saved.`)).toBeVisible();

    const access = page.getByRole('table', { name: 'Project access' });
    // The access picker (not the banner's project switcher).
    await page.getByRole('main').getByRole('combobox', { name: /^Project( to grant access)?$/ }).click();
    await option(page, 'demo').click();
    await page.getByRole('button', { name: 'Grant access' }).click();
    await expect(page.getByText('Project demo can now use this type.')).toBeVisible();
    await expect(access.getByRole('row', { name: /demo/ })).toBeVisible();
    const member = await Cloud.open(page.request, accounts.member);
    expect((await member.call('GET', `/types/${id}`)).volume_type).toBeTruthy();

    await access.getByRole('row', { name: /demo/ }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Revoke' }).click();
    await expect(page.getByText('Access for project demo revoked.')).toBeVisible();
    await member.call('GET', `/types/${id}`, undefined, [404]);

    await page.goto(`/volume-types?visibility=private&name=${type}`);
    await page.getByRole('row', { name: new RegExp(type) }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: `Delete volume type ${type}?` }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByText(`Volume type ${type} deleted.`)).toBeVisible();
  });
});

test('a member sees no Volume types item and gets the needs-admin page from the URL', async ({ page }) => {
  await login(page, accounts.member);
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Volume types' })).toHaveCount(0);
  await page.goto('/volume-types');
  await expect(page.getByText('Administrators only')).toBeVisible();
});
