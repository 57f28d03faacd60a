import { expect, test, type Page } from '@playwright/test';
import { accounts, login, pickOption } from './support/console';

/** Through the navigation; the page's code loads on first visit (slow on a loaded machine). */
async function quotasPage(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Quotas' }).click();
  await expect(page.getByRole('heading', { name: 'Quotas' })).toBeVisible({ timeout: 30_000 });
}

test.describe('quota editing (admin)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('refuses a limit below usage before sending, then saves a change for another project', async ({ page }) => {
    await login(page, accounts.admin);
    await quotasPage(page);
    await pickOption(page, page.getByRole('main').getByRole('combobox', { name: 'Project' }), 'research');
    await page.getByRole('button', { name: 'Edit quotas' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quotas of project research' });
    const volumes = dialog.getByRole('spinbutton', { name: 'Volumes', exact: true });
    await volumes.fill('1');
    const groups = dialog.getByRole('spinbutton', { name: 'Groups', exact: true });
    const previous = await groups.inputValue();
    const next = previous === '7' ? '8' : '7';
    await groups.fill(next);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText(/Quota volumes limit must be equal or greater than existing resources\. Current usage is \d+ and the requested limit is 1\./)).toBeVisible();
    await volumes.fill('200');
    await dialog.getByRole('button', { name: /CLI equivalent/ }).click();
    await expect(dialog.getByLabel('Command', { exact: true })).toContainText('quota set');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Quotas of research saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Edit quotas' }).click();
    await expect(page.getByRole('dialog', { name: 'Quotas of project research' }).getByRole('spinbutton', { name: 'Groups', exact: true })).toHaveValue(next);
  });

  test('shows the default quotas; members have no editing', async ({ page }) => {
    await login(page, accounts.admin);
    await quotasPage(page);
    await page.getByRole('button', { name: 'Default quotas' }).click();
    const dialog = page.getByRole('dialog', { name: 'Default quotas' });
    await expect(dialog.getByRole('spinbutton', { name: 'Volumes', exact: true })).toHaveValue(/\d+/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: /Sign out|Log out/ }).click();
    await login(page, accounts.member);
    await quotasPage(page);
    await expect(page.getByRole('heading', { name: 'Quotas' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit quotas' })).toHaveCount(0);
  });
});
