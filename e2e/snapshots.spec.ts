import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickMenuItem, pickOption, scenario, uniqueName } from './support/console';

/** A volume of our own in project demo (or admin), made directly in the emulator. */
async function makeVolume(request: APIRequestContext, options: { size?: number; status?: string; project?: 'demo' | 'admin' } = {}) {
  const name = uniqueName('snapvol');
  const answer = await scenario(request, 'createVolume', {
    projectId: SEED.projects[options.project ?? 'demo'],
    name,
    size: options.size ?? 1,
    status: options.status,
  });
  const id = answer.result.id;
  return { id, name };
}

/** A snapshot made straight through the Cinder API as the demo member (quicker than the form). */
async function apiSnapshot(request: APIRequestContext, volumeId: string, name: string): Promise<string> {
  const auth = await request.post('/api/identity/v3/auth/tokens', {
    data: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'demo' } } },
        scope: { project: { name: 'demo', domain: { name: 'Default' } } },
      },
    },
  });
  expect(auth.status()).toBe(201);
  const token = auth.headers()['x-subject-token']!;
  const response = await request.post(`/api/block-storage/volume/v3/${SEED.projects.demo}/snapshots`, {
    headers: { 'X-Auth-Token': token, 'OpenStack-API-Version': 'volume 3.70' },
    data: { snapshot: { volume_id: volumeId, name } },
  });
  expect(response.status(), await response.text()).toBe(202);
  return ((await response.json()) as { snapshot: { id: string } }).snapshot.id;
}

/** Picks a volume in the form's searchable select the way a person does: type, then Enter. */
async function pickVolume(page: Page, dialog: ReturnType<Page['getByRole']>, volumeName: string) {
  await dialog.getByLabel('Volume').fill(volumeName);
  await expect(page.locator('.ant-select-dropdown').getByText(`${volumeName} · `)).toBeVisible();
  await page.keyboard.press('Enter');
}

/** Creates a snapshot through the list page's "Create snapshot" form and waits for its row. */
async function createSnapshotInUi(page: Page, volumeName: string, snapshotName: string) {
  await page.goto('/snapshots');
  await page.getByRole('button', { name: 'Create snapshot' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create snapshot' });
  await pickVolume(page, dialog, volumeName);
  await dialog.getByLabel('Name').fill(snapshotName);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  return page.getByRole('row', { name: new RegExp(snapshotName) });
}

async function openSnapshot(page: Page, snapshotName: string) {
  await page.goto('/snapshots');
  await page.getByRole('link', { name: snapshotName, exact: true }).click();
  await expect(page.getByRole('heading', { name: snapshotName })).toBeVisible();
}

test('member creates a snapshot: creating with progress, then available', async ({ page, request }) => {
  test.setTimeout(120_000);
  const volume = await makeVolume(request);
  const name = uniqueName('snap');
  await login(page, accounts.member, '/snapshots');
  // Snapshots take 4 s in the emulator; give this one long enough to watch it on a busy machine.
  const before = ((await (await request.get('/_emulator/delays')).json()) as { delays: { snapshotCreate: number } }).delays.snapshotCreate;
  await request.post('/_emulator/delays', { data: { snapshotCreate: 15_000 } });
  const row = await createSnapshotInUi(page, volume.name, name).finally(() => request.post('/_emulator/delays', { data: { snapshotCreate: before } }));
  await expect(row.getByText('Creating')).toBeVisible();
  await row.getByRole('link', { name }).click();
  // While creating, the detail page shows Cinder's progress as a bar that moves.
  const bar = page.getByRole('progressbar', { name: 'Creation progress' });
  await expect(bar).toBeVisible();
  const first = Number(await bar.getAttribute('aria-valuenow'));
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 15_000 }).toBeGreaterThan(first);
  await expect(page.getByRole('main').getByText('Available').first()).toBeVisible({ timeout: 30_000 });
  await expect(bar).toBeHidden();
  await expect(page.getByRole('link', { name: volume.name })).toHaveAttribute('href', `/volumes/${volume.id}`);
});

test('member deletes a snapshot after confirming', async ({ page, request }) => {
  test.setTimeout(150_000);
  const volume = await makeVolume(request);
  const name = uniqueName('snapdel');
  await login(page, accounts.member, '/snapshots');
  const row = await createSnapshotInUi(page, volume.name, name);
  await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });
  await pickMenuItem(page, row.getByRole('button', { name: `Actions for ${name}` }), 'Delete');
  const dialog = page.getByRole('dialog', { name: `Delete snapshot ${name}?` });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`Deleting snapshot ${name}.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0, { timeout: 30_000 });
});

test('create a volume from a snapshot; deleting the snapshot then warns about it', async ({ page, request }) => {
  test.setTimeout(150_000);
  const volume = await makeVolume(request, { size: 2 });
  const name = uniqueName('snapsrc');
  const newVolume = uniqueName('fromsnap');
  await login(page, accounts.member, '/snapshots');
  const row = await createSnapshotInUi(page, volume.name, name);
  await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });
  await openSnapshot(page, name);
  await page.getByRole('button', { name: 'Create volume' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create volume from snapshot' });
  await dialog.getByLabel('Volume name').fill(newVolume);
  // Smaller than the snapshot is refused before anything is sent.
  await dialog.getByLabel('Size (GiB)').fill('1');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('At least 2 GiB.')).toBeVisible();
  await dialog.getByLabel('Size (GiB)').fill('3');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  const created = page.getByRole('table', { name: 'Volumes created from this snapshot' });
  await expect(created.getByRole('link', { name: newVolume })).toBeVisible();

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Delete snapshot ${name}?` });
  await expect(confirm.getByText('1 volume was created from this snapshot.', { exact: false })).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
});

test('revert a volume to its latest snapshot; an older one is refused with the reason', async ({ page, request }) => {
  test.setTimeout(150_000);
  const volume = await makeVolume(request, { size: 1 });
  const older = uniqueName('snapold');
  const latest = uniqueName('snapnew');
  await login(page, accounts.member, '/snapshots');
  await expect(await createSnapshotInUi(page, volume.name, older).then((r) => r.getByText('Available'))).toBeVisible({ timeout: 30_000 });
  await expect(await createSnapshotInUi(page, volume.name, latest).then((r) => r.getByText('Available'))).toBeVisible({ timeout: 30_000 });

  await openSnapshot(page, older);
  const olderRevert = page.getByRole('button', { name: 'Revert volume' });
  await expect(olderRevert).toBeDisabled();
  await olderRevert.hover({ force: true });
  await expect(page.getByRole('tooltip')).toHaveText("Only the volume's latest snapshot can be reverted to.");

  await openSnapshot(page, latest);
  const revert = page.getByRole('button', { name: 'Revert volume' });
  await expect(revert).toBeEnabled();
  await revert.click();
  const dialog = page.getByRole('dialog', { name: `Revert volume ${volume.name} to this snapshot?` });
  await dialog.getByRole('button', { name: 'Revert' }).click();
  await expect(page.getByText(`Reverting volume ${volume.name}.`)).toBeVisible();
  // The snapshot is busy (restoring) for ~3 s while Cinder reverts, then available again; the page follows it
  // without a reload (the short busy window itself is not asserted: a loaded machine can miss it).
  await expect(page.getByRole('main').getByText('Available').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Revert volume' })).toBeEnabled({ timeout: 30_000 });
});

test('refused: a volume in error cannot be snapshotted, and says why', async ({ page, request }) => {
  const broken = await makeVolume(request, { status: 'error' });
  await login(page, accounts.member, '/snapshots');
  await page.getByRole('button', { name: 'Create snapshot' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create snapshot' });
  await pickVolume(page, dialog, broken.name);
  await expect(dialog.getByText('A snapshot needs the volume available or in use; it is error.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Create' })).toBeDisabled();
});

test('refused by the server: the message and request id stay in the form with the input', async ({ page, request }) => {
  const volume = await makeVolume(request);
  await login(page, accounts.member, '/snapshots');
  await page.getByRole('button', { name: 'Create snapshot' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create snapshot' });
  await pickVolume(page, dialog, volume.name);
  // The volume goes into maintenance behind the console's back: Cinder refuses.
  await scenario(request, 'setVolumeStatus', { volumeId: volume.id, status: 'maintenance' });
  await dialog.getByLabel('Name').fill('kept-name');
  await dialog.getByRole('button', { name: 'Create' }).click();
  const alert = dialog.getByRole('alert').filter({ hasText: 'Request ID' });
  await expect(alert).toContainText('Invalid volume');
  await expect(alert).toContainText(/req-[0-9a-f-]+/);
  await expect(dialog.getByLabel('Name')).toHaveValue('kept-name');
});

test('member sees no admin actions; admin sees all projects with a project column and can reset status', async ({ browser, request }) => {
  test.setTimeout(150_000);
  const memberPage = await browser.newPage();
  await login(memberPage, accounts.member, '/snapshots');
  await expect(memberPage.getByRole('table')).toBeVisible();
  await expect(memberPage.getByText('All projects')).toHaveCount(0);
  await memberPage.getByRole('button', { name: 'Actions for with-snapshot-snap' }).click();
  await expect(memberPage.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
  await expect(memberPage.getByRole('menuitem', { name: 'Reset status' })).toHaveCount(0);
  await expect(memberPage.getByRole('menuitem', { name: 'Force delete' })).toHaveCount(0);
  await memberPage.close();

  const volume = await makeVolume(request, { project: 'admin' });
  const name = uniqueName('snapadm');
  const page = await browser.newPage();
  await login(page, accounts.admin, '/snapshots');
  const row = await createSnapshotInUi(page, volume.name, name);
  await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('checkbox', { name: 'All projects' }).click();
  await expect(page.getByRole('checkbox', { name: 'All projects' })).toBeChecked();
  await expect(page).toHaveURL(/all=1/);
  await expect(page.getByRole('columnheader', { name: 'Project' })).toBeVisible();
  await expect(page.getByRole('row', { name: /with-snapshot-snap/ }).getByRole('cell', { name: 'demo', exact: true })).toBeVisible();

  await openSnapshot(page, name);
  await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: /^Admin/ }), 'Reset status');
  const dialog = page.getByRole('dialog', { name: `Reset status of ${name}` });
  // The visible option (antd also keeps a hidden copy of the list for screen readers).
  await pickOption(page, dialog.getByLabel('New status'), 'Error (error)');
  await dialog.getByRole('button', { name: 'Reset status' }).click();
  await expect(page.getByText('Status reset to Error.')).toBeVisible();
  await expect(page.getByRole('main').getByText('Error', { exact: true }).first()).toBeVisible();

  await pickMenuItem(page, page.getByRole('main').getByRole('button', { name: /^Admin/ }), 'Force delete');
  const force = page.getByRole('dialog', { name: `Force delete ${name}?` });
  await expect(force.getByRole('button', { name: 'Force delete' })).toBeDisabled();
  await force.getByLabel(`Type ${name} to confirm`).fill(name);
  await force.getByRole('button', { name: 'Force delete' }).click();
  await expect(page).toHaveURL(/\/snapshots$/);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0, { timeout: 30_000 });
  await page.close();
});

test('both languages: the list and the create form in Chinese', async ({ page }) => {
  await login(page, accounts.member, '/snapshots');
  await expect(page.getByRole('heading', { name: 'Snapshots' })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { name: '云硬盘快照' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '源云硬盘' })).toBeVisible();
  await page.getByRole('button', { name: '创建云硬盘快照' }).first().click();
  await expect(page.getByRole('dialog', { name: '创建云硬盘快照' }).getByLabel('云硬盘')).toBeVisible();
});

test('bulk delete reports each snapshot; a failed one can be retried', async ({ page, request }) => {
  test.setTimeout(150_000);
  const volume = await makeVolume(request);
  const prefix = uniqueName('bulk');
  const first = `${prefix}-a`;
  const second = `${prefix}-b`;
  await apiSnapshot(request, volume.id, first);
  const secondId = await apiSnapshot(request, volume.id, second);
  await login(page, accounts.member, `/snapshots?volume=${volume.id}`);
  const rowA = page.getByRole('row', { name: new RegExp(first) });
  const rowB = page.getByRole('row', { name: new RegExp(second) });
  await expect(rowA.getByText('Available')).toBeVisible({ timeout: 30_000 });
  await expect(rowB.getByText('Available')).toBeVisible({ timeout: 30_000 });
  await rowA.getByRole('checkbox').check();
  await rowB.getByRole('checkbox').check();
  // The second delete meets a server fault once.
  await scenario(request, 'serverError', { status: 503, count: 1, pathPrefix: `/volume/v3/${SEED.projects.demo}/snapshots/${secondId}` });
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog', { name: 'Delete 2 snapshots?' }).getByRole('button', { name: 'Delete' }).click();
  // The confirmation closes and the per-item results open under the same title.
  const results = page.getByRole('dialog', { name: 'Delete 2 snapshots?' }).filter({ hasText: 'succeeded' });
  await expect(results.getByRole('status')).toHaveText('1 succeeded, 1 failed.');
  await expect(results.getByText(`${first} — Done`)).toBeVisible();
  await expect(results.getByText(`${second} — Failed`)).toBeVisible();
  await results.getByRole('button', { name: 'Retry the failed one' }).click();
  await expect(results.getByRole('status')).toHaveText('2 succeeded, 0 failed.');
  await results.getByRole('button', { name: 'Close' }).last().click();
  await expect(page.getByRole('row', { name: new RegExp(prefix) })).toHaveCount(0, { timeout: 30_000 });
});

test('edit name, description and metadata of a snapshot', async ({ page, request }) => {
  test.setTimeout(120_000);
  const volume = await makeVolume(request);
  const name = uniqueName('snapedit');
  const renamed = `${name}-renamed`;
  await apiSnapshot(request, volume.id, name);
  await login(page, accounts.member, `/snapshots?volume=${volume.id}`);
  await expect(page.getByRole('row', { name: new RegExp(name) }).getByText('Available')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name, exact: true }).click();
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
});
