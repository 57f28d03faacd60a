import { expect, test, type APIRequestContext } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, pickOption, scenario } from './support/console';
import { downloadCsv } from './support/csv';
import { volumeNamesDeletedAfterAll } from './support/volume-cleanup';

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

async function makeVolume(request: APIRequestContext, name: string, size: number) {
  const answer = await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size, volumeType: 'standard' });
  return answer.result.id;
}

test.describe('CSV export', () => {
  test('volumes: only the filtered rows, the visible columns, English headers', async ({ page, request }) => {
    await login(page, accounts.member);
    // Cinder names need not be unique: three volumes share the filtered name, a fourth does not match.
    const name = uniqueName('csv');
    const other = uniqueName('csv-other');
    const ids = [await makeVolume(request, name, 1), await makeVolume(request, name, 2), await makeVolume(request, name, 3)];
    await makeVolume(request, other, 1);

    await page.goto(`/volumes?name=${encodeURIComponent(name)}&limit=10`);
    const table = page.getByRole('region', { name: 'Volumes' }).getByRole('table');
    await expect(table.getByRole('row').filter({ hasText: name })).toHaveCount(3);
    // Hide a column the way a person does; the export follows the table.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Availability zone' }).uncheck();
    await page.keyboard.press('Escape');

    const { fileName, text, rows } = await downloadCsv(page, 'Export CSV');
    expect(fileName).toMatch(/^volumes-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...data] = rows;
    expect(header).toEqual(['Name', 'ID', 'Status', 'Size (GiB)', 'Type', 'Bootable', 'Attached to', 'Created']);
    expect(data).toHaveLength(3);
    expect(data.map((r) => r[1]).sort()).toEqual([...ids].sort());
    expect(new Set(data.map((r) => r[0]))).toEqual(new Set([name]));
    expect(data.map((r) => r[3]).sort()).toEqual(['1', '2', '3']);
    expect(new Set(data.map((r) => r[2]))).toEqual(new Set(['Available']));
    expect(text).not.toContain(other);
  });

  test('snapshots: the filtered volume’s snapshots only, Chinese headers', async ({ page, request }) => {
    await login(page, accounts.member);
    const volumeName = uniqueName('csv-snap');
    const volumeId = await makeVolume(request, volumeName, 1);
    const otherVolume = await makeVolume(request, uniqueName('csv-snap-other'), 1);
    // Snapshots made straight through the API as the signed-in member (creating them in the UI is the snapshots spec's job).
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('cinder-console.session') ?? '{}').token as string);
    const cinder = `/api/block-storage/volume/v3/${SEED.projects.demo}`;
    const headers = { 'X-Auth-Token': token, 'OpenStack-API-Version': 'volume 3.70' };
    const snapshotIds: string[] = [];
    for (const [volume, snapName] of [
      [volumeId, 'first, "quoted"'],
      [volumeId, '=1+1'],
      [otherVolume, 'not this one'],
    ] as const) {
      const response = await request.post(`${cinder}/snapshots`, { headers, data: { snapshot: { volume_id: volume, name: snapName } } });
      expect(response.status(), await response.text()).toBe(202);
      if (volume === volumeId) snapshotIds.push(((await response.json()) as { snapshot: { id: string } }).snapshot.id);
    }

    await page.goto('/snapshots');
    await pickOption(page, page.getByLabel('Language'), '中文');
    await page.goto(`/snapshots?volume=${volumeId}`);
    const table = page.getByRole('region', { name: '云硬盘快照' }).getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(3);
    // The volume column shows names once they are loaded; the export uses them too.
    await expect(table.getByRole('link', { name: volumeName })).toHaveCount(2);

    const { rows } = await downloadCsv(page, '导出 CSV');
    const [header, ...data] = rows;
    expect(header).toEqual(['名称', 'ID', '状态', '大小（GiB）', '源云硬盘', '创建时间']);
    expect(data).toHaveLength(2);
    expect(data.map((r) => r[1]).sort()).toEqual([...snapshotIds].sort());
    // Quoting survives the round trip, and a formula is defused with a leading quote.
    expect(data.map((r) => r[0]).sort()).toEqual(["'=1+1", 'first, "quoted"'].sort());
    expect(new Set(data.map((r) => r[4]))).toEqual(new Set([volumeName]));
  });
});
