import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, adminBlockStorage, login, pickOption, scenario, uniqueName, visibleOption } from './support/console';

/** A Cinder client for setting the stage (types made here are this test's own: unique names). */
async function adminCinder(request: APIRequestContext) {
  const { base, headers } = await adminBlockStorage(request);
  return {
    async createType(name: string, options: { isPublic?: boolean; specs?: Record<string, string> } = {}) {
      const response = await request.post(`${base}/types`, {
        headers,
        data: { volume_type: { name, 'os-volume-type-access:is_public': options.isPublic ?? true, extra_specs: options.specs ?? {} } },
      });
      expect(response.status()).toBe(200);
      return ((await response.json()) as { volume_type: { id: string } }).volume_type.id;
    },
    async addAccess(typeId: string, projectId: string) {
      const response = await request.post(`${base}/types/${typeId}/action`, { headers, data: { addProjectAccess: { project: projectId } } });
      expect(response.status()).toBe(202);
    },
  };
}

/** A volume of the type, so Cinder treats the type as in use. */
async function useType(request: APIRequestContext, typeName: string) {
  await scenario(request, 'createVolume', { projectId: SEED.projects.admin, name: uniqueName('uses'), size: 1, volumeType: typeName });
}

const option = visibleOption;

const specsTable = (page: Page) => page.getByRole('table', { name: 'Extra specs' });

test.describe('admin', () => {
  // These walk several pages each; on a loaded CI machine 60 s is too tight.
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('lists types with backend, sharing, QoS and the default marked; filters by name and visibility', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Volume types' }).click();
    await expect(page.getByRole('heading', { name: 'Volume types' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Volume types' });
    const search = page.getByRole('searchbox', { name: 'Filter by name' });
    // Tests leave many types behind, so look each one up by name as an admin would.
    await search.fill('ssd');
    await search.press('Enter');
    await expect(page).toHaveURL(/name=ssd/);
    const ssd = table.getByRole('row', { name: /^ssd / });
    await expect(ssd.getByRole('link', { name: 'gold-iops' })).toHaveAttribute('href', `/qos-specs/${SEED.qos.goldIops}`);
    await expect(ssd).toContainText('Public');
    await expect(ssd).toContainText('ssd');
    await search.fill('shared');
    await search.press('Enter');
    await expect(table.getByRole('row', { name: /^shared / })).toContainText('Yes');
    await search.fill('DEFAULT');
    await search.press('Enter');
    await expect(table.getByRole('link', { name: '__DEFAULT__' })).toBeVisible();
    await expect(table.getByRole('row', { name: /__DEFAULT__/ })).toContainText('Default');
    await expect(table.getByRole('row', { name: /__DEFAULT__/ })).toContainText('Any backend');

    await search.fill('gold');
    await search.press('Enter');
    await page.getByRole('radiogroup', { name: 'Visibility' }).getByText('Private').click();
    await expect(table.getByRole('row', { name: /gold-private/ })).toContainText('Private');
    await expect(page).toHaveURL(/visibility=private/);
    await page.getByRole('radiogroup', { name: 'Visibility' }).getByText('Public').click();
    await expect(table.getByRole('row', { name: /gold-private/ })).toHaveCount(0);

    await page.getByRole('radiogroup', { name: 'Visibility' }).getByText('All types').click();
    await search.fill('no-such-type-anywhere');
    await search.press('Enter');
    await expect(page.getByText('No volume types match the filters.')).toBeVisible();
  });

  test('creates a shared type with a backend and specs; volume create offers it', async ({ page }) => {
    const name = uniqueName('e2e-type');
    await page.goto('/volume-types');
    await expect(page.getByRole('table', { name: 'Volume types' }).getByRole('link', { name: '__DEFAULT__' })).toBeVisible();
    await page.getByRole('button', { name: 'Create volume type' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create volume type' });
    await expect(dialog.getByText(/without it, volumes of this type are scheduled to any backend/)).toBeVisible();
    // Validation before sending: no name, a bad key.
    await dialog.getByRole('button', { name: 'Add extra spec' }).click();
    await dialog.getByRole('combobox', { name: 'Key 1' }).fill('bad key');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('Enter a name.')).toBeVisible();
    await expect(dialog.getByText('Only letters, digits and _ - . : are allowed.')).toBeVisible();

    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Description').fill('made by e2e');
    await dialog.getByRole('switch', { name: 'Shared volume type' }).click();
    const backend = dialog.getByLabel('Backend (volume_backend_name)');
    await backend.fill('ss');
    // The suggestion completes the field.
    await option(page, 'ssd').click();
    await expect(backend).toHaveValue('ssd');
    await expect(dialog.getByText(/scheduled to any backend/)).toBeHidden();
    await dialog.getByRole('combobox', { name: 'Key 1' }).fill('tier');
    await dialog.getByRole('combobox', { name: 'Value 1' }).fill('gold');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    await expect(page.getByText(`Volume type ${name} created.`)).toBeVisible();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: 'multiattach <is> True' })).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: 'volume_backend_name ssd' })).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: 'tier gold' })).toBeVisible();

    // The name is unique: a second create with it is refused on the field (409).
    await page.goto(`/volume-types?name=${name}`);
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
    await page.getByRole('button', { name: 'Create volume type' }).first().click();
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('This name is taken: another volume type already uses it.')).toBeVisible();
    await expect(dialog.getByRole('alert').filter({ hasText: 'already exists' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The volume create form (another page) offers the new type.
    await page.goto('/volumes');
    await page.getByRole('button', { name: 'Create volume' }).first().click();
    const create = page.getByRole('dialog', { name: 'Create volume' });
    await expect(create).toBeVisible();
    const typeSelect = create.getByLabel('Volume type', { exact: true });
    await typeSelect.click({ timeout: 20_000 });
    await expect(option(page, '__DEFAULT__')).toBeVisible();
    // The list is long (every test leaves types behind): walk it with the keyboard as a person would.
    const offered = page.getByRole('option', { name });
    for (let i = 0; i < 500 && (await offered.count()) === 0; i += 1) await typeSelect.press('ArrowDown');
    await expect(offered).toHaveCount(1);
  });

  test('edits extra specs: diff before saving, then the table shows the result', async ({ page, request }) => {
    const name = uniqueName('e2e-specs');
    const api = await adminCinder(request);
    const id = await api.createType(name, { specs: { volume_backend_name: 'hdd', tier: 'gold', legacy: 'x' } });
    await page.goto(`/volume-types/${id}`);
    await expect(specsTable(page).getByRole('row', { name: 'tier gold' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit extra specs' }).click();

    // Rows are sorted by key: legacy, tier, volume_backend_name.
    await page.getByRole('button', { name: 'Remove spec 1' }).click();
    await page.getByRole('combobox', { name: 'Value 1' }).fill('platinum');
    await page.getByRole('button', { name: 'Add extra spec' }).click();
    await page.getByRole('combobox', { name: 'Key 3' }).fill('multiattach');
    await page.getByRole('combobox', { name: 'Value 3' }).fill('True');
    await page.getByRole('button', { name: 'Review changes' }).click();
    await expect(page.getByText('Use <is> True or <is> False.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Value 3' }).fill('<is> True');
    await page.getByRole('button', { name: 'Add extra spec' }).click();
    await page.getByRole('combobox', { name: 'Key 4' }).fill('TIER');
    await page.getByRole('combobox', { name: 'Value 4' }).fill('x');
    await page.getByRole('button', { name: 'Review changes' }).click();
    await expect(page.getByText(/This key appears more than once/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Remove spec 4' }).click();
    await page.getByRole('button', { name: 'Review changes' }).click();

    const review = page.getByRole('dialog', { name: 'Apply these changes?' });
    const changes = review.getByRole('list', { name: 'Changes to the extra specs' });
    await expect(changes.getByRole('listitem')).toHaveText(['Addedmultiattach = <is> True', 'Changedtier: gold → platinum', 'Removedlegacy = x']);
    await review.getByRole('button', { name: 'Apply changes' }).click();
    await expect(page.getByText('Extra specs saved.')).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: 'tier platinum' })).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: 'multiattach <is> True' })).toBeVisible();
    await expect(specsTable(page).getByRole('row', { name: /legacy/ })).toHaveCount(0);
    await page.reload();
    await expect(specsTable(page).getByRole('row', { name: 'tier platinum' })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('th', { hasText: 'Shared (multi-attach)' }).locator('xpath=following-sibling::td[1]')).toHaveText('Yes');
  });

  test('says up front that a type in use cannot change, and shows Cinder refusing anyway', async ({ page, request }) => {
    const name = uniqueName('e2e-inuse');
    const api = await adminCinder(request);
    const id = await api.createType(name, { specs: { volume_backend_name: 'hdd' } });
    await useType(request, name);
    await page.goto(`/volume-types/${id}`);
    await expect(page.getByText('1 volume uses this type: Cinder refuses any change to its extra specs while it exists.')).toBeVisible();
    await expect(page.getByText('1 volume (all projects)')).toBeVisible();
    await page.getByRole('button', { name: 'Edit extra specs' }).click();
    await page.getByRole('combobox', { name: 'Value 1' }).fill('ssd');
    await page.getByRole('button', { name: 'Review changes' }).click();
    await page.getByRole('dialog', { name: 'Apply these changes?' }).getByRole('button', { name: 'Apply changes' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Cinder did not save the extra specs' });
    await expect(alert).toContainText('Volume Type is currently in use.');
    await expect(alert).toContainText(/req-[0-9a-f-]{36}/);
    // The draft is kept for another try.
    await expect(page.getByRole('combobox', { name: 'Value 1' })).toHaveValue('ssd');
  });

  test('delete: refused with Cinder’s reason while in use; an unused type goes', async ({ page, request }) => {
    const api = await adminCinder(request);
    const busy = uniqueName('e2e-busy');
    await api.createType(busy);
    await useType(request, busy);
    const idle = uniqueName('e2e-idle');
    await api.createType(idle);

    await page.goto(`/volume-types?name=${busy}`);
    await page.getByRole('row', { name: new RegExp(busy) }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete volume type ${busy}?` });
    await expect(dialog.getByText(/1 volume uses this type: Cinder refuses to delete it/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: 'Cinder did not delete the volume type' })).toContainText('Target volume type is still in use.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('row', { name: new RegExp(busy) })).toBeVisible();

    await page.goto(`/volume-types?name=${idle}`);
    await page.getByRole('row', { name: new RegExp(idle) }).getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete volume type ${idle}?` });
    await expect(confirm.getByText('This cannot be undone.', { exact: false })).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(confirm).toBeHidden({ timeout: 20_000 });
    await expect(page.getByText('No volume types match the filters.')).toBeVisible();
  });

  test('edit name/description/visibility, then grant and revoke access to the private type', async ({ page, request }) => {
    const api = await adminCinder(request);
    const name = uniqueName('e2e-priv');
    const id = await api.createType(name);
    await page.goto(`/volume-types/${id}`);
    await expect(page.getByText('Public types are offered to every project.', { exact: false })).toBeVisible();

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Edit volume type ${name}` });
    await edit.getByLabel('Description').fill('only for some');
    await edit.getByRole('switch', { name: 'Public' }).click();
    await expect(edit.getByText(/Once private/)).toBeVisible();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Volume type ${name} saved.`)).toBeVisible();

    const access = page.getByRole('table', { name: 'Project access' });
    await expect(page.getByText('No project has access yet.')).toBeVisible();
    await pickOption(page, page.getByRole('combobox', { name: 'Project to grant access' }), 'demo');
    await page.getByRole('button', { name: 'Grant access' }).click();
    await expect(page.getByText('Project demo can now use this type.')).toBeVisible();
    await expect(access.getByRole('row', { name: new RegExp(`demo ${SEED.projects.demo}`) })).toBeVisible();

    // Someone else grants research meanwhile: Cinder's 409 is shown as "already has access".
    await api.addAccess(id, SEED.projects.research);
    await pickOption(page, page.getByRole('combobox', { name: 'Project to grant access' }), 'research');
    await page.getByRole('button', { name: 'Grant access' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This project already has access.' })).toContainText('already exists');
    await expect(access.getByRole('row', { name: /research/ })).toBeVisible();

    await access.getByRole('row', { name: /demo/ }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Revoke' }).click();
    await expect(page.getByText('Access for project demo revoked.')).toBeVisible();
    await expect(access.getByRole('row', { name: /demo/ })).toHaveCount(0);
  });

  test('associates, changes and disassociates the QoS spec from the type page', async ({ page, request }) => {
    const api = await adminCinder(request);
    const name = uniqueName('e2e-qos');
    const id = await api.createType(name);
    await page.goto(`/volume-types/${id}`);
    await expect(page.getByText('No QoS spec is associated')).toBeVisible();
    await pickOption(page, page.getByRole('combobox', { name: 'QoS spec to associate' }), 'silver (back-end)');
    await page.getByRole('button', { name: 'Associate' }).click();
    await expect(page.getByText('QoS spec associated.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'silver' })).toHaveAttribute('href', `/qos-specs/${SEED.qos.silver}`);

    await pickOption(page, page.getByRole('combobox', { name: 'QoS spec to associate' }), 'gold-iops (front-end)');
    await page.getByRole('button', { name: 'Change' }).click();
    await expect(page.getByRole('link', { name: 'gold-iops' })).toBeVisible();

    await page.goto(`/volume-types?name=${name}`);
    await expect(page.getByRole('row', { name: new RegExp(name) }).getByRole('link', { name: 'gold-iops' })).toBeVisible();
    await page.getByRole('link', { name }).click();
    await page.getByRole('button', { name: 'Disassociate' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Disassociate' }).click();
    await expect(page.getByText('QoS spec disassociated.')).toBeVisible();
    await expect(page.getByText('No QoS spec is associated')).toBeVisible();
  });

  test('speaks Chinese', async ({ page, request }) => {
    const api = await adminCinder(request);
    const name = uniqueName('e2e-zh');
    const id = await api.createType(name, { specs: { tier: 'gold' } });
    await page.goto(`/volume-types/${id}`);
    await page.getByLabel('Language').selectOption({ label: '中文' });
    await expect(page.getByText('配置参数', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /编辑配置参数/ })).toBeVisible();
    await expect(page.getByText('项目访问权限')).toBeVisible();
    await page.getByRole('link', { name: '云硬盘类型' }).first().click();
    await expect(page.getByRole('heading', { name: '云硬盘类型' })).toBeVisible();
    await expect(page.getByRole('button', { name: /创建云硬盘类型/ })).toBeVisible();
    // Back to English for whoever shares this browser profile next.
    await page.getByLabel('语言').selectOption({ label: 'English' });
    await expect(page.getByRole('heading', { name: 'Volume types' })).toBeVisible();
  });
});

test.describe('member', () => {
  test('sees no Volume types item and gets the needs-admin page from the URL', async ({ page }) => {
    await login(page, accounts.member);
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Volumes' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Volume types' })).toHaveCount(0);
    await page.goto('/volume-types');
    await expect(page.getByText('Administrators only')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Volume types' })).toHaveCount(0);
  });
});
