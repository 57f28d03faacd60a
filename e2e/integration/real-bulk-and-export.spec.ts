/**
 * Bulk delete and CSV export against the real Cinder: several rows selected by their checkboxes, per-item
 * results with Cinder's own refusal, a retry; the downloaded CSV of a filtered list checked cell by cell.
 * Resources are this file's own (unique prefix) and removed after each test (the demo quota is 10 volumes).
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { downloadCsv } from '../support/csv';
import { option } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const prefix = uniqueName('itbulk');
const name = (part: string) => `${prefix}-${part}`;

test.afterEach(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

const volumesTable = (page: Page) => page.getByRole('region', { name: 'Volumes' }).getByRole('table');

/** Applies the name filter the way a person does: type, press Enter. */
async function filterByName(page: Page, value: string) {
  const box = page.getByRole('searchbox', { name: 'Name or ID' });
  await box.fill(value);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]name=${encodeURIComponent(value)}`));
}

test('member bulk-deletes three volumes: Cinder refuses the one with a snapshot, the retry succeeds once it is gone', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  // Three volumes of one name (Cinder allows it), one of them with a snapshot.
  const shared = name('trio');
  const ids = [await cloud.createVolume(shared, 1), await cloud.createVolume(shared, 1), await cloud.createVolume(shared, 1)];
  const snapshotId = await cloud.createSnapshot(ids[1]!, name('pin'));
  const bystander = name('stays');
  const bystanderId = await cloud.createVolume(bystander, 1);

  await login(page, accounts.member);
  await filterByName(page, shared);
  const rows = volumesTable(page).getByRole('row').filter({ hasText: shared });
  await expect(rows).toHaveCount(3);
  await expect(volumesTable(page).getByRole('row').filter({ hasText: bystander })).toHaveCount(0);
  for (let i = 0; i < 3; i++) await rows.nth(i).getByRole('checkbox', { name: 'Select row' }).check();
  await expect(page.getByText('3 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 3 volumes?' });
  await expect(confirm.getByRole('listitem')).toHaveText([shared, shared, shared]);
  await confirm.getByRole('button', { name: 'Delete 3 volumes' }).click();

  const results = page.getByRole('dialog', { name: 'Deleting volumes' });
  await expect(results.getByText('2 succeeded, 1 failed.')).toBeVisible({ timeout: 30_000 });
  // Real Cinder's 400 for a volume with snapshots, with its request id.
  await expect(results).toContainText('have snapshots');
  await expect(results.getByText('Request ID')).toBeVisible();
  await expect(results).toContainText(/req-[0-9a-f-]{36}/);
  await expect.poll(async () => (await Promise.all(ids.map((id) => cloud.volume(id)))).map((v) => v !== null), { timeout: 60_000 }).toEqual([false, true, false]);

  // Remove the obstacle through the API, then retry only the refused one.
  await cloud.call('DELETE', `/snapshots/${snapshotId}`, undefined, [202]);
  await cloud.waitFor(`/snapshots/${snapshotId}`, 'snapshot', (status) => status === null);
  await results.getByRole('button', { name: 'Retry the failed one' }).click();
  await expect(results.getByText('3 succeeded, 0 failed.')).toBeVisible({ timeout: 30_000 });
  await results.getByRole('button', { name: 'Close' }).last().click();
  await expect(rows).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(async () => await cloud.volume(ids[1]!), { timeout: 60_000 }).toBeNull();
  // Nothing else was touched.
  expect((await cloud.volume(bystanderId))?.status).toBe('available');
});

test('member exports the filtered volume list as CSV: the header, one row per match, the values Cinder holds', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  const shared = name('csv');
  const ids = [await cloud.createVolume(shared, 1), await cloud.createVolume(shared, 2, { volume_type: 'hdd' }), await cloud.createVolume(shared, 3, { volume_type: 'ssd' })];
  const other = name('other');
  await cloud.createVolume(other, 1);

  await login(page, accounts.member);
  await filterByName(page, shared);
  await expect(volumesTable(page).getByRole('row').filter({ hasText: shared })).toHaveCount(3);
  await expect(volumesTable(page).getByRole('row').filter({ hasText: other })).toHaveCount(0);
  // Hide a column the way a person does; the export follows the table.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Availability zone' }).uncheck();
  await page.keyboard.press('Escape');

  const { fileName, text, rows } = await downloadCsv(page);
  expect(fileName).toMatch(/^volumes-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...data] = rows;
  expect(header).toEqual(['Name', 'ID', 'Status', 'Size (GiB)', 'Type', 'Bootable', 'Attached to', 'Created']);
  expect(data).toHaveLength(3);
  const byId = new Map(data.map((row) => [row[1], row]));
  expect([...byId.keys()].sort()).toEqual([...ids].sort());
  for (const id of ids) {
    const volume = (await cloud.volume(id))!;
    const row = byId.get(id)!;
    expect(row).toEqual([shared, id, 'Available', String(volume.size), String(volume.volume_type), 'No', '', String(volume.created_at)]);
  }
  expect(data.map((row) => row[4]).sort()).toEqual(['__DEFAULT__', 'hdd', 'ssd']);
  expect(text).not.toContain(other);
});

test('member bulk-deletes snapshots from the list and exports one volume’s snapshots as CSV', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  const volume = name('snapvol');
  const volumeId = await cloud.createVolume(volume, 1);
  const first = name('snap-a');
  const second = name('snap-b');
  const firstId = await cloud.createSnapshot(volumeId, first);
  const secondId = await cloud.createSnapshot(volumeId, second);

  await login(page, accounts.member, '/snapshots');
  // The volume filter offers the project's volumes by name.
  await page.getByRole('combobox', { name: 'Volume' }).fill(volume);
  await option(page, `${volume} (${volumeId.slice(0, 8)})`).click();
  await expect(page).toHaveURL(new RegExp(`[?&]volume=${volumeId}`));
  const table = page.getByRole('region', { name: 'Snapshots' }).getByRole('table');
  const rowA = table.getByRole('row', { name: new RegExp(first) });
  const rowB = table.getByRole('row', { name: new RegExp(second) });
  await expect(rowA.getByText('Available')).toBeVisible();
  await expect(rowB.getByText('Available')).toBeVisible();
  // The volume column shows the name once loaded; the export uses it too.
  await expect(table.getByRole('link', { name: volume })).toHaveCount(2);

  const { rows } = await downloadCsv(page);
  const [header, ...data] = rows;
  expect(header).toEqual(['Name', 'ID', 'Status', 'Size (GiB)', 'Source volume', 'Created']);
  expect(data.map((row) => row.slice(0, 5)).sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual([
    [first, firstId, 'Available', '1', volume],
    [second, secondId, 'Available', '1', volume],
  ]);

  await rowA.getByRole('checkbox').check();
  await rowB.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog', { name: 'Delete 2 snapshots?' }).getByRole('button', { name: 'Delete' }).click();
  const results = page.getByRole('dialog', { name: 'Delete 2 snapshots?' }).filter({ hasText: 'succeeded' });
  await expect(results.getByRole('status')).toHaveText('2 succeeded, 0 failed.', { timeout: 30_000 });
  await expect(results.getByText(`${first} — Done`)).toBeVisible();
  await expect(results.getByText(`${second} — Done`)).toBeVisible();
  await results.getByRole('button', { name: 'Close' }).last().click();
  await expect(table.getByRole('row', { name: new RegExp(prefix) })).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(async () => (await cloud.call('GET', `/snapshots/detail?volume_id=${volumeId}`)).snapshots, { timeout: 60_000 }).toEqual([]);
});
