/**
 * Lighthouse 12 on /volumes of the production build, with Debian's Chromium started by chrome-launcher.
 * /volumes needs a session (sessionStorage, per tab), so the bench signs in through the form in the
 * tab Lighthouse then audits, clears the HTTP cache itself (a cold load) and tells Lighthouse not to
 * reset storage — otherwise the audit would measure the login page it gets redirected to.
 */
import { launch } from 'chrome-launcher';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import type { Account } from './measure';
import { OUT_DIR } from './server';

export type Preset = 'desktop' | 'mobile';

export interface LighthouseResult {
  preset: Preset;
  score: number;
  metrics: Record<string, string>;
  finalUrl: string;
  report: string;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Signs in through the form and waits until the console has left /login (the session is then stored). */
export async function signIn(page: Page, origin: string, account: Account): Promise<void> {
  await page.goto(`${origin}/login`, { waitUntil: 'networkidle0' });
  await page.locator('::-p-aria(Username)').fill(account.username);
  await page.locator('::-p-aria(Password)').fill(account.password);
  if (await page.$('::-p-aria(Project)')) await page.locator('::-p-aria(Project)').fill(account.project);
  await page.locator('::-p-aria([name="Log in"][role="button"])').click();
  // The login page has a main landmark too: wait for the URL, then for the page.
  await page.waitForFunction(() => !window.location.pathname.startsWith('/login'), { timeout: 30_000 });
  await page.waitForSelector('::-p-aria([role="main"])', { timeout: 30_000 });
}

export async function runLighthouse(origin: string, account: Account, preset: Preset): Promise<LighthouseResult> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const page = await browser.newPage();
    await signIn(page, origin, account);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await page.goto('about:blank');

    const result = await lighthouse(
      `${origin}/volumes`,
      { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
      preset === 'desktop' ? desktopConfig : undefined,
      page,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const finalUrl = lhr.finalDisplayedUrl;
    if (!/\/volumes/.test(new URL(finalUrl).pathname)) throw new Error(`Lighthouse ended on ${finalUrl}, not /volumes (session lost?)`);
    const report = join(OUT_DIR, `lighthouse-${preset}.html`);
    writeFileSync(report, Array.isArray(result.report) ? result.report[0]! : result.report);
    await browser.disconnect();
    return {
      preset,
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? 'n/a'])),
      finalUrl,
      report,
    };
  } finally {
    chrome.kill();
  }
}
