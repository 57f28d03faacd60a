/**
 * Detail-page actions and admin views not covered elsewhere, against the real Cinder: volume metadata,
 * the Snapshots / Attachments / QoS tabs, the all-projects lists of an admin, and on snapshots edit,
 * metadata, reset status and force delete. Resources are this file's own and removed after each test.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { openVolume, realCloud } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const prefix = uniqueName('itdet');
const name = (part: string) => `${prefix}-${part}`;

test.afterEach(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

/** The admin's "All projects" control: a switch or a checkbox depending on the list, named alike. */
const allProjects = (page: Page) => page.getByRole('main').getByRole('switch', { name: 'All projects' }).or(page.getByRole('main').getByRole('checkbox', { name: 'All projects' }));
const snapshotsTable = (page: Page) => page.getByRole('region', { name: 'Snapshots' }).getByRole('table');

test('member edits a volume’s metadata (change, remove, add) and sees its snapshot and its empty attachments', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  const volume = name('meta');
  const id = await cloud.createVolume(volume, 1, { metadata: { keep: 'me', drop: 'x' } });
  const snapshot = name('metasnap');
  await cloud.createSnapshot(id, snapshot);
  await login(page, accounts.member);
  await openVolume(page, id, volume);

  await page.getByRole('tab', { name: 'Metadata' }).click();
  await expect(page).toHaveURL(new RegExp(`/volumes/${id}/metadata$`));
  await page.getByRole('button', { name: 'Edit metadata' }).click();
  const form = page.getByRole('form', { name: 'Edit metadata' });
  // Cinder does not keep the keys in order: find the row holding "drop" and remove it.
  await expect(form.getByRole('textbox', { name: 'Key 2' })).toBeVisible();
  const dropRow = (await form.getByRole('textbox', { name: 'Key 1' }).inputValue()) === 'drop' ? 1 : 2;
  await form.getByRole('button', { name: `Remove entry ${dropRow}` }).click();
  await expect(form.getByRole('textbox', { name: 'Key 1' })).toHaveValue('keep');
  await form.getByRole('textbox', { name: 'Value 1' }).fill('changed');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await form.getByRole('button', { name: 'Save metadata' }).click();
  await expect(form.getByText('Enter a key.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Key 2' }).fill('env');
  await form.getByRole('textbox', { name: 'Value 2' }).fill('prod');
  await form.getByRole('button', { name: 'Save metadata' }).click();
  await expect(page.getByText('Metadata saved')).toBeVisible();
  // PUT replaced the whole set on the real Cinder.
  expect((await cloud.call('GET', `/volumes/${id}/metadata`)).metadata).toEqual({ keep: 'changed', env: 'prod' });
  await page.reload();
  const table = page.getByRole('table', { name: 'Metadata' });
  await expect(table.getByRole('row', { name: 'env prod' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'keep changed' })).toBeVisible();
  await expect(table.getByRole('row', { name: /drop/ })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: snapshot })).toBeVisible();
  // No Nova here: nothing can be attached, and the tab says so.
  await page.getByRole('tab', { name: /^Attachments/ }).click();
  await expect(page.getByText('Not attached to any server.')).toBeVisible();
});

test('member edits a snapshot’s name, description and metadata', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  const volumeId = await cloud.createVolume(name('snapedit-vol'), 1);
  const snapshot = name('snapedit');
  const snapshotId = await cloud.createSnapshot(volumeId, snapshot);
  const renamed = `${snapshot}-renamed`;

  await login(page, accounts.member, `/snapshots/${snapshotId}`);
  await expect(page.getByRole('heading', { name: snapshot })).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit snapshot' });
  await dialog.getByLabel('Name').fill(renamed);
  await dialog.getByLabel('Description').fill('before the upgrade');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: renamed })).toBeVisible();
  await expect(page.getByRole('main').getByText('before the upgrade')).toBeVisible();

  await page.getByRole('button', { name: 'Edit metadata' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit metadata' });
  await editor.getByRole('button', { name: 'Add entry' }).click();
  await editor.getByLabel('Key 1').fill('bad*key');
  await editor.getByLabel('Value 1').fill('x');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Letters, digits, spaces and - _ : . / only, at most 255.').first()).toBeVisible();
  await editor.getByLabel('Key 1').fill('purpose');
  await editor.getByLabel('Value 1').fill('pre-upgrade');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('row', { name: 'purpose pre-upgrade' })).toBeVisible();

  const saved = (await cloud.call('GET', `/snapshots/${snapshotId}`)).snapshot as { name: string; description: string; metadata: Record<string, string> };
  expect(saved).toMatchObject({ name: renamed, description: 'before the upgrade', metadata: { purpose: 'pre-upgrade' } });
});

test.describe('admin', () => {
  test('sees another project’s volumes and snapshots with all projects on, and the QoS in effect on a volume', async ({ page, request }) => {
    const member = await Cloud.open(request, accounts.member);
    const admin = await Cloud.open(request, accounts.admin);
    const demoVolume = name('demo-vol');
    const demoVolumeId = await member.createVolume(demoVolume, 1);
    const demoSnapshot = name('demo-snap');
    await member.createSnapshot(demoVolumeId, demoSnapshot);
    // An admin-project volume whose type carries a QoS spec.
    const qos = name('qos');
    const qosId = await admin.createQos(qos, { consumer: 'back-end', total_iops_sec: '700' });
    const type = name('qostype');
    const typeId = await admin.createType(type, { volume_backend_name: realCloud.typeA });
    await admin.call('GET', `/qos-specs/${qosId}/associate?vol_type_id=${typeId}`, undefined, [202]);
    const adminVolume = name('qosvol');
    const adminVolumeId = await admin.createVolume(adminVolume, 1, { volume_type: type });

    await login(page, accounts.admin);
    // Volumes: the demo project's volume appears only with all projects, with its project.
    await page.goto(`/volumes?name=${demoVolume}`);
    const volumes = page.getByRole('region', { name: 'Volumes' }).getByRole('table');
    await expect(page.getByText('Nothing matches these filters.').or(page.getByText(/no volumes/i)).first()).toBeVisible();
    await allProjects(page).click();
    await expect(page).toHaveURL(/[?&]all=1/);
    const row = volumes.getByRole('row', { name: new RegExp(demoVolume) });
    await expect(row).toBeVisible();
    await expect(volumes.getByRole('columnheader', { name: 'Project' })).toBeVisible();
    await expect(row).toContainText(/demo|[0-9a-f]{8}/);

    // Snapshots likewise.
    await page.goto(`/snapshots?name=${demoSnapshot}`);
    await expect(snapshotsTable(page).getByRole('row', { name: new RegExp(demoSnapshot) })).toHaveCount(0);
    await allProjects(page).click();
    await expect(page).toHaveURL(/all=1/);
    await expect(snapshotsTable(page).getByRole('columnheader', { name: 'Project' })).toBeVisible();
    await expect(snapshotsTable(page).getByRole('row', { name: new RegExp(demoSnapshot) })).toBeVisible();

    // The QoS tab of the admin's own volume: the spec reached through its type.
    await openVolume(page, adminVolumeId, adminVolume);
    await page.getByRole('tab', { name: 'QoS' }).click();
    await expect(page.getByRole('main').getByRole('link', { name: qos, exact: true })).toHaveAttribute('href', `/qos-specs/${qosId}`);
    await expect(page.getByRole('main').getByRole('link', { name: type, exact: true })).toHaveAttribute('href', `/volume-types/${typeId}`);
    await expect(page.getByRole('table', { name: 'QoS keys' }).getByRole('row', { name: 'total_iops_sec 700' })).toBeVisible();
  });

  test('resets a snapshot’s status and force-deletes it', async ({ page, request }) => {
    const admin = await Cloud.open(request, accounts.admin);
    const volumeId = await admin.createVolume(name('adm-vol'), 1);
    const snapshot = name('adm-snap');
    const snapshotId = await admin.createSnapshot(volumeId, snapshot);
    await login(page, accounts.admin, `/snapshots/${snapshotId}`);
    await expect(page.getByRole('heading', { name: snapshot })).toBeVisible();

    await page.getByRole('main').getByRole('button', { name: /^Admin\b/ }).click();
    await page.getByRole('menuitem', { name: 'Reset status' }).click();
    const reset = page.getByRole('dialog', { name: `Reset status of ${snapshot}` });
    // The list is searchable: typing narrows it to a few choices (no scrolling through all of them).
    await reset.getByLabel('New status').fill('error');
    await page.getByTitle('Error (error)', { exact: true }).click();
    await reset.getByRole('button', { name: 'Reset status' }).click();
    await expect(page.getByText('Status reset to Error.')).toBeVisible();
    await expect.poll(async () => ((await admin.call('GET', `/snapshots/${snapshotId}`)).snapshot as { status: string }).status).toBe('error');
    await expect(page.getByRole('main').getByText('Error', { exact: true }).first()).toBeVisible();

    await page.getByRole('main').getByRole('button', { name: /^Admin\b/ }).click();
    await page.getByRole('menuitem', { name: 'Force delete' }).click();
    const force = page.getByRole('dialog', { name: `Force delete ${snapshot}?` });
    await expect(force.getByRole('button', { name: 'Force delete' })).toBeDisabled();
    await force.getByLabel(`Type ${snapshot} to confirm`).fill(snapshot);
    await force.getByRole('button', { name: 'Force delete' }).click();
    await expect(page).toHaveURL(/\/snapshots$/);
    await admin.waitFor(`/snapshots/${snapshotId}`, 'snapshot', (status) => status === null);
    await expect(snapshotsTable(page).getByRole('row', { name: new RegExp(snapshot) })).toHaveCount(0);
  });

});

test.describe('member', () => {
  test('sees no admin actions on a snapshot or a volume', async ({ page, request }) => {
    const member = await Cloud.open(request, accounts.member);
    const snapshot = name('mem-snap');
    await member.createSnapshot(await member.createVolume(name('mem-vol'), 1), snapshot);
    await login(page, accounts.member, '/snapshots');
    await snapshotsTable(page).getByRole('button', { name: `Actions for ${snapshot}` }).click();
    await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Reset status' })).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: 'Force delete' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.goto(`/volumes?name=${name('mem-vol')}`);
    await expect(page.getByRole('heading', { name: 'Volumes' })).toBeVisible();
    await page.getByRole('button', { name: `More actions for ${name('mem-vol')}` }).click();
    await expect(page.getByRole('menuitem', { name: 'Extend' })).toBeVisible();
    for (const adminOnly of ['Reset status', 'Migrate', 'Force delete']) await expect(page.getByRole('menuitem', { name: adminOnly })).toHaveCount(0);
  });
});
