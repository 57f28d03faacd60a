import { expect, type Locator, type Page } from '@playwright/test';
import { visibleOption } from '../../support/console';

/** An entry of the open select list, found by the text a person reads, once the list has opened. */
export const option = visibleOption;

export const heading = (page: Page) => page.getByRole('heading', { level: 2 });

export async function openVolume(page: Page, id: string, name: string) {
  await page.goto(`/volumes/${id}`);
  await expect(heading(page)).toContainText(name);
}

/** A detail-page action that lives in the "More actions" menu. */
export async function menuAction(page: Page, label: string) {
  await page.getByRole('main').getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** The real cloud of openstack/up.sh: its two backends and its test image (override with env for another cloud). */
export const realCloud = {
  typeA: process.env.E2E_TYPE_A ?? 'hdd',
  typeB: process.env.E2E_TYPE_B ?? 'ssd',
  poolA: process.env.E2E_POOL_A ?? 'osh@hdd#hdd',
  poolB: process.env.E2E_POOL_B ?? 'osh@ssd#ssd',
  image: process.env.E2E_IMAGE ?? 'cirros-like-test',
};

/**
 * Picks an option by the text a person reads, whatever the control: a native <select> (the list filters,
 * page size and shell switchers are native since the bundle-size rewrite) is chosen directly; an antd
 * Select is opened and its visible option clicked.
 */
export async function choose(page: Page, combobox: Locator, label: string | RegExp) {
  if (await combobox.evaluate((element) => element.tagName === 'SELECT')) {
    const text = typeof label === 'string' ? label : (await combobox.locator('option').allInnerTexts()).find((t) => label.test(t));
    expect(text, `an option ${String(label)}`).toBeTruthy();
    await combobox.selectOption({ label: text! });
    return;
  }
  await combobox.click();
  await option(page, label).click();
}

/** Picks `label` in an antd Select inside `scope` (a dialog) and checks that the choice shows there. */
export async function chooseIn(page: Page, scope: Locator, combobox: Locator, label: string) {
  await combobox.click();
  await option(page, label).click();
  // The chosen value is shown (and titled) in the field.
  await expect(scope.getByTitle(label, { exact: true })).toBeVisible();
}
