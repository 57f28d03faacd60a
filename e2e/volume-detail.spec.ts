import { expect as baseExpect, test } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, scenario, uniqueName } from './support/console';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });
import { cinderApi, scenarioVolume } from './support/volumes';

test.describe('volume detail', () => {
  test('tabs deep-link and survive a reload', async ({ page, request }) => {
    const name = uniqueName('tabs');
    const id = await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 2, metadata: { owner: 'qa' } });
    await login(page, accounts.member, `/volumes/${id}/metadata`);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Metadata' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('cell', { name: 'owner' })).toBeVisible();

    await page.getByRole('tab', { name: 'Messages' }).click();
    await expect(page).toHaveURL(new RegExp(`/volumes/${id}/messages$`));
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('No messages about this volume.')).toBeVisible();

    await page.goto(`/volumes/${id}?tab=attachments`);
    await expect(page.getByRole('tab', { name: /Attachments/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Not attached to any server.')).toBeVisible();

    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page).toHaveURL(new RegExp(`/volumes/${id}$`));
    await expect(page.getByText(id).first()).toBeVisible();
    // Members never see the admin-only QoS tab or host fields.
    await expect(page.getByRole('tab', { name: 'QoS' })).toHaveCount(0);
    await expect(page.getByText('Back-end volume ID (name_id)')).toHaveCount(0);
  });

  test('metadata: validate, add, change and remove keys', async ({ page, request }) => {
    const name = uniqueName('meta');
    const id = await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1, metadata: { keep: 'me', drop: 'x' } });
    await login(page, accounts.member, `/volumes/${id}/metadata`);
    await page.getByRole('button', { name: 'Edit metadata' }).click();
    const form = page.getByRole('form', { name: 'Edit metadata' });

    await form.getByRole('button', { name: 'Add entry' }).click();
    await form.getByRole('button', { name: 'Save metadata' }).click();
    await expect(form.getByText('Enter a key.')).toBeVisible();

    // 'Keep' and 'keep' are one key to Cinder (deleting one deletes both).
    await form.getByRole('textbox', { name: 'Key 3' }).fill('Keep');
    await form.getByRole('button', { name: 'Save metadata' }).click();
    await expect(form.getByText('This key is already used above (Cinder does not tell upper from lower case in keys).')).toBeVisible();

    await form.getByRole('textbox', { name: 'Key 3' }).fill('env');
    await form.getByRole('textbox', { name: 'Value 3' }).fill('x'.repeat(256));
    await form.getByRole('button', { name: 'Save metadata' }).click();
    await expect(form.getByText('Values are at most 255 characters.')).toBeVisible();
    await form.getByRole('textbox', { name: 'Value 3' }).fill('prod');

    const keep = form.getByRole('textbox', { name: 'Value 1' });
    await expect(form.getByRole('textbox', { name: 'Key 1' })).toHaveValue('keep');
    await keep.fill('changed');
    await form.getByRole('button', { name: 'Remove entry 2' }).click();
    await form.getByRole('button', { name: 'Save metadata' }).click();
    await expect(page.getByText('Metadata saved')).toBeVisible();

    const saved = await cinderApi<{ metadata: Record<string, string> }>(page, 'GET', `/volumes/${id}/metadata`);
    expect(saved.body.metadata).toEqual({ keep: 'changed', env: 'prod' });
    await page.reload();
    await expect(page.getByRole('cell', { name: 'env' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'drop' })).toHaveCount(0);
  });

  test('metadata edits are refused while the volume is in maintenance', async ({ page, request }) => {
    const name = uniqueName('maint');
    const id = await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    await scenario(request, 'volumeStuckIn', { volumeId: id, status: 'maintenance' });
    await login(page, accounts.member, `/volumes/${id}/metadata`);
    await expect(page.getByRole('button', { name: 'Edit metadata' })).toBeDisabled();
  });

  test('live status on the detail page: creating → available', async ({ page, request }) => {
    const name = uniqueName('detail-live');
    const id = await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    await scenario(request, 'volumeStuckIn', { volumeId: id, status: 'creating' });
    await login(page, accounts.member, `/volumes/${id}`);
    const title = page.getByRole('heading', { name });
    await expect(title.getByText('Creating')).toBeVisible();
    await scenario(request, 'setVolumeStatus', { volumeId: id, status: 'available' });
    await expect(title.getByText('Available')).toBeVisible();
  });

  test('an unknown or deleted volume shows a clear not-found state', async ({ page }) => {
    await login(page, accounts.member, '/volumes/00000000-0000-4000-8000-000000000000');
    await expect(page.getByText('Volume not found')).toBeVisible();
    await page.getByRole('button', { name: 'Back to volumes' }).click();
    await expect(page).toHaveURL(/\/volumes$/);
  });

  test('the messages tab lists the failure history of an error volume', async ({ page }) => {
    await login(page, accounts.member, '/volumes?name=broken-create');
    await page.getByRole('link', { name: 'broken-create' }).click();
    await page.getByRole('tab', { name: 'Messages' }).click();
    await expect(page.getByRole('table', { name: 'Messages' })).toContainText('Could not find any available weighted backend');
  });

  test('admins see the QoS spec in effect through the volume type', async ({ page, request }) => {
    const name = uniqueName('qos');
    const id = await scenarioVolume(request, { projectId: SEED.projects.admin, name, size: 1, volumeType: 'ssd' });
    await login(page, accounts.admin, `/volumes/${id}/qos`);
    await expect(page.getByRole('tab', { name: 'QoS' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('link', { name: 'gold-iops' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'total_iops_sec' })).toBeVisible();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page.getByText('Back-end volume ID (name_id)')).toBeVisible();
  });
});
