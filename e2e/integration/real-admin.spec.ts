/** Cloud admin operations against the real Cinder: type encryption, services, manage/unmanage, quota editing. */
import { expect as baseExpect, test } from '@playwright/test';
import { accounts, login, uniqueName, navigateTo } from '../support/console';
import { Cloud } from './support/cloud';
import { chooseIn, heading, menuAction, realCloud } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const prefix = uniqueName('itadmin');
const name = (part: string) => `${prefix}-${part}`;


test.afterAll(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

test.describe('admin on the real cloud', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin);
  });

  test('encrypts a type, lists it as encrypted, removes it; a type in use is refused with Cinder’s reason', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.admin);
    const type = name('enc');
    const id = await cloud.createType(type);
    await page.goto(`/volume-types/${id}`);
    await expect(heading(page)).toContainText(type);
    const card = page.getByRole('region', { name: 'Encryption' });
    await card.getByRole('button', { name: 'Add encryption' }).click();
    const dialog = page.getByRole('dialog', { name: `Encrypt volume type ${type}` });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Volume type ${type} is now encrypted.`)).toBeVisible();
    await expect(card.getByText('luks')).toBeVisible();
    expect((await cloud.call('GET', `/types/${id}/encryption`)).provider).toBe('luks');

    await navigateTo(page, 'Volume types');
    await page.getByRole('searchbox', { name: 'Filter by name' }).fill(type);
    await page.getByRole('searchbox', { name: 'Filter by name' }).press('Enter');
    await expect(page.getByRole('row', { name: new RegExp(type) }).getByText('Encrypted')).toBeVisible();

    await page.getByRole('link', { name: type }).click();
    await card.getByRole('button', { name: 'Remove encryption' }).click();
    await page.getByRole('dialog', { name: `Remove the encryption of ${type}` }).getByRole('button', { name: 'Remove encryption' }).click();
    await expect(card.getByText(/Not encrypted/)).toBeVisible();

    const used = name('enc-used');
    const usedId = await cloud.createType(used, { volume_backend_name: realCloud.typeA });
    await cloud.createVolume(name('enc-user'), 1, { volume_type: used });
    await page.goto(`/volume-types/${usedId}`);
    await expect(heading(page)).toContainText(used);
    await card.getByRole('button', { name: 'Add encryption' }).click();
    const refused = page.getByRole('dialog', { name: `Encrypt volume type ${used}` });
    await refused.getByRole('button', { name: 'Save' }).click();
    await expect(refused.getByText('Cannot create encryption specs. Volume type in use.')).toBeVisible();
  });

  test('shows the services and zones; disables the scheduler with a reason and enables it', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.admin);
    const scheduler = ((await cloud.call('GET', '/os-services?binary=cinder-scheduler')).services as { host: string }[])[0]!;
    const label = `cinder-scheduler@${scheduler.host}`;
    try {
      await navigateTo(page, 'Services');
      const row = page.getByRole('row', { name: new RegExp(`cinder-scheduler ${scheduler.host}`) });
      await expect(row.getByText('Up')).toBeVisible();
      await expect(page.getByRole('list', { name: 'Availability zones' })).toContainText('nova');
      const reason = name('maintenance');
      await page.getByRole('button', { name: `Disable ${label}` }).click();
      const dialog = page.getByRole('dialog', { name: `Disable cinder-scheduler on ${scheduler.host}` });
      await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
      await dialog.getByRole('button', { name: 'Disable' }).click();
      await expect(row.getByText(reason)).toBeVisible();
      await expect(row.getByText('Disabled')).toBeVisible();
      await row.getByRole('button', { name: `Enable ${label}` }).click();
      await expect(row.getByText('Enabled')).toBeVisible();
    } finally {
      await cloud.call('PUT', '/os-services/enable', { host: scheduler.host, binary: 'cinder-scheduler' });
    }
  });

  test('unmanages a volume and manages its data back from the backend', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.admin);
    const type = name('manage-type');
    await cloud.createType(type, { volume_backend_name: realCloud.typeA });
    const original = name('unmanaged');
    const id = await cloud.createVolume(original, 1, { volume_type: type });
    await page.goto(`/volumes/${id}`);
    await expect(heading(page)).toContainText(original);
    await menuAction(page, 'Unmanage');
    await page.getByRole('dialog', { name: `Unmanage volume ${original}` }).getByRole('button', { name: 'Unmanage' }).click();
    await expect(page.getByText(`Volume ${original} is being unmanaged.`)).toBeVisible();
    await cloud.waitFor(`/volumes/${id}`, 'volume', (status) => status === null);

    await navigateTo(page, 'Volumes');
    await page.getByRole('button', { name: 'Manage existing volume' }).click();
    const dialog = page.getByRole('dialog', { name: 'Manage an existing volume' });
    await chooseIn(page, dialog, dialog.getByRole('combobox', { name: 'Host' }), realCloud.poolA);
    await chooseIn(page, dialog, dialog.getByRole('combobox', { name: 'Backend object' }), `volume-${id} (1 GiB)`);
    const managed = name('managed');
    await dialog.getByLabel('Name').fill(managed);
    await chooseIn(page, dialog, dialog.getByRole('combobox', { name: 'Volume type' }), type);
    await dialog.getByRole('button', { name: 'Manage' }).click();
    await expect(heading(page)).toContainText(managed);
    await expect(page.getByRole('main')).toContainText('Available', { timeout: 60_000 });
  });

  test('edits a project’s quota with usage shown and reads the default quotas', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.admin);
    const before = (await cloud.call('GET', `/os-quota-sets/${cloud.session.projectId}`)).quota_set as Record<string, number>;
    try {
      await navigateTo(page, 'Quotas');
      await page.getByRole('button', { name: 'Edit quotas' }).click();
      const dialog = page.getByRole('dialog', { name: /Quotas of project/ });
      const groups = dialog.getByRole('spinbutton', { name: 'Groups', exact: true });
      await expect(groups).toHaveValue(String(before.groups));
      await groups.fill(String(before.groups! + 1));
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText(/Quotas of .* saved\./)).toBeVisible();
      expect(((await cloud.call('GET', `/os-quota-sets/${cloud.session.projectId}`)).quota_set as Record<string, number>).groups).toBe(before.groups! + 1);
      await page.getByRole('button', { name: 'Default quotas' }).click();
      const defaults = page.getByRole('dialog', { name: 'Default quotas' });
      const classSet = (await cloud.call('GET', '/os-quota-class-sets/default')).quota_class_set as Record<string, number>;
      await expect(defaults.getByRole('spinbutton', { name: 'Volumes', exact: true })).toHaveValue(String(classSet.volumes));
    } finally {
      await cloud.call('PUT', `/os-quota-sets/${cloud.session.projectId}`, { quota_set: { groups: before.groups } });
    }
  });
});
