/**
 * The pages that read the cloud as a whole, against the real Cinder: quotas (page + header widget, member
 * and admin), the storage map (pools from the real scheduler-stats/get_pools, types per backend, QoS on
 * them) and the activity center (operations followed to their end, with the statuses seen on the way).
 * Expected figures are read from the same real API right before they are checked.
 * Resources are this file's own (unique prefix) and removed after each test.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { chooseIn, option, realCloud } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const prefix = uniqueName('itins');
const name = (part: string) => `${prefix}-${part}`;

test.afterEach(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });
const num = (n: number) => n.toLocaleString('en-US');
const percent = (used: number, limit: number) => Math.min(100, Math.round((used / limit) * 100));
type Entry = { limit: number; in_use: number; reserved: number };
const used = (entry: Entry) => Math.max(0, entry.in_use) + Math.max(0, entry.reserved);

/** The three project gauges, as the quota API of the real cloud says they should read. */
async function expectGauges(page: Page, quota: Record<string, Entry>) {
  const volumes = quota.volumes!;
  const gigabytes = quota.gigabytes!;
  const snapshots = quota.snapshots!;
  await expect(page.getByRole('progressbar', { name: `Volumes: ${num(used(volumes))} of ${num(volumes.limit)} used (${percent(used(volumes), volumes.limit)} %)` })).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: `Gigabytes: ${num(used(gigabytes))} GiB of ${num(gigabytes.limit)} GiB used (${percent(used(gigabytes), gigabytes.limit)} %)` }),
  ).toBeVisible();
  await expect(page.getByRole('progressbar', { name: `Snapshots: ${num(used(snapshots))} of ${num(snapshots.limit)} used (${percent(used(snapshots), snapshots.limit)} %)` })).toBeVisible();
}

test.describe('quotas', () => {
  test('a member sees the project usage the real quota API reports, per type too, and the header widget agrees', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.member);
    const hddId = await cloud.createVolume(name('q-hdd'), 2, { volume_type: realCloud.typeA });
    await cloud.createVolume(name('q-ssd'), 3, { volume_type: realCloud.typeB });
    await cloud.createSnapshot(hddId, name('q-snap'));
    const quota = await cloud.quotaUsage();
    // Our own usage is in the figures (at least: other projects' tests do not touch demo's quota while this file runs).
    expect(used(quota.volumes!)).toBeGreaterThanOrEqual(2);
    expect(used(quota[`gigabytes_${realCloud.typeB}`]!)).toBeGreaterThanOrEqual(3);

    await login(page, accounts.member);
    const gigabytes = quota.gigabytes!;
    // The header widget: the figures as text, the share in its accessible name.
    const widget = page.getByRole('banner').getByRole('link', { name: /quota/i });
    await expect(widget).toHaveText(`${num(used(gigabytes))} / ${num(gigabytes.limit)} GiB`);
    await expect(widget).toHaveAccessibleName(new RegExp(`\\b${percent(used(gigabytes), gigabytes.limit)} %`));
    await widget.click();
    await expect(page).toHaveURL(/\/quotas$/);
    await expect(page.getByRole('heading', { name: 'Quotas', level: 2 })).toBeVisible();
    await expect(page.getByText('Block storage usage of project demo')).toBeVisible();
    await expectGauges(page, quota);

    // One row per volume type of the cloud, from the volumes_<type> / gigabytes_<type> keys.
    const table = page.getByRole('table');
    for (const type of ['__DEFAULT__', realCloud.typeA, realCloud.typeB]) await expect(table.getByRole('row', { name: new RegExp(`^${type} `) })).toBeVisible();
    const ssdRow = table.getByRole('row', { name: new RegExp(`^${realCloud.typeB} `) });
    const ssdGigabytes = quota[`gigabytes_${realCloud.typeB}`]!;
    // Per-type limits are unlimited (-1) on this cloud.
    expect(ssdGigabytes.limit).toBe(-1);
    await expect(ssdRow.getByText(`${num(used(ssdGigabytes))} / unlimited`)).toBeVisible();
    // Members have no project picker: only their own project.
    await expect(page.getByRole('main').getByRole('combobox', { name: 'Project' })).toHaveCount(0);

    // A new volume moves the figures; Refresh shows it.
    await cloud.createVolume(name('q-more'), 1);
    const after = await cloud.quotaUsage();
    expect(used(after.volumes!)).toBe(used(quota.volumes!) + 1);
    await page.getByRole('main').getByRole('button', { name: 'Refresh' }).click();
    await expectGauges(page, after);
  });

  test('an admin picks the demo project in the quotas page; the choice is kept in the URL', async ({ page, request }) => {
    const member = await Cloud.open(request, accounts.member);
    await member.createVolume(name('q-admin'), 1);
    const quota = await member.quotaUsage();
    await login(page, accounts.admin);
    await nav(page).getByRole('link', { name: 'Quotas' }).click();
    await expect(page.getByText('Block storage usage of project admin')).toBeVisible();
    await page.getByRole('main').getByRole('combobox', { name: 'Project' }).click();
    await option(page, 'demo').click();
    await expect(page).toHaveURL(new RegExp(`[?&]project=${member.session.projectId}`));
    await expect(page.getByText('Block storage usage of project demo')).toBeVisible();
    await expectGauges(page, quota);
    await page.reload();
    await expect(page.getByText('Block storage usage of project demo')).toBeVisible();
    await expectGauges(page, quota);
  });
});

test.describe('storage map', () => {
  const backend = (page: Page, backendName: string) => page.getByRole('region', { name: `Backend ${backendName}`, exact: true });

  test('admin sees the real pools, the cloud’s types below their backend, a QoS spec on a type, and types without a backend', async ({ page, request }) => {
    const admin = await Cloud.open(request, accounts.admin);
    const pools = ((await admin.call('GET', '/scheduler-stats/get_pools?detail=true')).pools as { name: string; capabilities: { total_capacity_gb: number; volume_backend_name: string } }[]).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(pools.map((p) => p.name)).toEqual([realCloud.poolA, realCloud.poolB]);
    // A type on the ssd backend with a QoS spec, and one aimed at a backend no pool reports.
    const qos = name('mapqos');
    const qosId = await admin.createQos(qos, { consumer: 'back-end', total_iops_sec: '400' });
    const mapType = name('maptype');
    const mapTypeId = await admin.createType(mapType, { volume_backend_name: realCloud.typeB });
    await admin.call('GET', `/qos-specs/${qosId}/associate?vol_type_id=${mapTypeId}`, undefined, [202]);
    const ghostBackend = name('nowhere');
    const ghost = name('ghosttype');
    await admin.createType(ghost, { volume_backend_name: ghostBackend });

    await login(page, accounts.admin);
    await nav(page).getByRole('link', { name: 'Storage map' }).click();
    await expect(page.getByRole('heading', { name: 'Storage map', level: 2 })).toBeVisible();

    for (const pool of pools) {
      const region = backend(page, pool.capabilities.volume_backend_name);
      await expect(region.getByRole('group', { name: new RegExp(`^Pool ${pool.name.replace(/[#@]/g, '\\$&')}: .* free of ${num(pool.capabilities.total_capacity_gb)} GiB`) })).toBeVisible();
    }
    const hdd = backend(page, realCloud.typeA);
    const ssd = backend(page, realCloud.typeB);
    // up.sh's types target their backend by volume_backend_name; a type is drawn under exactly one backend.
    await expect(hdd.getByRole('link', { name: `Volume type ${realCloud.typeA}` })).toBeVisible();
    await expect(ssd.getByRole('link', { name: `Volume type ${realCloud.typeB}` })).toBeVisible();
    await expect(hdd.getByRole('link', { name: `Volume type ${realCloud.typeB}` })).toHaveCount(0);
    await expect(ssd.getByRole('link', { name: `Volume type ${mapType}` })).toBeVisible();
    await expect(ssd.getByRole('link', { name: `QoS spec ${qos}` })).toBeVisible();
    const any = page.getByRole('region', { name: 'Any backend' });
    await expect(any.getByRole('link', { name: 'Volume type __DEFAULT__' })).toBeVisible();
    const lane = page.getByRole('region', { name: `Backend ${ghostBackend} (not reported)` });
    await expect(lane.getByText('No pool reports this backend')).toBeVisible();
    await expect(lane.getByRole('link', { name: `Volume type ${ghost}` })).toBeVisible();
    const total = pools.reduce((sum, p) => sum + p.capabilities.total_capacity_gb, 0);
    await expect(page.getByRole('figure', { name: /Storage map: backends, pools/ })).toHaveAccessibleDescription(
      new RegExp(`^Backends: 2, pools: 2, free: [\\d,.]+ GiB of ${num(total)} GiB\\. Volume types: \\d+ — .*targeting a backend no pool reports: [1-9]\\d*\\.$`),
    );

    // The links lead to the QoS spec and the type.
    await ssd.getByRole('link', { name: `QoS spec ${qos}` }).click();
    await expect(page).toHaveURL(new RegExp(`/qos-specs/${qosId}$`));
    await expect(page.getByRole('heading', { name: qos })).toBeVisible();
    await page.goBack();
    await backend(page, realCloud.typeB).getByRole('link', { name: `Volume type ${mapType}` }).click();
    await expect(page).toHaveURL(new RegExp(`/volume-types/${mapTypeId}$`));
    await expect(page.getByRole('heading', { name: mapType })).toBeVisible();
  });

  test('a member has no storage map entry and gets the needs-admin page from the URL', async ({ page }) => {
    await login(page, accounts.member);
    await expect(nav(page).getByRole('link', { name: 'Storage map' })).toHaveCount(0);
    await page.goto('/storage-map');
    await expect(page.getByText('Administrators only')).toBeVisible();
  });
});

test.describe('activity center', () => {
  const activityButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Activity/ });
  const drawerItem = (page: Page, label: string) => page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: label });

  async function rowAction(page: Page, volume: string, action: string) {
    await page.goto(`/volumes?name=${encodeURIComponent(volume)}`);
    await page.getByRole('button', { name: `More actions for ${volume}` }).click();
    await page.getByRole('menuitem', { name: action }).click();
  }

  test('follows an extend and a change of type with migration to their end, with who, request id and the statuses seen', async ({ page, request }) => {
    const cloud = await Cloud.open(request, accounts.member);
    const volume = name('act');
    const id = await cloud.createVolume(volume, 1, { volume_type: realCloud.typeA });
    await login(page, accounts.member);
    await expect(activityButton(page)).toHaveAccessibleName('Activity');

    await rowAction(page, volume, 'Extend');
    const extend = page.getByRole('dialog', { name: `Extend volume ${volume}` });
    await extend.getByLabel('New size (GiB)').fill('2');
    await extend.getByRole('button', { name: 'Extend' }).click();
    await expect(extend).toBeHidden();
    // Leave the list: the activity center keeps following on its own and announces the end.
    await nav(page).getByRole('link', { name: 'Snapshots' }).click();
    const extendDone = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: `Extend volume ${volume}: done` });
    await expect(extendDone.first()).toBeVisible();
    await expect(activityButton(page)).toHaveAccessibleName('Activity');
    await expect.poll(async () => (await cloud.volume(id))?.size).toBe(2);

    // A change of type that moves the volume to the other backend: Cinder keeps it "retyping" for a few seconds.
    await rowAction(page, volume, 'Change type');
    const retype = page.getByRole('dialog', { name: `Change type of volume ${volume}` });
    await chooseIn(page, retype, retype.getByLabel('New volume type'), realCloud.typeB);
    await retype.getByText('Migrate when needed').click();
    await retype.getByRole('button', { name: 'Change type' }).click();
    await expect(retype).toBeHidden();
    await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: `Change type of volume ${volume}: done` }).first()).toBeVisible({ timeout: 60_000 });
    await expect.poll(async () => (await cloud.volume(id))?.volume_type).toBe(realCloud.typeB);

    await activityButton(page).click();
    const extendItem = drawerItem(page, `Extend volume ${volume}`);
    await expect(extendItem.getByText('Done', { exact: true })).toBeVisible();
    await expect(extendItem).toContainText('demo in demo');
    await expect(extendItem).toContainText(/req-[0-9a-f-]{36}/);
    // Real extend takes a fraction of a second: "extending" may be over before anyone looks; the end state is always seen.
    await expect(extendItem.getByRole('region', { name: 'Status timeline' }).getByText('available', { exact: true })).toBeVisible();

    const retypeItem = drawerItem(page, `Change type of volume ${volume}`);
    await expect(retypeItem.getByText('Done', { exact: true })).toBeVisible();
    const timeline = retypeItem.getByRole('region', { name: 'Status timeline' });
    await expect(timeline.getByText('retyping', { exact: true })).toBeVisible();
    await expect(timeline.getByText('available', { exact: true })).toBeVisible();

    // Kept for the session: still there after a reload, linking to the volume.
    await page.reload();
    await activityButton(page).click();
    await expect(drawerItem(page, `Extend volume ${volume}`)).toBeVisible();
    await drawerItem(page, `Change type of volume ${volume}`).getByRole('link', { name: `Open ${volume}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/volumes/${id}$`));
  });

  test('a create that real Cinder cannot schedule is followed to "failed" with Cinder’s user message, also in the Messages tab', async ({ page, request }) => {
    // A public type aimed at a backend no pool reports: the API accepts the create (202), the scheduler fails it.
    const admin = await Cloud.open(request, accounts.admin);
    const type = name('noback');
    await admin.createType(type, { volume_backend_name: name('nobackend') });
    const cloud = await Cloud.open(request, accounts.member);
    const volume = name('unplaced');

    await login(page, accounts.member);
    await page.getByRole('button', { name: 'Create volume' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create volume' });
    await dialog.getByLabel(/^Name\b/).fill(volume);
    await dialog.getByLabel(/^Size \(GiB\)/).fill('1');
    await dialog.getByRole('combobox', { name: /^Volume type/ }).click();
    await option(page, type).click();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    await nav(page).getByRole('link', { name: 'Quotas' }).click();

    const notice = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: `Create volume ${volume}: failed` }).first();
    await expect(notice).toBeVisible({ timeout: 60_000 });
    const message = (await cloud.call('GET', `/messages?resource_uuid=${String((await cloud.volumeByName(volume))!.id)}`)).messages as { user_message: string }[];
    expect(message.length).toBeGreaterThan(0);
    const userMessage = message[0]!.user_message;
    expect(userMessage).toMatch(/backend/i);
    await expect(notice).toContainText(userMessage);

    await activityButton(page).click();
    const item = drawerItem(page, `Create volume ${volume}`);
    await expect(item.getByText('Failed', { exact: true })).toBeVisible();
    await expect(item.getByRole('region', { name: 'Status timeline' }).getByText('error', { exact: true })).toBeVisible();
    await expect(item).toContainText(userMessage);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Activity' })).toBeHidden();
    // A failure stays on screen until dismissed; its link opens the volume.
    await notice.getByRole('link', { name: `Open ${volume}` }).click();

    await expect(page.getByRole('heading', { level: 2 })).toContainText('Error');
    await page.getByRole('tab', { name: 'Messages' }).click();
    const messages = page.getByRole('table', { name: 'Messages' });
    await expect(messages.getByRole('row', { name: new RegExp(userMessage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toContainText('ERROR');
    await expect(messages).toContainText(/req-[0-9a-f-]{36}/);
  });
});
