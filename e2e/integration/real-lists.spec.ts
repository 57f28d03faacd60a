/**
 * List state against the real Cinder (marker paging, with_count, sort, filters, all projects) and the
 * QoS card of a volume type (associate, change, disassociate). Resources are this file's own and
 * removed after each test.
 */
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { choose, option } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 240_000 });

const prefix = uniqueName('itlist');
const name = (part: string) => `${prefix}-${part}`;

test.afterEach(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

const volumesTable = (page: Page) => page.getByRole('region', { name: 'Volumes' }).getByRole('table');

/** The sizes shown in the rows, in order ("3 GiB" cells). */
async function sizesIn(rows: Locator): Promise<number[]> {
  const sizes: number[] = [];
  for (const row of await rows.all()) {
    const cells = await row.getByRole('cell').allInnerTexts();
    const size = cells.map((text) => /^\s*(\d+)\s*GiB\s*$/.exec(text)).find(Boolean);
    expect(size, `a size cell in ${cells.join(' | ')}`).toBeTruthy();
    sizes.push(Number(size![1]));
  }
  return sizes;
}

test('admin pages through all projects’ volumes by size, keeps the state in the URL, and filters by status', async ({ page, request }) => {
  const member = await Cloud.open(request, accounts.member);
  const admin = await Cloud.open(request, accounts.admin);
  // Eleven volumes of one name over two projects (each project's quota is 10): one more than a page of 10.
  const shared = name('page');
  const ids: Record<number, string> = {};
  for (let size = 1; size <= 11; size++) ids[size] = await (size <= 6 ? member : admin).createVolume(shared, size);
  // One of the demo project's volumes in error (an admin reset, as after a failed operation).
  await admin.call('POST', `/volumes/${ids[3]}/action`, { 'os-reset_status': { status: 'error' } }, [202]);

  await login(page, accounts.admin);
  await page.goto(`/volumes?name=${shared}`);
  const rows = volumesTable(page).getByRole('row').filter({ hasText: shared });
  // Own project only: the admin's five.
  await expect(rows).toHaveCount(5);
  await page.getByRole('main').getByRole('checkbox', { name: 'All projects' }).or(page.getByRole('main').getByRole('switch', { name: 'All projects' })).click();
  await expect(page).toHaveURL(/[?&]all=1/);

  await volumesTable(page).getByRole('columnheader', { name: 'Size' }).click();
  await expect(page).toHaveURL(/sort=size(%3A|:)asc/);
  await expect(volumesTable(page).getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'ascending');
  await choose(page, page.getByLabel('Rows per page'), '10 / page');
  await expect(page).toHaveURL(/[?&]limit=10/);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByText('1–10 of 11')).toBeVisible();
  await expect(rows).toHaveCount(10);
  expect(await sizesIn(rows)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pages.getByText('11–11 of 11')).toBeVisible();
  await expect(rows).toHaveCount(1);
  expect(await sizesIn(rows)).toEqual([11]);
  await page.reload();
  await expect(pages.getByText('11–11 of 11')).toBeVisible();
  await expect(pages.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');

  // A status filter goes back to the first page and finds the demo volume in error.
  await choose(page, page.getByRole('combobox', { name: 'Status' }), 'Error');
  await expect(page).toHaveURL(/[?&]status=error/);
  await expect(page).not.toHaveURL(/[?&]page=2/);
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link', { name: shared })).toHaveAttribute('href', `/volumes/${ids[3]}`);
  await expect(rows.getByText('Error', { exact: true })).toBeVisible();
  await expect(volumesTable(page).getByRole('columnheader', { name: 'Project' })).toBeVisible();
});

test('admin associates a QoS spec from the volume type page, changes it, then disassociates it', async ({ page, request }) => {
  const admin = await Cloud.open(request, accounts.admin);
  const type = name('type');
  const typeId = await admin.createType(type);
  const silver = name('silver');
  const silverId = await admin.createQos(silver, { consumer: 'back-end', total_iops_sec: '300' });
  const gold = name('gold');
  const goldId = await admin.createQos(gold, { consumer: 'front-end', total_iops_sec: '900' });
  const qosOf = async () => ((await admin.call('GET', `/types/${typeId}`)).volume_type as { qos_specs_id: string | null }).qos_specs_id;

  await login(page, accounts.admin, `/volume-types/${typeId}`);
  await expect(page.getByRole('heading', { name: type })).toBeVisible();
  await expect(page.getByText('No QoS spec is associated')).toBeVisible();
  await page.getByRole('combobox', { name: 'QoS spec to associate' }).fill(silver);
  await option(page, new RegExp(`^${silver}`)).click();
  await page.getByRole('button', { name: 'Associate', exact: true }).click();
  await expect(page.getByText('QoS spec associated.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: silver })).toHaveAttribute('href', `/qos-specs/${silverId}`);
  await expect.poll(qosOf).toBe(silverId);

  // Real Cinder refuses a second association; the console has to swap them (disassociate, associate).
  await page.getByRole('combobox', { name: 'QoS spec to associate' }).fill(gold);
  await option(page, new RegExp(`^${gold}`)).click();
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  await expect(page.getByRole('main').getByRole('link', { name: gold })).toHaveAttribute('href', `/qos-specs/${goldId}`);
  await expect.poll(qosOf).toBe(goldId);

  await page.getByRole('button', { name: 'Disassociate' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Disassociate' }).click();
  await expect(page.getByText('QoS spec disassociated.')).toBeVisible();
  await expect(page.getByText('No QoS spec is associated')).toBeVisible();
  await expect.poll(qosOf).toBeNull();
});
