import { expect, test, type Page } from '@playwright/test';
import { accounts, login, pickOption, uniqueName } from './support/console';
import { cinderApi } from './support/volumes';

/** Storage map (admin): the emulator's seed has pools hdd and ssd, types standard→hdd, ssd→ssd (QoS gold-iops), shared and __DEFAULT__ on any backend. */

const backend = (page: Page, name: string) => page.getByRole('region', { name: `Backend ${name}`, exact: true });

test('admin sees pools with capacity, types below their backend, QoS badges and the any-backend lane', async ({ page }) => {
  await login(page, accounts.admin, '/storage-map');
  await expect(page.getByRole('heading', { name: 'Storage map', level: 2 })).toBeVisible();

  const hdd = backend(page, 'hdd');
  const ssd = backend(page, 'ssd');
  await expect(hdd.getByRole('group', { name: /^Pool cinder@lvm-hdd#hdd: .* free of 1,000 GiB/ })).toBeVisible();
  await expect(ssd.getByRole('group', { name: /^Pool cinder@lvm-ssd#ssd: .* free of 500 GiB/ })).toBeVisible();
  await expect(hdd.getByRole('link', { name: 'Volume type standard' })).toBeVisible();
  await expect(ssd.getByRole('link', { name: 'Volume type ssd' })).toBeVisible();
  await expect(ssd.getByRole('link', { name: 'QoS spec gold-iops' })).toBeVisible();
  // Types target exactly one place.
  await expect(hdd.getByRole('link', { name: 'Volume type ssd' })).toHaveCount(0);

  const any = page.getByRole('region', { name: 'Any backend' });
  await expect(any.getByRole('link', { name: 'Volume type shared' })).toBeVisible();
  await expect(any.getByRole('link', { name: 'Volume type __DEFAULT__' })).toBeVisible();
  await expect(any.getByText('may place their volumes on any backend')).toBeVisible();

  // The text alternative: the figure is described by the summary.
  const figure = page.getByRole('figure', { name: /Storage map: backends, pools/ });
  await expect(figure).toHaveAccessibleDescription(/^Backends: 2, pools: 2, free: [\d,.]+ GiB of 1,500 GiB\. Volume types: \d+ — .*scheduled to any backend: [1-9]\d*, /);

  await ssd.getByRole('link', { name: 'QoS spec gold-iops' }).click();
  await expect(page).toHaveURL(/\/qos-specs\/[^/]+$/);
  await expect(page.getByRole('heading', { name: /gold-iops/ })).toBeVisible();

  await page.goBack();
  await backend(page, 'hdd').getByRole('link', { name: 'Volume type standard' }).click();
  await expect(page).toHaveURL(/\/volume-types\/[^/]+$/);
  await expect(page.getByRole('heading', { name: /standard/ })).toBeVisible();
});

test('a type pointing at a backend no pool reports gets its own warning lane; an untargeted one lands on any backend', async ({ page }) => {
  await login(page, accounts.admin, '/storage-map');
  await expect(backend(page, 'hdd')).toBeVisible();
  const ghostBackend = uniqueName('ghost');
  const ghost = await cinderApi<{ volume_type: { id: string } }>(page, 'POST', '/types', {
    volume_type: { name: uniqueName('map-ghost'), extra_specs: { volume_backend_name: ghostBackend } },
  });
  const loose = await cinderApi<{ volume_type: { id: string; name: string } }>(page, 'POST', '/types', { volume_type: { name: uniqueName('map-loose') } });
  expect(ghost.status).toBe(200);
  expect(loose.status).toBe(200);
  try {
    await page.getByRole('button', { name: 'Refresh' }).click();
    const lane = page.getByRole('region', { name: `Backend ${ghostBackend} (not reported)` });
    await expect(lane).toBeVisible();
    await expect(lane.getByText('No pool reports this backend')).toBeVisible();
    await expect(lane.getByRole('link', { name: /^Volume type map-ghost-/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Any backend' }).getByRole('link', { name: `Volume type ${loose.body.volume_type.name}` })).toBeVisible();
    await expect(page.getByRole('figure')).toHaveAccessibleDescription(/targeting a backend no pool reports: [1-9]\d*\.$/);
  } finally {
    await cinderApi(page, 'DELETE', `/types/${ghost.body.volume_type.id}`);
    await cinderApi(page, 'DELETE', `/types/${loose.body.volume_type.id}`);
  }
});

test('a failing pool list shows the server message and a retry', async ({ page }) => {
  await login(page, accounts.admin, '/volumes');
  await page.route('**/scheduler-stats/get_pools**', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', headers: { 'x-openstack-request-id': 'req-map-503' }, body: JSON.stringify({ serviceUnavailable: { code: 503, message: 'Scheduler is resting' } }) }),
  );
  await page.getByRole('link', { name: 'Storage map' }).click();
  await expect(page.getByText('Scheduler is resting').first()).toBeVisible();
  await expect(page.getByText('req-map-503')).toBeVisible();
  await page.unroute('**/scheduler-stats/get_pools**');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(backend(page, 'hdd')).toBeVisible();
});

test('no pools reported: an empty state, and every targeted type is flagged as not reported', async ({ page }) => {
  await page.route('**/scheduler-stats/get_pools**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ pools: [] }) }));
  await login(page, accounts.admin, '/storage-map');
  await expect(page.getByText('No pools reported')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Backend hdd (not reported)' }).getByRole('link', { name: 'Volume type standard' })).toBeVisible();
  await expect(page.getByRole('figure')).toHaveAccessibleDescription(/^Backends: 0, pools: 0, /);
  await expect(page.getByRole('region', { name: 'Any backend' })).toBeVisible();
});

test('members get "needs admin" and no navigation entry', async ({ page }) => {
  await login(page, accounts.member, '/storage-map');
  await expect(page.getByText('Administrators only')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Storage map' })).toHaveCount(0);
});

test('in Chinese', async ({ page }) => {
  await login(page, accounts.admin, '/storage-map');
  await pickOption(page, page.getByLabel('Language'), '中文');
  await expect(page.getByRole('heading', { name: '存储拓扑', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: '后端存储 hdd', exact: true }).getByRole('link', { name: '云硬盘类型 standard' })).toBeVisible();
  await expect(page.getByRole('region', { name: '后端存储 ssd', exact: true }).getByRole('link', { name: 'QoS规则 gold-iops' })).toBeVisible();
  await expect(page.getByRole('region', { name: '任意后端' }).getByText('调度器可将其云硬盘放到任一后端存储')).toBeVisible();
});
