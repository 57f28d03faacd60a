import { expect, test } from '@playwright/test';
import { accounts, login, scenario, uniqueName } from './support/console';

// Only the scheduler is taken down or disabled here: a cinder-volume would stop taking the volumes other
// specs create in the shared emulator.
const scheduler = { binary: 'cinder-scheduler', host: 'cinder' };

test.describe('services (admin)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a service that stopped reporting shows as down, in red, with an alert', async ({ page, request }) => {
    await scenario(request, 'serviceDown', { ...scheduler, secondsAgo: 120 });
    try {
      await login(page, accounts.admin);
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Services' }).click();
      const row = page.getByRole('row', { name: /cinder-scheduler/ });
      await expect(row.getByText('Down')).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: '1 service is down: cinder-scheduler@cinder' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Availability zones' }).getByText('Available')).toBeVisible();
    } finally {
      await scenario(request, 'serviceUp', scheduler);
    }
  });

  test('disables with a reason and enables again; reachable from the storage map', async ({ page }) => {
    const reason = uniqueName('upgrade');
    await login(page, accounts.admin, '/storage-map');
    await page.getByRole('link', { name: 'Services and their state' }).click();
    await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
    await page.getByRole('button', { name: 'Disable cinder-scheduler@cinder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable cinder-scheduler on cinder' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await dialog.getByRole('button', { name: 'Disable' }).click();
    const row = page.getByRole('row', { name: /cinder-scheduler/ });
    await expect(row.getByText(reason)).toBeVisible();
    await expect(row.getByText('Disabled')).toBeVisible();
    await row.getByRole('button', { name: 'Enable cinder-scheduler@cinder' }).click();
    await expect(row.getByText('Enabled')).toBeVisible();
  });

  test('members do not see Services', async ({ page }) => {
    await login(page, accounts.member);
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Volumes' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Services' })).toHaveCount(0);
  });
});
