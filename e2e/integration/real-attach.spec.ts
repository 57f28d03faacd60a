/**
 * Attach and detach against the real cloud's Nova (fake virt driver, servers without networks; see
 * openstack/README.md): the server is booted through Nova's API, the volume made through Cinder's, the
 * attach and detach happen in the UI, and Cinder is asked afterwards. Everything is removed at the end.
 */
import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { accounts, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { heading, realCloud } from './support/ui';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const prefix = uniqueName('itatt');
const COMPUTE = { 'OpenStack-API-Version': 'compute 2.60', Accept: 'application/json' };
const servers: string[] = [];

type Json = Record<string, unknown>;

/** The member's same-origin Nova base (the proxy rewrote the catalog onto /api/compute) and token. */
async function novaSession(request: APIRequestContext) {
  const response = await request.post('/api/identity/v3/auth/tokens', {
    data: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: accounts.member.username, domain: { name: 'Default' }, password: accounts.member.password } } },
        scope: { project: { name: accounts.member.project, domain: { name: 'Default' } } },
      },
    },
  });
  const body = (await response.json()) as { token: { catalog: { type: string; endpoints: { interface: string; url: string }[] }[] } };
  const url = body.token.catalog.find((c) => c.type === 'compute')?.endpoints.find((e) => e.interface === 'public')?.url;
  expect(url, 'the catalog lists compute').toBeTruthy();
  const nova = (url!.startsWith('/') ? url! : new URL(url!).pathname).replace(/\/+$/, '');
  return { nova, headers: { ...COMPUTE, 'X-Auth-Token': response.headers()['x-subject-token']! } };
}

async function bootServer(request: APIRequestContext, name: string): Promise<string> {
  const { nova, headers } = await novaSession(request);
  const flavors = ((await (await request.get(`${nova}/flavors`, { headers })).json()) as { flavors: { id: string; name: string }[] }).flavors;
  const cloud = await Cloud.open(request, accounts.member);
  const images = await request.get(`${cloud.session.glance}/v2/images`, { headers: { 'X-Auth-Token': headers['X-Auth-Token'] }, params: { name: realCloud.image } });
  const image = ((await images.json()) as { images: { id: string }[] }).images[0];
  expect(flavors.length && image, 'a flavor and an image to boot from').toBeTruthy();
  const created = await request.post(`${nova}/servers`, { headers, data: { server: { name, flavorRef: flavors[0]!.id, imageRef: image!.id, networks: 'none' } } });
  expect(created.status(), await created.text()).toBe(202);
  const id = String(((await created.json()) as { server: Json }).server.id);
  servers.push(id);
  await expect
    .poll(async () => ((await (await request.get(`${nova}/servers/${id}`, { headers })).json()) as { server: Json }).server.status, { timeout: 180_000, intervals: [1_000] })
    .toBe('ACTIVE');
  return id;
}

/** The volume's page; its chunks and the real Cinder's answers take a while on a loaded machine. */
async function openVolume(page: Page, id: string, name: string) {
  await page.goto(`/volumes/${id}`);
  await expect(heading(page)).toContainText(name, { timeout: 60_000 });
}

test.afterAll(async ({ request }) => {
  const { nova, headers } = await novaSession(request);
  for (const id of servers) {
    await request.delete(`${nova}/servers/${id}`, { headers });
    await expect.poll(async () => (await request.get(`${nova}/servers/${id}`, { headers })).status(), { timeout: 180_000, intervals: [1_000] }).toBe(404);
  }
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

test('a member attaches a volume to a server in the UI, sees the server by name, detaches it; Cinder agrees', async ({ page, request }) => {
  const serverName = `${prefix}-vm`;
  const serverId = await bootServer(request, serverName);
  const cloud = await Cloud.open(request, accounts.member);
  const volumeName = `${prefix}-vol`;
  const volumeId = await cloud.createVolume(volumeName);

  // Signed in through the form (as support/console's login does), with the real Keystone's time to answer.
  await page.goto('/');
  await page.getByLabel('Username').fill(accounts.member.username);
  await page.getByLabel('Password', { exact: true }).fill(accounts.member.password);
  await page.getByLabel('Project').fill(accounts.member.project);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible({ timeout: 60_000 });
  await openVolume(page, volumeId, volumeName);
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Attach volume ${volumeName}` });
  await dialog.getByLabel('Search servers by name').fill(serverName);
  await dialog.getByRole('radio', { name: new RegExp(`^${serverName} ACTIVE`) }).check();
  await dialog.getByRole('button', { name: 'Attach' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toContainText('In use', { timeout: 90_000 });
  const attached = (await cloud.call('GET', `/volumes/${volumeId}`)).volume as { status: string; attachments: { server_id: string }[] };
  expect(attached.attachments.map((a) => a.server_id)).toEqual([serverId]);

  await page.goto(`/volumes?name=${encodeURIComponent(volumeName)}`);
  await expect(page.getByRole('region', { name: 'Volumes' }).getByRole('row', { name: new RegExp(volumeName) })).toContainText(new RegExp(`${serverName} on /dev/[a-z]+`));

  await openVolume(page, volumeId, volumeName);
  await page.getByRole('tab', { name: 'Attachments (1)' }).click();
  await page.getByRole('button', { name: `Detach from ${serverName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Detach volume ${volumeName}` });
  await expect(confirm).toContainText(`Detach volume ${volumeName} from server ${serverName}?`);
  await confirm.getByRole('button', { name: 'Detach' }).click();
  await expect(heading(page)).toContainText('Available', { timeout: 90_000 });
  const detached = (await cloud.call('GET', `/volumes/${volumeId}`)).volume as { status: string; attachments: unknown[] };
  expect(detached).toMatchObject({ status: 'available', attachments: [] });
});
