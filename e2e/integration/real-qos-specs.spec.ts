/** QoS specs against the real Cinder: list, create, set/unset keys, associate, refused delete, delete. */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const prefix = uniqueName('itqos');
const name = (part: string) => `${prefix}-${part}`;

const ui = {
  list: (page: Page) => page.getByRole('table', { name: 'QoS specs' }),
  specs: (page: Page) => page.getByRole('table', { name: 'Specs' }),
  associations: (page: Page) => page.getByRole('table', { name: 'Associated volume types' }),
  dialog: (page: Page) => page.getByRole('dialog'),
};

/** antd's role="option" elements are a hidden mirror; the visible entry carries its label as title. */
async function pickOption(page: Page, title: string) {
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
}

test.afterAll(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

test('admin: create → set keys → associate → refused delete → unset → disassociate → delete', async ({ page, request }) => {
  test.setTimeout(180_000);
  const admin = await Cloud.open(request, accounts.admin);
  const typeName = name('type');
  const typeId = await admin.createType(typeName);
  const qos = name('spec');
  await login(page, accounts.admin);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'QoS specs' }).click();
  await expect(page.getByRole('heading', { name: 'QoS specs' })).toBeVisible();

  await page.getByRole('button', { name: 'Create QoS spec' }).first().click();
  const create = ui.dialog(page);
  await expect(create.getByRole('radio', { name: 'Back-end' })).toBeChecked();
  await create.getByLabel('Name').fill(qos);
  await create.getByRole('button', { name: 'Add key' }).click();
  await create.getByLabel('Key 1').fill('total_iops_sec');
  await create.getByLabel('Value 1').fill('-5');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByText('Enter a whole number of 0 or more.')).toBeVisible();
  await create.getByLabel('Value 1').fill('500');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: qos })).toBeVisible();
  await expect(ui.specs(page).getByLabel('Value of total_iops_sec')).toHaveValue('500');

  // Set keys and the consumer, through the review dialog.
  await ui.specs(page).getByLabel('Value of total_iops_sec').fill('800');
  await page.getByLabel('Key', { exact: true }).fill('read_bytes_sec');
  await page.locator('#qos-new-value').fill('104857600');
  await page.getByRole('button', { name: /Add$/ }).click();
  await page.getByLabel('Consumer', { exact: true }).click();
  await pickOption(page, 'Front-end');
  await page.getByRole('button', { name: 'Review changes' }).click();
  const diff = ui.dialog(page);
  await expect(diff.getByRole('row', { name: /Consumer\s*Back-end\s*Front-end/ })).toBeVisible();
  await diff.getByRole('button', { name: 'Save changes' }).click();
  await expect(diff).toBeHidden();
  await expect(page.getByText(`Specs of ${qos} saved.`)).toBeVisible();
  const id = page.url().split('/').pop()!;
  await expect.poll(async () => (await admin.call('GET', `/qos-specs/${id}`)).qos_specs).toMatchObject({ consumer: 'front-end', specs: { total_iops_sec: '800', read_bytes_sec: '104857600' } });

  // Associate with the type.
  await page.getByRole('button', { name: 'Associate volume type' }).click();
  const associate = ui.dialog(page);
  await page.getByLabel('Volume type', { exact: true }).fill(typeName);
  await expect(page.locator('.ant-select-dropdown').getByText(typeName)).toBeVisible();
  await page.keyboard.press('Enter');
  await associate.getByRole('button', { name: 'Associate', exact: true }).click();
  await expect(associate).toBeHidden();
  await expect(ui.associations(page).getByRole('row', { name: new RegExp(typeName) })).toBeVisible();
  await expect.poll(async () => ((await admin.call('GET', `/types/${typeId}`)).volume_type as { qos_specs_id: string }).qos_specs_id).toBe(id);

  // Cinder refuses to delete an associated spec: the dialog says so before sending.
  await page.getByRole('main').getByRole('button', { name: /Delete$/ }).click();
  const remove = ui.dialog(page);
  await expect(remove).toContainText('Cinder refuses to delete a QoS spec that is still associated');
  await remove.getByRole('button', { name: 'Cancel' }).click();

  // Unset a key.
  await ui.specs(page).getByRole('button', { name: 'Remove read_bytes_sec' }).click();
  await page.getByRole('button', { name: 'Review changes' }).click();
  await ui.dialog(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(ui.specs(page).getByRole('row', { name: /read_bytes_sec/ })).toHaveCount(0);

  // Disassociate, then delete.
  await ui.associations(page).getByRole('button', { name: `Disassociate ${typeName}` }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Disassociate' }).click();
  await expect(page.getByText('Not associated with any volume type.')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: /Delete$/ }).click();
  await expect(remove.getByText(`Delete QoS spec ${qos}? This cannot be undone.`)).toBeVisible();
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/qos-specs$/);
  await admin.call('GET', `/qos-specs/${id}`, undefined, [404]);
});

test('admin: a duplicate name is refused by Cinder (409) with its request id, the input kept', async ({ page, request }) => {
  const admin = await Cloud.open(request, accounts.admin);
  const qos = name('dup');
  await admin.createQos(qos);
  await login(page, accounts.admin, '/qos-specs');
  await page.getByRole('button', { name: 'Create QoS spec' }).first().click();
  const create = ui.dialog(page);
  await create.getByLabel('Name').fill(qos);
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByText('A QoS spec with this name already exists.')).toBeVisible();
  await expect(create.getByRole('alert').filter({ hasText: 'already exists' })).toContainText(/req-/);
  await expect(create.getByLabel('Name')).toHaveValue(qos);
});

test('a member does not see QoS specs and gets the needs-admin page from the URL', async ({ page }) => {
  await login(page, accounts.member);
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'QoS specs' })).toHaveCount(0);
  await page.goto('/qos-specs');
  await expect(page.getByText('Administrators only')).toBeVisible();
});
