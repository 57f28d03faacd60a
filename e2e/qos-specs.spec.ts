import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, adminBlockStorage, login, uniqueName } from './support/console';

/** A Cinder client for setting the stage: the types and specs it makes are this test's own (unique names). */
async function adminCinder(request: APIRequestContext) {
  const { base, headers } = await adminBlockStorage(request);
  return {
    async createType(name: string) {
      const response = await request.post(`${base}/types`, { headers, data: { volume_type: { name } } });
      expect(response.status()).toBe(200);
      return ((await response.json()) as { volume_type: { id: string } }).volume_type.id;
    },
    async createQos(name: string, specs: Record<string, string> = {}) {
      const response = await request.post(`${base}/qos-specs`, { headers, data: { qos_specs: { name, ...specs } } });
      expect(response.status()).toBe(200);
      return ((await response.json()) as { qos_specs: { id: string } }).qos_specs.id;
    },
    async associate(qosId: string, typeId: string) {
      const response = await request.get(`${base}/qos-specs/${qosId}/associate?vol_type_id=${typeId}`, { headers });
      expect(response.status()).toBe(202);
    },
    async typeQos(typeId: string) {
      const response = await request.get(`${base}/types/${typeId}`, { headers });
      return ((await response.json()) as { volume_type: { qos_specs_id: string | null } }).volume_type.qos_specs_id;
    },
    async qosExists(qosId: string) {
      return (await request.get(`${base}/qos-specs/${qosId}`, { headers })).status() === 200;
    },
  };
}

const ui = {
  list: (page: Page) => page.getByRole('table', { name: 'QoS specs' }),
  specs: (page: Page) => page.getByRole('table', { name: 'Specs' }),
  associations: (page: Page) => page.getByRole('table', { name: 'Associated volume types' }),
  dialog: (page: Page) => page.getByRole('dialog'),
};

async function openList(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'QoS specs' }).click();
  await expect(page.getByRole('heading', { name: 'QoS specs' })).toBeVisible();
}

/**
 * Clicks an entry of the open antd dropdown. antd's role="option" elements are a hidden a11y mirror
 * (only around the active item), so the visible entry is found by its title, which is its label.
 */
async function pickOption(page: Page, title: string) {
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
}

/** Types into a searchable Select and picks the entry. */
async function choose(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).fill(text);
  await pickOption(page, text);
}

async function reviewAndSave(page: Page) {
  await page.getByRole('button', { name: 'Review changes' }).click();
  const dialog = ui.dialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('admin', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('lists specs with readable units and their associated types; filters by name', async ({ page }) => {
    await openList(page);
    const gold = ui.list(page).getByRole('row', { name: /gold-iops/ });
    await expect(gold).toContainText('Front-end');
    await expect(gold).toContainText('total_iops_sec = 1,000 IOPS');
    await expect(gold).toContainText('read_bytes_sec = 100 MiB/s');
    await expect(gold).toContainText('ssd');
    await expect(ui.list(page).getByRole('row', { name: /silver/ })).toContainText('Back-end');

    await page.getByLabel('Filter by name').fill('GOLD-i');
    await page.getByLabel('Filter by name').press('Enter');
    await expect(page).toHaveURL(/name=GOLD-i/);
    await expect(ui.list(page).getByRole('row', { name: /gold-iops/ })).toBeVisible();
    await expect(ui.list(page).getByRole('row', { name: /silver/ })).toHaveCount(0);

    await page.getByLabel('Filter by name').fill(uniqueName('nothing'));
    await page.getByLabel('Filter by name').press('Enter');
    await expect(page.getByText('No QoS spec matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(ui.list(page).getByRole('row', { name: /silver/ })).toBeVisible();
  });

  test('create → set keys → associate → visible on the type → unset a key → disassociate → delete', async ({ page, request }) => {
    test.setTimeout(180_000); // the whole life of a spec, in one test
    const cinder = await adminCinder(request);
    const typeName = uniqueName('qos-type');
    const typeId = await cinder.createType(typeName);
    const name = uniqueName('qos');

    // Create with the back-end default, then change the consumer in the editor.
    await openList(page);
    await page.getByRole('button', { name: 'Create QoS spec' }).click();
    const create = ui.dialog(page);
    await expect(create.getByRole('radio', { name: 'Back-end' })).toBeChecked();
    await create.getByLabel('Name').fill(name);
    await create.getByRole('button', { name: 'Add key' }).click();
    await create.getByLabel('Key 1').fill('total_iops_sec');
    await create.getByLabel('Value 1').fill('-5');
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(create.getByText('Enter a whole number of 0 or more.')).toBeVisible();
    await create.getByLabel('Value 1').fill('500');
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(ui.specs(page).getByLabel('Value of total_iops_sec')).toHaveValue('500');

    // Set keys: change one, add one (with its unit read back), switch the consumer; review the diff; save.
    await ui.specs(page).getByLabel('Value of total_iops_sec').fill('800');
    await page.getByLabel('Key', { exact: true }).fill('read_bytes_sec');
    await page.locator('#qos-new-value').fill('104857600');
    await expect(page.getByText('bytes/s = 100 MiB/s').first()).toBeVisible();
    await page.getByRole('button', { name: /Add$/ }).click();
    await page.getByLabel('Consumer', { exact: true }).click();
    await pickOption(page, 'Front-end');
    await page.getByRole('button', { name: 'Review changes' }).click();
    const diff = ui.dialog(page);
    await expect(diff.getByRole('row', { name: /Consumer\s*Back-end\s*Front-end/ })).toBeVisible();
    await expect(diff.getByRole('row', { name: /total_iops_sec\s*500 \(500 IOPS\)\s*800 \(800 IOPS\)/ })).toBeVisible();
    await expect(diff.getByRole('row', { name: /read_bytes_sec.*104857600 \(100 MiB\/s\)/ })).toBeVisible();
    await diff.getByRole('button', { name: 'Save changes' }).click();
    await expect(diff).toBeHidden();
    await expect(page.getByText(`Specs of ${name} saved.`)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name })).toBeVisible({ timeout: 30_000 });
    await expect(ui.specs(page).getByLabel('Value of total_iops_sec')).toHaveValue('800');
    await expect(ui.specs(page).getByLabel('Value of read_bytes_sec')).toHaveValue('104857600');
    await expect(page.getByRole('main').getByText('Front-end').first()).toBeVisible();

    // Associate with the type.
    await expect(page.getByText(/do(es)? not reach volumes that are already attached/)).toBeVisible();
    await page.getByRole('button', { name: 'Associate volume type' }).click();
    const associate = ui.dialog(page);
    await choose(page, 'Volume type', typeName);
    await associate.getByRole('button', { name: 'Associate', exact: true }).click();
    await expect(associate).toBeHidden();
    await expect(ui.associations(page).getByRole('row', { name: new RegExp(typeName) })).toBeVisible();
    expect(await cinder.typeQos(typeId)).not.toBeNull();

    // Visible on the volume types page (another feature): the type's row names this spec.
    await page.goto(`/volume-types?name=${encodeURIComponent(typeName)}`);
    await expect(page.getByRole('row', { name: new RegExp(typeName) }).getByRole('link', { name })).toBeVisible();
    await page.getByRole('row', { name: new RegExp(typeName) }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();

    // Unset a key.
    await ui.specs(page).getByRole('button', { name: 'Remove read_bytes_sec' }).click();
    await expect(ui.specs(page).getByRole('row', { name: /read_bytes_sec/ })).toContainText('removed');
    await reviewAndSave(page);
    await expect(ui.specs(page).getByRole('row', { name: /read_bytes_sec/ })).toHaveCount(0);

    // Disassociate.
    await ui.associations(page).getByRole('button', { name: `Disassociate ${typeName}` }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Disassociate' }).click();
    await expect(page.getByText('Not associated with any volume type.')).toBeVisible();
    expect(await cinder.typeQos(typeId)).toBeNull();

    // Delete (nothing associated: a plain confirmation).
    await page.getByRole('main').getByRole('button', { name: /Delete$/ }).click();
    const remove = ui.dialog(page);
    await expect(remove.getByText(`Delete QoS spec ${name}? This cannot be undone.`)).toBeVisible();
    await remove.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/qos-specs$/);
    await expect(ui.list(page).getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  });

  test('a duplicate name is refused by Cinder (409) and the form keeps the input', async ({ page, request }) => {
    const cinder = await adminCinder(request);
    const name = uniqueName('dup');
    await cinder.createQos(name);
    await openList(page);
    await page.getByRole('button', { name: 'Create QoS spec' }).click();
    const create = ui.dialog(page);
    await create.getByLabel('Name').fill(name);
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(create.getByText('A QoS spec with this name already exists.')).toBeVisible();
    await expect(create.getByRole('alert').filter({ hasText: 'already exists' })).toContainText(/req-/);
    await expect(create.getByLabel('Name')).toHaveValue(name);
  });

  test('a type that carries another spec is offered as a replacement', async ({ page, request }) => {
    const cinder = await adminCinder(request);
    const typeName = uniqueName('qos-type');
    const typeId = await cinder.createType(typeName);
    const otherName = uniqueName('other');
    const otherId = await cinder.createQos(otherName);
    await cinder.associate(otherId, typeId);
    const mineId = await cinder.createQos(uniqueName('mine'));

    await page.goto(`/qos-specs/${mineId}`);
    await page.getByRole('button', { name: 'Associate volume type' }).click();
    const dialog = ui.dialog(page);
    await choose(page, 'Volume type', typeName);
    await expect(dialog.getByText(`${typeName} already carries QoS spec ${otherName}`)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Replace' })).toBeDisabled();
    await dialog.getByRole('checkbox', { name: new RegExp(`Replace ${otherName}`) }).check();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toBeHidden();
    await expect(ui.associations(page).getByRole('row', { name: new RegExp(typeName) })).toBeVisible();
    expect(await cinder.typeQos(typeId)).toBe(mineId);
  });

  test('delete is refused while associated: disassociate all then delete, or force with the typed name', async ({ page, request }) => {
    test.setTimeout(120_000);
    const cinder = await adminCinder(request);
    const typeId = await cinder.createType(uniqueName('qos-type'));
    const firstName = uniqueName('in-use');
    const firstId = await cinder.createQos(firstName, { total_iops_sec: '100' });
    await cinder.associate(firstId, typeId);

    // Cinder's own refusal: the modal opened while nothing was associated, then a type was associated.
    const raceName = uniqueName('race');
    const raceId = await cinder.createQos(raceName);
    await page.goto(`/qos-specs/${raceId}`);
    await page.getByRole('main').getByRole('button', { name: /Delete$/ }).click();
    const raceDialog = ui.dialog(page);
    await expect(raceDialog.getByText(`Delete QoS spec ${raceName}? This cannot be undone.`)).toBeVisible();
    const raceType = await cinder.createType(uniqueName('race-type'));
    await cinder.associate(raceId, raceType);
    await raceDialog.getByRole('button', { name: 'Delete' }).click();
    const refusal = raceDialog.getByRole('alert').filter({ hasText: 'Qos specs still in use.' });
    await expect(refusal).toContainText(/req-/);
    await expect(raceDialog.getByRole('alert').filter({ hasText: 'Cinder refuses to delete a QoS spec' })).toBeVisible();
    await expect(raceDialog.getByRole('radio', { name: /Disassociate all volume types, then delete/ })).toBeChecked();
    await raceDialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/qos-specs$/);
    expect(await cinder.qosExists(raceId)).toBe(false);
    expect(await cinder.typeQos(raceType)).toBeNull();

    // Force, behind the typed name, from the list.
    await openList(page);
    await page.getByLabel('Filter by name').fill(firstName);
    await page.getByLabel('Filter by name').press('Enter');
    await ui.list(page).getByRole('button', { name: `Delete ${firstName}` }).click();
    const dialog = ui.dialog(page);
    await expect(dialog).toContainText('Cinder refuses to delete a QoS spec that is still associated');
    await dialog.getByRole('radio', { name: /Force delete/ }).check();
    await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await dialog.getByLabel('QoS spec name').fill(`${firstName}x`);
    await expect(dialog.getByText('The name does not match.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await dialog.getByLabel('QoS spec name').fill(firstName);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('No QoS spec matches these filters.')).toBeVisible();
    expect(await cinder.qosExists(firstId)).toBe(false);
    expect(await cinder.typeQos(typeId)).toBeNull();
  });

  test('speaks Chinese with the vendor document’s terms', async ({ page }) => {
    await page.getByLabel('Language').selectOption({ label: '中文' });
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: 'QoS规则' }).click();
    await expect(page.getByRole('heading', { name: 'QoS规则' })).toBeVisible();
    const table = page.getByRole('table', { name: 'QoS规则' });
    await expect(table.getByRole('columnheader', { name: '生效对象' })).toBeVisible();
    await expect(table.getByRole('row', { name: /gold-iops/ })).toContainText('前端');
    await expect(table.getByRole('row', { name: /silver/ })).toContainText('后端');
    await page.goto(`/qos-specs/${SEED.qos.goldIops}`);
    await expect(page.getByText('QoS规则关联或编辑不能对已挂载的云硬盘生效，需要重新挂载才能使QoS规则生效。')).toBeVisible();
    await expect(page.getByRole('button', { name: '关联云硬盘类型' })).toBeVisible();
  });
});

test('a member cannot reach QoS specs', async ({ page }) => {
  await login(page, accounts.member);
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'QoS specs' })).toHaveCount(0);
  await page.goto(`/qos-specs/${SEED.qos.goldIops}`);
  await expect(page.getByText('Administrators only')).toBeVisible();
  await expect(page.getByRole('table', { name: 'QoS specs' })).toHaveCount(0);
});
