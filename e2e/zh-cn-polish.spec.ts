import { expect, test } from '@playwright/test';
import { SEED } from '../emulator/seed';
import { accounts, login, scenario } from './support/console';
import { volumeNamesDeletedAfterAll } from './support/volume-cleanup';

/** Every volume this file names is deleted after its tests (the emulator is shared). */
const uniqueName = volumeNamesDeletedAfterAll();

// #20 item 12: in Chinese, rule reasons and status tips read in words (with Cinder's code beside the current
// status), and two-character buttons are written like the others (no "编 辑").
test('in Chinese, a disabled action says why in words and buttons read as written', async ({ page, request }) => {
  const name = uniqueName('zh');
  const volume = await scenario(request, 'createVolume', { projectId: SEED.projects.demo, name, size: 1, status: 'error', volumeType: 'standard' });
  await login(page, accounts.member);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await page.goto(`/volumes/${volume.result.id}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toContainText(name, { timeout: 30_000 });

  await expect(main.getByRole('button', { name: '编辑', exact: true })).toHaveText('编辑');
  const extend = main.getByRole('button', { name: '扩容', exact: true });
  await expect(extend).toBeDisabled();
  await extend.hover({ force: true });
  await expect(page.getByRole('tooltip')).toHaveText('仅当云硬盘状态为可用或使用中时才允许此操作；当前状态为错误（error）。');
});
