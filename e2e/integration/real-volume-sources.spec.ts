/**
 * Volume sources the create dialog offers, against the real Cinder + Glance: a Nova VM-snapshot image
 * (no Nova here: the image is made the way Nova makes it, through Glance's API), a snapshot, and a copy
 * of a volume (clone, from the row menu). Resources are this file's own (unique prefix) and removed after each test.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { accounts, login, uniqueName } from '../support/console';
import { Cloud } from './support/cloud';
import { heading, option } from './support/ui';

// A real cloud on a busy 2-core machine is slower than the emulator: wider waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const prefix = uniqueName('itsrc');
const name = (part: string) => `${prefix}-${part}`;

// The demo project's quota is 10 volumes: leave nothing behind between tests.
test.afterEach(async ({ request }) => {
  await (await Cloud.open(request, accounts.admin)).removeAll(prefix);
});

async function openCreate(page: Page, source: string) {
  await page.getByRole('button', { name: 'Create volume' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create volume' });
  // The radio input itself is visually hidden: click its visible label like a person.
  await dialog.getByText(source, { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: source, exact: true })).toBeChecked();
  return dialog;
}

test('member creates a volume from a VM-snapshot image: Cinder builds it from the image’s boot snapshot', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  // The "server's" boot volume, 2 GiB of type ssd, and its snapshot, as Nova would have taken it.
  const bootId = await cloud.createVolume(name('boot'), 2, { volume_type: 'ssd' });
  const snapshotId = await cloud.createSnapshot(bootId, name('bootsnap'));
  const image = name('vmimage');
  const imageId = await cloud.createVmSnapshotImage(image, snapshotId, 2);

  await login(page, accounts.member);
  const dialog = await openCreate(page, 'VM snapshot');
  await dialog.getByRole('combobox', { name: 'VM snapshot image' }).click();
  // Only images with a boot snapshot mapping are offered here; the cloud's ordinary image is not.
  await expect(option(page, image)).toBeVisible();
  await expect(option(page, /cirros-like-test/)).toHaveCount(0);
  await option(page, image).click();
  // The size follows the mapping's volume_size; smaller is refused before sending.
  await expect(dialog.getByText('The VM snapshot needs at least 2 GiB.')).toBeVisible();
  await expect(dialog.getByLabel(/^Size \(GiB\)/)).toHaveValue('2');
  await dialog.getByLabel(/^Size \(GiB\)/).fill('1');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByText('The size must be at least 2 GiB.')).toBeVisible();
  await dialog.getByLabel(/^Size \(GiB\)/).fill('3');
  const volume = name('fromvm');
  await dialog.getByLabel(/^Name\b/).fill(volume);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Volume ${volume} is being created.`)).toBeVisible();

  // Real Cinder took the snapshot path (3.46): the volume records the snapshot, not an image download.
  await expect.poll(async () => (await cloud.volumeByName(volume))?.status, { timeout: 90_000 }).toBe('available');
  const created = (await cloud.volumeByName(volume))!;
  expect(created.snapshot_id).toBe(snapshotId);
  expect(created.size).toBe(3);
  expect(created.volume_type).toBe('ssd');
  expect(created.volume_image_metadata ?? null).toBeNull();

  await page.goto(`/volumes/${String(created.id)}`);
  await expect(heading(page)).toContainText(volume);
  await expect(heading(page)).toContainText('Available');
  await expect(page.getByRole('row', { name: /^Type ssd\b/ })).toBeVisible();
  // The overview names the snapshot it came from and links to it.
  await expect(page.getByRole('main').getByRole('link', { name: snapshotId })).toHaveAttribute('href', `/snapshots/${snapshotId}`);
  await cloud.deleteImage(imageId);
});

test('member creates a volume from a snapshot and copies a volume (clone) in the create dialog', async ({ page, request }) => {
  const cloud = await Cloud.open(request, accounts.member);
  const sourceId = await cloud.createVolume(name('orig'), 1, { volume_type: 'hdd' });
  const snapshot = name('origsnap');
  const snapshotId = await cloud.createSnapshot(sourceId, snapshot);

  await login(page, accounts.member);
  const dialog = await openCreate(page, 'Snapshot');
  await dialog.getByRole('combobox', { name: 'Snapshot' }).click();
  await option(page, new RegExp(`^${snapshot} · 1 GiB`)).click();
  await expect(dialog.getByText("At least the snapshot's 1 GiB.")).toBeVisible();
  const fromSnapshot = name('fromsnap');
  await dialog.getByLabel(/^Name\b/).fill(fromSnapshot);
  await dialog.getByLabel(/^Size \(GiB\)/).fill('2');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await cloud.volumeByName(fromSnapshot))?.status, { timeout: 90_000 }).toBe('available');
  expect((await cloud.volumeByName(fromSnapshot))?.snapshot_id).toBe(snapshotId);
  expect((await cloud.volumeByName(fromSnapshot))?.volume_type).toBe('hdd');

  // Clone from the source's row menu: the dialog opens on "Volume" with the source chosen.
  const original = name('orig');
  await page.goto(`/volumes?name=${original}`);
  await page.getByRole('button', { name: `More actions for ${original}` }).click();
  await page.getByRole('menuitem', { name: 'Create volume from this' }).click();
  const clone = page.getByRole('dialog', { name: 'Create volume' });
  await expect(clone.getByRole('radio', { name: 'Volume', exact: true })).toBeChecked();
  await expect(clone.getByText(`${original} · 1 GiB`, { exact: false })).toBeVisible();
  const copy = name('copy');
  await clone.getByLabel(/^Name\b/).fill(copy);
  await clone.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(clone).toBeHidden();
  await expect.poll(async () => (await cloud.volumeByName(copy))?.status, { timeout: 90_000 }).toBe('available');
  expect((await cloud.volumeByName(copy))?.source_volid).toBe(sourceId);
  // The copy keeps the source's type when no other is picked.
  expect((await cloud.volumeByName(copy))?.volume_type).toBe('hdd');
});
