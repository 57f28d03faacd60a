import { expect as baseExpect, test } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, chosenOption, login, pickOption, scenario, uniqueName } from './support/console';

// The machine running these may be busy (two workers, other suites): allow the UI a little longer.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });
import { cinderApi, rowWith, scenarioVolume } from './support/volumes';

const volumesTable = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Volumes' }).getByRole('table');

test.describe('volumes list', () => {
  test('paging, sort and filters live in the URL and survive a reload', async ({ page }) => {
    await login(page, accounts.member, '/volumes');
    const table = volumesTable(page);
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    // Sort by size, ascending.
    await table.getByRole('columnheader', { name: 'Size' }).click();
    await expect(page).toHaveURL(/sort=size%3Aasc|sort=size:asc/);
    // 10 per page, then page 2.
    await pickOption(page, page.getByLabel('Rows per page'), '10 / page');
    await expect(page).toHaveURL(/limit=10/);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible();

    const sizes = async () =>
      (await table.getByRole('row').locator('td:nth-child(4)').allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')));
    const before = await sizes();
    expect(before.length).toBe(10);
    expect([...before].sort((a, b) => a - b)).toEqual(before);

    await page.reload();
    await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(chosenOption(page.getByLabel('Rows per page'))).toHaveText('10 / page');
    await expect(page.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    // Other tests add volumes meanwhile, so the rows may differ — but it is still page 2 of 10, by size.
    const after = await sizes();
    expect(after.length).toBe(10);
    expect([...after].sort((a, b) => a - b)).toEqual(after);

    // A status filter goes back to page 1, lands in the URL and survives a reload.
    await pickOption(page, page.getByRole('combobox', { name: 'Status' }), 'Error');
    await expect(page).toHaveURL(/status=error/);
    await expect(page).not.toHaveURL(/page=2/);
    await page.reload();
    await expect(table.locator('[data-status="error"]').first()).toBeVisible();
    const statuses = await table.getByRole('row').locator('td:nth-child(3) [data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['error']));

    // No match vs. clear filters.
    await page.goto(`/volumes?name=${uniqueName('nothing')}`);
    await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // Filters are gone; the page size chosen above is remembered for this browser.
    await expect(page).toHaveURL(/\/volumes(\?limit=10)?$/);
    await expect(table.getByRole('row').nth(1)).toBeVisible();
  });

  test('a UUID in the name box finds that volume by id, for a member', async ({ page, request }) => {
    await login(page, accounts.member, '/volumes');
    const name = uniqueName('by-id');
    const id = await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    await page.getByRole('searchbox', { name: 'Name or ID' }).fill(id);
    await page.getByRole('searchbox', { name: 'Name or ID' }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`name=${id}`));
    await expect(rowWith(page, name)).toHaveCount(1);
    await cinderApi(page, 'DELETE', `/volumes/${id}`);
  });

  test('members see no admin columns; admins see host, and project with All projects', async ({ page, request, browser }) => {
    const name = uniqueName('other-project');
    await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });

    await login(page, accounts.member, '/volumes');
    const table = volumesTable(page);
    await expect(table.getByRole('columnheader', { name: 'Status' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Project' })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: 'Host' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'All projects' })).toHaveCount(0);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await login(admin, accounts.admin, `/volumes?name=${name}`);
    const adminTable = volumesTable(admin);
    await expect(adminTable.getByRole('columnheader', { name: 'Host' })).toBeVisible();
    // Own project only: no project column, and the demo volume is not there.
    await expect(adminTable.getByRole('columnheader', { name: 'Project' })).toHaveCount(0);
    await expect(admin.getByText('Nothing matches these filters.')).toBeVisible();
    await admin.getByRole('checkbox', { name: 'All projects' }).click();
    await expect(admin).toHaveURL(/all=1/);
    await expect(adminTable.getByRole('columnheader', { name: 'Project' })).toBeVisible();
    const row = rowWith(admin, name);
    await expect(row).toHaveCount(1);
    // The project by name (Keystone's list), not its id.
    await expect(row.getByRole('cell', { name: 'demo', exact: true })).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole('checkbox', { name: 'All projects' })).toBeChecked();
    await expect(rowWith(admin, name)).toHaveCount(1);
    await adminContext.close();
  });

  test('live status: a creating volume turns available without touching the page, then polling stops', async ({ page, request }) => {
    await login(page, accounts.member, '/volumes');
    const name = uniqueName('live');
    const id = await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    // Hold it in "creating" until we let it finish, so a slow machine cannot miss the transitional state.
    await scenario(request, 'volumeStuckIn', { volumeId: id, status: 'creating' });
    const requests: string[] = [];
    const listCalls: string[] = [];
    page.on('request', (r) => {
      if (!r.url().includes('/volumes')) return;
      requests.push(new URL(r.url()).pathname);
      // The filtered list of the page under test (the unfiltered one of the page signed in on may still be in flight).
      const url = new URL(r.url());
      if (url.pathname.endsWith('/volumes/detail') && url.searchParams.get('name') === name) listCalls.push(r.url());
    });
    await page.goto(`/volumes?name=${name}`);
    const row = rowWith(page, name);
    await expect(row.getByText('Creating')).toBeVisible();
    await expect.poll(() => requests.filter((p) => p.endsWith(`/volumes/${id}`)).length).toBeGreaterThan(0);
    await scenario(request, 'setVolumeStatus', { volumeId: id, status: 'available' });
    await expect(row.getByText('Available')).toBeVisible();
    // While it was changing, only that volume was fetched, never the whole list again.
    expect(listCalls, listCalls.join('\n')).toHaveLength(1);
    // Nothing is changing now: no more requests.
    const settled = requests.length;
    await page.waitForTimeout(5_000);
    expect(requests.length).toBe(settled);
    await cinderApi(page, 'DELETE', `/volumes/${id}`);
  });

  test('a deleted volume leaves the list by itself', async ({ page, request }) => {
    const keep = uniqueName('stays');
    const name = uniqueName('goes');
    await scenarioVolume(request, { projectId: SEED.projects.demo, name: keep, size: 1 });
    await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    await login(page, accounts.member, '/volumes');
    await expect(rowWith(page, name)).toBeVisible();
    await rowWith(page, name).getByRole('checkbox', { name: 'Select row' }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('button', { name: 'Delete 1 volume' }).click();
    const results = page.getByRole('dialog', { name: 'Deleting volumes' });
    await expect(results.getByText('1 succeeded, 0 failed.')).toBeVisible();
    await results.getByRole('button', { name: 'Close' }).last().click();
    // The list shows it deleting, then drops it once Cinder answers 404 — no refresh from us.
    await expect(rowWith(page, name)).toHaveCount(0);
    await expect(rowWith(page, keep)).toBeVisible();
  });

  test('a name that looks like HTML is shown as text', async ({ page, request }) => {
    const name = `<img src=x onerror=alert(1)> ${uniqueName('xss')}`;
    await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await login(page, accounts.member, `/volumes?name=${encodeURIComponent(name)}`);
    await expect(page.getByRole('link', { name })).toBeVisible();
    await expect(volumesTable(page).locator('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('an error volume shows the reason from Cinder’s user messages', async ({ page }) => {
    await login(page, accounts.member, '/volumes?name=broken-create');
    const row = rowWith(page, 'broken-create');
    await expect(row.getByText('Error', { exact: true })).toBeVisible();
    await expect(row).toContainText('Could not find any available weighted backend');
  });

  test('bulk delete judges each volume first: an attached one is flagged and not sent; progress shows at once (#20 6)', async ({ page, request }) => {
    test.setTimeout(120_000);
    const free = uniqueName('bulkfree');
    const attached = uniqueName('bulkatt');
    await scenarioVolume(request, { projectId: SEED.projects.demo, name: free, size: 1 });
    const attachedId = await scenarioVolume(request, { projectId: SEED.projects.demo, name: attached, size: 1, attachedTo: [uniqueName('server')] });
    // The results dialog's code arrives slowly (as from a dev server or a slow link): the run must show at once anyway.
    await page.route('**/bulk-results-dialog-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      await route.continue();
    });
    await login(page, accounts.member, '/volumes');
    for (const name of [free, attached]) await rowWith(page, name).getByRole('checkbox', { name: 'Select row' }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();

    const confirm = page.getByRole('dialog', { name: 'Delete 2 volumes?' });
    await expect(confirm.getByRole('list', { name: 'Will be deleted (1)' })).toHaveText(free);
    await expect(confirm).toContainText('1 selected item cannot be deleted now and will not be sent:');
    await expect(confirm.getByRole('list', { name: 'Cannot be deleted now' })).toContainText(`${attached}: The volume is attached to a server.`);
    await confirm.getByRole('button', { name: 'Delete 1 volume' }).click();

    const results = page.getByRole('dialog', { name: 'Deleting volumes' });
    await expect(results.getByRole('status')).toBeVisible({ timeout: 2_000 });
    await expect(results.getByText('1 succeeded, 0 failed.')).toBeVisible();
    await expect(results).not.toContainText(attached);
    await results.getByRole('button', { name: 'Close' }).last().click();
    await expect(rowWith(page, free)).toHaveCount(0);
    // Only the runnable one was sent: the attached volume is untouched.
    expect((await cinderApi<{ volume: { status: string } }>(page, 'GET', `/volumes/${attachedId}`)).body.volume.status).toBe('in-use');
  });

  test('bulk delete reports each outcome and retries the failed one', async ({ page, request }) => {
    await login(page, accounts.member, '/volumes');
    const name = uniqueName('bulk');
    // Two volumes of the same name (Cinder allows it), one of them with a snapshot.
    await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    const withSnapshot = await scenarioVolume(request, { projectId: SEED.projects.demo, name, size: 1 });
    const snap = await cinderApi<{ snapshot: { id: string } }>(page, 'POST', '/snapshots', { snapshot: { volume_id: withSnapshot, name: `${name}-snap` } });
    expect(snap.status).toBe(202);

    await page.goto(`/volumes?name=${name}`);
    await expect(rowWith(page, name)).toHaveCount(2);
    for (const checkbox of await page.getByRole('checkbox', { name: 'Select row' }).all()) await checkbox.check();
    await expect(page.getByText('2 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('button', { name: 'Delete 2 volumes' }).click();

    const results = page.getByRole('dialog', { name: 'Deleting volumes' });
    await expect(results.getByText('1 succeeded, 1 failed.')).toBeVisible();
    await expect(results).toContainText('snapshots');
    await expect(results.getByText('Request ID')).toBeVisible();

    // Remove the obstacle, then retry only the failed one.
    await expect
      .poll(async () => (await cinderApi<{ snapshot: { status: string } }>(page, 'GET', `/snapshots/${snap.body.snapshot.id}`)).body.snapshot.status, { timeout: 20_000 })
      .toBe('available');
    expect((await cinderApi(page, 'DELETE', `/snapshots/${snap.body.snapshot.id}`)).status).toBe(202);
    await expect.poll(async () => (await cinderApi(page, 'GET', `/snapshots/${snap.body.snapshot.id}`)).status, { timeout: 20_000 }).toBe(404);

    await results.getByRole('button', { name: 'Retry the failed one' }).click();
    await expect(results.getByText('2 succeeded, 0 failed.')).toBeVisible();
    await results.getByRole('button', { name: 'Close' }).last().click();
    await expect(rowWith(page, name)).toHaveCount(0, { timeout: 20_000 });
  });

  test('both languages: heading, columns, statuses, relative times and paging', async ({ page }) => {
    await login(page, accounts.member, '/volumes');
    await expect(chosenOption(page.getByLabel('Rows per page'))).toHaveText('20 / page');
    await pickOption(page, page.getByRole('combobox', { name: 'Language' }), '中文');
    await expect(page.getByRole('heading', { name: '云硬盘', exact: true })).toBeVisible();
    await expect(chosenOption(page.getByLabel('每页条数'))).toHaveText('20 条/页');
    const zhTable = page.getByRole('region', { name: '云硬盘' }).getByRole('table');
    await expect(zhTable.getByRole('columnheader', { name: '状态' })).toBeVisible();
    await expect(zhTable.getByText('可用').first()).toBeVisible();
    // Relative times follow too ("… 前").
    await expect(zhTable.locator('time').first()).toContainText('前');
    await pickOption(page, page.getByRole('combobox', { name: '语言' }), 'English');
    await expect(chosenOption(page.getByLabel('Rows per page'))).toHaveText('20 / page');
    await expect(page.getByRole('heading', { name: 'Volumes', exact: true })).toBeVisible();
  });

  test('a 503 from Cinder shows the error state with the request id, then recovers', async ({ page, request }) => {
    // The research project's list only, so other tests' requests are not hit.
    await scenario(request, 'serverError', { status: 503, count: 3, pathPrefix: `/volume/v3/${SEED.projects.research}/volumes/detail` });
    await login(page, { username: 'alice', password: 'alice', project: 'research' }, '/volumes');
    await expect(page.getByText('The list could not be loaded')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Request ID')).toBeVisible();
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(volumesTable(page).getByRole('row').nth(1)).toBeVisible();
  });
});
