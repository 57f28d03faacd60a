import { expect, test } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickOption, scenario, uniqueName } from './support/console';
import { restoreQuota } from './support/volume-cleanup';
import { cinderApi } from './support/volumes';

/**
 * Quotas page and header widget. Other suites fill and restore the demo / research quotas now and
 * then (quotaNearlyFull), so limits are matched by shape, not by value, except where this test set them.
 */

test('a member sees the demo project usage as gauges and one row per volume type', async ({ page }) => {
  await login(page, accounts.member, '/quotas');
  await expect(page.getByRole('heading', { name: 'Quotas', level: 2 })).toBeVisible();
  await expect(page.getByText('Block storage usage of project demo')).toBeVisible();
  // The seed puts 31 volumes and several snapshots in demo: nothing here is zero.
  await expect(page.getByRole('progressbar', { name: /^Volumes: [1-9][\d,]* of [\d,]+ used \(\d+ %\)$/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^Gigabytes: [1-9][\d,]* GiB of [\d,]+ GiB used/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^Snapshots: [1-9][\d,]* of [\d,]+ used/ })).toBeVisible();

  const table = page.getByRole('table');
  for (const type of ['__DEFAULT__', 'standard', 'ssd', 'shared']) await expect(table.getByRole('row', { name: new RegExp(`^${type} `) })).toBeVisible();
  // standard holds demo volumes; per-type limits are unlimited by default.
  await expect(table.getByRole('row', { name: /^standard / }).getByText(/^[1-9]\d* \/ unlimited$/).first()).toBeVisible();
  // Members have no project picker: only their own project.
  await expect(page.getByRole('main').getByRole('combobox', { name: 'Project' })).toHaveCount(0);
});

test('an admin picks another project; its per-type limits show as bars; the choice is in the URL', async ({ page }) => {
  await login(page, accounts.admin, '/quotas');
  await expect(page.getByText('Block storage usage of project admin')).toBeVisible();
  const typeName = uniqueName('quota-type');
  const created = await cinderApi<{ volume_type: { id: string } }>(page, 'POST', '/types', { volume_type: { name: typeName } });
  expect(created.status).toBe(200);
  try {
    const set = await cinderApi(page, 'PUT', `/os-quota-sets/${SEED.projects.research}`, { quota_set: { [`volumes_${typeName}`]: 3, [`gigabytes_${typeName}`]: 100 } });
    expect(set.status).toBe(200);

    await pickOption(page, page.getByRole('main').getByRole('combobox', { name: 'Project' }), 'research');
    await expect(page).toHaveURL(new RegExp(`[?&]project=${SEED.projects.research}`));
    await expect(page.getByText('Block storage usage of project research')).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(`^${typeName} `) });
    await expect(row.getByRole('progressbar', { name: `${typeName} Volumes: 0 of 3` })).toBeVisible();
    await expect(row.getByRole('progressbar', { name: `${typeName} Gigabytes: 0 of 100` })).toBeVisible();
    await expect(row.getByText('0 / 3')).toBeVisible();

    // Only types with a limit or usage: ours (limited) stays, unused unlimited ones go.
    await page.getByLabel('Only types with a limit or usage').click();
    await expect(row).toBeVisible();
    await expect(page.getByRole('row', { name: /^shared / })).toHaveCount(0);

    await page.reload();
    await expect(page.getByText('Block storage usage of project research')).toBeVisible();
    await expect(page.getByRole('main').getByRole('combobox', { name: 'Project' })).toBeVisible();
  } finally {
    await cinderApi(page, 'DELETE', `/types/${created.body.volume_type.id}`);
  }
});

test('the header widget shows GiB used of the limit, links to /quotas and does not poll', async ({ page }) => {
  const quotaCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/os-quota-sets/')) quotaCalls.push(r.url());
  });
  await login(page, accounts.member, '/volumes');
  const widget = page.getByRole('link', { name: /^[\d,]+ \/ [\d,]+ GiB: gigabytes quota, \d+ % used\. Open quotas\.$/ });
  await expect(widget).toBeVisible();
  await expect(widget).toHaveText(/^[\d,]+ \/ [\d,]+ GiB$/);
  const afterLoad = quotaCalls.length;
  expect(afterLoad).toBe(1);
  // Three poll intervals on a page that polls nothing else of quotas: still the one request.
  await page.waitForTimeout(6_500);
  expect(quotaCalls.length).toBe(afterLoad);

  await widget.click();
  await expect(page).toHaveURL(/\/quotas$/);
  await expect(page.getByRole('heading', { name: 'Quotas', level: 2 })).toBeVisible();
});

test('the widget turns to the warning colour above 80 % of the gigabytes quota', async ({ page, request }) => {
  await scenario(request, 'quotaNearlyFull', { projectId: SEED.projects.research });
  try {
    await login(page, { ...accounts.alice, project: 'research' }, '/quotas');
    const widget = page.getByRole('link', { name: /: gigabytes quota, / });
    await expect(widget).toHaveAttribute('data-level', /warning|full/);
    const colour = await widget.evaluate((el) => getComputedStyle(el).color);
    const textColour = await page.getByRole('heading', { name: 'Quotas', level: 2 }).evaluate((el) => getComputedStyle(el).color);
    expect(colour).not.toBe(textColour);
    // The same figure on the page's dial.
    await expect(page.getByRole('progressbar', { name: /^Gigabytes: .* used \((8[1-9]|9\d|100) %\)$/ })).toBeVisible();
  } finally {
    expect(await restoreQuota(request, SEED.projects.research, { volumes: 200, snapshots: 200, gigabytes: 2000 })).toBe(true);
  }
});

test('a failing quota call shows the server message and request id, on the page and in the widget', async ({ page }) => {
  let fail = true;
  await page.route('**/os-quota-sets/**', (route) =>
    fail
      ? route.fulfill({ status: 403, contentType: 'application/json', headers: { 'x-openstack-request-id': 'req-quota-403' }, body: JSON.stringify({ forbidden: { code: 403, message: 'Policy doesn\'t allow volume_extension:quotas:show to be performed.' } }) })
      : route.continue(),
  );
  await login(page, accounts.member, '/quotas');
  await expect(page.getByText("Policy doesn't allow volume_extension:quotas:show to be performed.").first()).toBeVisible();
  await expect(page.getByText('req-quota-403').first()).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Quota unavailable' })).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('progressbar', { name: /^Volumes: / })).toBeVisible();
});

test('in Chinese', async ({ page }) => {
  await login(page, accounts.member, '/quotas');
  await pickOption(page, page.getByLabel('Language'), '中文');
  await expect(page.getByRole('heading', { name: '配额', level: 2 })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^云硬盘：已用 [\d,]+，配额 [\d,]+/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '云硬盘类型' })).toBeVisible();
  await expect(page.getByRole('link', { name: /：容量配额已用/ })).toBeVisible();
});
