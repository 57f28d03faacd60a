import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, adminBlockStorage, login, pickOption, scenario, uniqueName } from './support/console';
import { downloadCsv } from './support/csv';
import { deleteVolumesNamed } from './support/volume-cleanup';

/**
 * Attach and detach through the emulated Nova. Every test makes its own servers and volumes (the emulator
 * is shared, two tests run at once); afterwards the servers go and their attachments are force-detached
 * so the volumes can be deleted.
 */
const volumes = new Set<string>();
const servers = new Set<string>();

test.afterAll(async ({ request }) => {
  for (const serverId of servers) await scenario(request, 'removeServer', { serverId });
  const { base, headers } = await adminBlockStorage(request);
  for (const name of volumes) {
    const list = await request.get(`${base}/volumes/detail`, { headers, params: { all_tenants: 1, name } });
    for (const volume of ((await list.json()) as { volumes: { id: string; attachments: { attachment_id: string }[] }[] }).volumes) {
      for (const a of volume.attachments) await request.post(`${base}/volumes/${volume.id}/action`, { headers, data: { 'os-force_detach': { attachment_id: a.attachment_id } } });
    }
  }
  await deleteVolumesNamed(request, volumes);
});

async function makeServer(request: APIRequestContext, project: 'demo' | 'research' = 'demo') {
  const name = uniqueName('srv');
  const { result } = await scenario(request, 'createServer', { projectId: SEED.projects[project], name });
  servers.add(result.id);
  return { id: result.id, name };
}

async function makeVolume(request: APIRequestContext, options: { attachedTo?: string[] } = {}) {
  const name = uniqueName('att');
  volumes.add(name);
  const { result } = await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size: 1, volumeType: 'standard', attachedTo: options.attachedTo });
  return { id: result.id, name };
}

const heading = (page: Page) => page.getByRole('heading', { level: 2 });

// Each test walks a whole attach or detach through pages that load their chunks on first visit.
test.describe.configure({ timeout: 120_000 });

async function openDetail(page: Page, volume: { id: string; name: string }) {
  await page.goto(`/volumes/${volume.id}`);
  // The detail page's chunks load on first visit: on a loaded machine that alone can take a while.
  await expect(heading(page)).toContainText(volume.name, { timeout: 30_000 });
}

test.describe('member', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.member);
  });

  test('attaches a volume to a server found by name: attaching → in use live, the server named on the Attachments tab', async ({ page, request }) => {
    const server = await makeServer(request);
    const volume = await makeVolume(request);
    await openDetail(page, volume);
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Attach volume ${volume.name}` });
    await dialog.getByLabel('Search servers by name').fill(server.name);
    // The search runs on the server: only the matching server is listed.
    const servers = dialog.getByRole('radiogroup', { name: 'Server' });
    await expect(servers.getByRole('radio')).toHaveCount(1);
    await servers.getByRole('radio', { name: new RegExp(`^${server.name} ACTIVE`) }).check();
    await dialog.getByRole('button', { name: 'Attach' }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(heading(page)).toContainText('In use', { timeout: 30_000 });

    await page.getByRole('tab', { name: 'Attachments (1)' }).click();
    const attachments = page.getByRole('table', { name: 'Attachments (1)' });
    await expect(attachments.getByRole('row', { name: new RegExp(`${server.name}.*ACTIVE.*/dev/vdb`) })).toBeVisible();
  });

  test('detaches after a confirmation that names the server; detaching → available', async ({ page, request }) => {
    const server = await makeServer(request);
    const volume = await makeVolume(request, { attachedTo: [server.id] });
    await openDetail(page, volume);
    await page.getByRole('tab', { name: 'Attachments (1)' }).click();
    await page.getByRole('button', { name: `Detach from ${server.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Detach volume ${volume.name}` });
    // The confirmation names the server once Nova has answered the page's lookup.
    await expect(dialog).toContainText(`Detach volume ${volume.name} from server ${server.name}?`, { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Detach' }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(heading(page)).toContainText('Available', { timeout: 30_000 });
    await expect(page.getByRole('tab', { name: 'Attachments (0)' })).toBeVisible();
  });

  test('names servers in the list, on the detail page and in the CSV export', async ({ page, request }) => {
    const server = await makeServer(request);
    const volume = await makeVolume(request, { attachedTo: [server.id] });
    await page.goto(`/volumes?name=${encodeURIComponent(volume.name)}`);
    const row = page.getByRole('region', { name: 'Volumes' }).getByRole('row', { name: new RegExp(volume.name) });
    await expect(row).toContainText(`${server.name} on /dev/vdb`);

    const { rows } = await downloadCsv(page, 'Export CSV');
    const [header, ...data] = rows;
    const column = header!.indexOf('Attached to');
    expect(data.map((r) => r[column])).toEqual([`${server.name} (${server.id}) /dev/vdb`]);

    await openDetail(page, volume);
    await page.getByRole('tab', { name: 'Attachments (1)' }).click();
    await expect(page.getByRole('table', { name: 'Attachments (1)' })).toContainText(server.name);
    await expect(page.getByRole('table', { name: 'Attachments (1)' })).toContainText(server.id);
  });

  test("cannot pick another project's server, and Nova refuses it too", async ({ page, request }) => {
    const theirs = await makeServer(request, 'research');
    const mine = await makeServer(request);
    const volume = await makeVolume(request);
    await openDetail(page, volume);
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Attach volume ${volume.name}` });
    await dialog.getByLabel('Search servers by name').fill(theirs.name);
    await expect(dialog.getByText('No server matches.')).toBeVisible();
    await dialog.getByLabel('Search servers by name').fill(mine.name);
    await expect(dialog.getByRole('radio', { name: new RegExp(`^${mine.name}`) })).toBeVisible();

    // Straight to Nova with the member's own token: the other project's server does not exist for it.
    const { compute, token } = await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('cinder-console.session') ?? '{}') as { token: string; endpoints: { compute: string } };
      return { compute: session.endpoints.compute, token: session.token };
    });
    const refused = await request.post(`${compute}/servers/${theirs.id}/os-volume_attachments`, {
      headers: { 'X-Auth-Token': token, 'OpenStack-API-Version': 'compute 2.60' },
      data: { volumeAttachment: { volumeId: volume.id } },
    });
    expect(refused.status()).toBe(404);
    expect(await refused.json()).toEqual({ itemNotFound: { code: 404, message: `Instance ${theirs.id} could not be found.` } });
  });

  test('in Chinese: why Attach is disabled, and an attach from the row menu', async ({ page, request }) => {
    const server = await makeServer(request);
    const busy = await makeVolume(request, { attachedTo: [server.id] });
    const free = await makeVolume(request);
    await page.goto('/volumes');
    await pickOption(page, page.getByLabel('Language'), '中文');

    await page.goto(`/volumes?name=${encodeURIComponent(busy.name)}`);
    await page.getByRole('button', { name: `${busy.name} 的更多操作` }).click();
    const attach = page.getByRole('menuitem', { name: '挂载' });
    await expect(attach).toHaveAttribute('aria-disabled', 'true');
    // The disabled item shows its reason under its label (no hover: touch and keyboard users read it too),
    // in the page's language, and carries it as its description.
    const reason = '云硬盘已挂载且不是共享云硬盘：请先卸载，或使用支持多挂载的云硬盘类型。';
    await expect(attach.getByText(reason)).toBeVisible();
    await expect(attach).toHaveAccessibleDescription(reason);
    await page.keyboard.press('Escape');

    await page.goto(`/volumes?name=${encodeURIComponent(free.name)}`);
    await page.getByRole('button', { name: `${free.name} 的更多操作` }).click();
    await page.getByRole('menuitem', { name: '挂载' }).click();
    const dialog = page.getByRole('dialog', { name: `挂载云硬盘 ${free.name}` });
    await dialog.getByLabel('按名称搜索云主机').fill(server.name);
    await dialog.getByRole('radio', { name: new RegExp(`^${server.name}`) }).check();
    await dialog.getByRole('button', { name: /^挂\s?载$/ }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    const row = page.getByRole('region', { name: '云硬盘' }).getByRole('row', { name: new RegExp(free.name) });
    await expect(row).toContainText('使用中', { timeout: 30_000 });
    await expect(row).toContainText(`${server.name} 挂载点 /dev/vdc`);
  });
});
