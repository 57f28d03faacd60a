/**
 * Regenerates docs/volumes.png (README): the admin's all-projects volumes list at 1440×860, light theme,
 * English, against the embedded emulator's seed. Run a production preview first, then this:
 *   npx vite build --configLoader runner && PORT=5187 npx vite preview --configLoader runner --port 5187 &
 *   SCREENSHOT_URL=http://127.0.0.1:5187 npx tsx scripts/readme-screenshot.ts
 */
import { chromium } from 'playwright-core';

const base = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:5187';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, colorScheme: 'light', locale: 'en-US' });
await page.goto(`${base}/`);
await page.getByLabel('Username').fill('admin');
await page.getByLabel('Password', { exact: true }).fill('admin');
await page.getByRole('button', { name: 'Log in' }).click();
await page.getByRole('button', { name: 'User menu' }).waitFor({ timeout: 60_000 });
await page.goto(`${base}/volumes?all=1`);
const list = page.getByRole('region', { name: 'Volumes' });
await list.getByRole('row', { name: /research-results/ }).waitFor({ timeout: 60_000 });
// The project names come from Keystone after the rows: wait until the research rows show theirs.
await list.getByRole('row', { name: /research-results/ }).getByText('research', { exact: true }).waitFor({ timeout: 60_000 });
await page.mouse.move(0, 0);
await page.screenshot({ path: 'docs/volumes.png' });
await browser.close();
console.log('docs/volumes.png written');
