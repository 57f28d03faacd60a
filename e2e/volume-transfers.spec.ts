import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickMenuItem, pickOption, scenario } from './support/console';
import { volumeNamesDeletedAfterAll } from './support/volume-cleanup';

// Pages and dialogs load lazily: on a busy 2-core machine that takes longer than the default wait.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

async function makeVolume(request: APIRequestContext, project: 'demo' | 'research' = 'demo') {
  const name = uniqueName('xfer');
  const answer = await scenario(request, 'createVolume', { projectId: SEED.projects[project], name, size: 1, volumeType: 'standard' });
  return { id: answer.result.id, name };
}

async function openDetail(page: Page, id: string, name: string) {
  await page.goto(`/volumes/${id}`);
  await expect(page.getByRole('heading', { level: 2 })).toContainText(name);
}

const moreActions = (page: Page) => page.getByRole('main').getByRole('button', { name: 'More actions' });

test.describe('volume transfers', () => {
  test('transfer with a key, then another project accepts it; the key is in no URL and no storage', async ({ page, browser, request }) => {
    const volume = await makeVolume(request);
    await login(page, accounts.member);
    await openDetail(page, volume.id, volume.name);
    await pickMenuItem(page, moreActions(page), 'Transfer');
    const form = page.getByRole('dialog', { name: `Transfer ${volume.name}` });
    await form.getByLabel('Transfer name').fill('to research');
    await form.getByRole('button', { name: 'Create transfer' }).click();

    const shown = page.getByRole('dialog', { name: `Transfer of ${volume.name} created` });
    await expect(shown.getByRole('alert')).toContainText('shown only this once');
    const transferId = (await shown.getByLabel('Transfer ID', { exact: true }).textContent())!;
    const authKey = (await shown.getByLabel('Authorization key', { exact: true }).textContent())!;
    expect(authKey).toMatch(/^[0-9a-f]{16}$/);
    await expect(shown.getByRole('button', { name: 'Copy the authorization key' })).toBeVisible();
    expect(page.url()).not.toContain(authKey);
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
    expect(stored).toContain(volume.id); // the activity center did record the transfer…
    expect(stored).not.toContain(authKey); // …but not its key
    await shown.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(page.getByRole('main').getByText('Awaiting transfer').first()).toBeVisible();

    // Someone in another project accepts it with the id and key.
    const other = await browser.newContext();
    const recipient = await other.newPage();
    await login(recipient, { ...accounts.alice, project: 'research' }, '/volumes');
    await recipient.getByRole('button', { name: 'Accept transfer' }).click();
    const accept = recipient.getByRole('dialog', { name: 'Accept a volume transfer' });
    await accept.getByLabel('Transfer ID').fill(transferId);
    await accept.getByLabel('Authorization key').fill(authKey);
    await accept.getByRole('button', { name: 'Accept' }).click();
    await expect(recipient).toHaveURL(new RegExp(`/volumes/${volume.id}$`));
    await expect(recipient.getByRole('heading', { level: 2 })).toContainText(volume.name);
    await expect(recipient.getByRole('main').getByText(SEED.projects.research)).toBeVisible();
    expect(recipient.url()).not.toContain(authKey);
    await other.close();

    // Gone from the donor.
    await page.reload();
    await expect(page.getByText(`There is no volume ${volume.id} in this project`)).toBeVisible();
  });

  test('a wrong key is refused with Cinder\u2019s message and the input kept; cancel from the Transfers list', async ({ page, request }) => {
    const volume = await makeVolume(request);
    await login(page, accounts.member);
    await openDetail(page, volume.id, volume.name);
    await pickMenuItem(page, moreActions(page), 'Transfer');
    await page.getByRole('dialog', { name: `Transfer ${volume.name}` }).getByRole('button', { name: 'Create transfer' }).click();
    const shown = page.getByRole('dialog', { name: `Transfer of ${volume.name} created` });
    const transferId = (await shown.getByLabel('Transfer ID', { exact: true }).textContent())!;
    await shown.getByRole('button', { name: 'I have copied the key' }).click();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Volumes' }).click();
    await page.getByRole('button', { name: 'Accept transfer' }).click();
    const accept = page.getByRole('dialog', { name: 'Accept a volume transfer' });
    await accept.getByLabel('Transfer ID').fill(transferId);
    await accept.getByLabel('Authorization key').fill('0000000000000000');
    await accept.getByRole('button', { name: 'Accept' }).click();
    await expect(accept.getByText(`Invalid auth key: Attempt to transfer ${transferId} with invalid auth key.`)).toBeVisible();
    await expect(accept.getByLabel('Transfer ID')).toHaveValue(transferId);
    await accept.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('link', { name: 'Transfers' }).click();
    const table = page.getByRole('table', { name: 'Pending transfers' });
    const row = table.getByRole('row').filter({ hasText: volume.name });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: /^Cancel transfer/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel transfer' }).click();
    await expect(row).toBeHidden();
    await openDetail(page, volume.id, volume.name);
    await expect(page.getByRole('main').getByText('Available').first()).toBeVisible();
  });

  test('alice moves a volume from demo to research: no key shown or typed, it opens in research', async ({ page, request }) => {
    const volume = await makeVolume(request);
    await login(page, { ...accounts.alice, project: 'demo' });
    await openDetail(page, volume.id, volume.name);
    await pickMenuItem(page, moreActions(page), 'Move to another of my projects');
    const dialog = page.getByRole('dialog', { name: `Move ${volume.name} to another of my projects` });
    await pickOption(page, dialog.getByLabel('Target project'), 'research');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect(page).toHaveURL(new RegExp(`/volumes/${volume.id}$`));
    await expect(page.getByRole('banner').getByLabel('Project')).toHaveValue(SEED.projects.research);
    await expect(page.getByRole('main').getByText(SEED.projects.research)).toBeVisible();
    await expect(page.getByRole('main').getByText('Available').first()).toBeVisible();
    await expect(page.getByText('Authorization key')).toHaveCount(0);
  });
});
