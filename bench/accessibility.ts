/**
 * Lighthouse accessibility on every route of the console (issue 9): one Chromium, signed in once as
 * an admin (so admin-only pages are reachable), then each route audited in the same tab with storage
 * kept. Detail routes use the first row of their list, so no id is hard-coded.
 * Standalone: `BENCH_A11Y_ORIGIN=http://127.0.0.1:5213 npx tsx bench/accessibility.ts` audits a running server.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { ADMIN, type Account } from './measure';
import { signIn } from './lighthouse';

export interface AccessibilityResult {
  route: string;
  score: number;
  /** Audits that failed on this route (id: title). */
  failures: string[];
  /** The offending elements (selector and HTML snippet), for fixing. */
  nodes: string[];
}

/** List pages, each with the detail page of its first row (all projects where the admin's own has none). */
const LISTS = ['/volumes', '/snapshots?all=1', '/volume-types', '/qos-specs'];
const PAGES = ['/storage-map', '/quotas'];

async function firstDetailPath(page: Page, origin: string, list: string): Promise<string | null> {
  await page.goto(`${origin}${list}`, { waitUntil: 'networkidle0' });
  // A data row's link, not a loading (skeleton) row.
  await page.waitForSelector('table tbody tr a[href]', { timeout: 30_000 }).catch(() => null);
  return page.evaluate((prefix) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('table tbody a[href]')];
    const link = links.find((a) => new URL(a.href).pathname.startsWith(`${prefix}/`));
    return link ? new URL(link.href).pathname : null;
  }, new URL(list, origin).pathname);
}

async function audit(page: Page, port: number, url: string): Promise<AccessibilityResult> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'], disableStorageReset: true }, desktopConfig, page);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse (${url}): ${lhr.runtimeError.message}`);
  const category = lhr.categories.accessibility;
  const failed = (category?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a): a is NonNullable<typeof a> => !!a && a.score !== null && a.score < 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode));
  const nodes = failed.flatMap((a) => {
    const items = ((a.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? []).slice(0, 4);
    return items.map((item) => `${a.id} ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`);
  });
  return { route: new URL(url).pathname, score: Math.round((category?.score ?? 0) * 100), failures: failed.map((a) => `${a.id}: ${a.title}`), nodes };
}

export async function runAccessibility(origin: string, account: Account): Promise<AccessibilityResult[]> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const page = await browser.newPage();
    const results: AccessibilityResult[] = [await audit(page, chrome.port, `${origin}/login`)];
    await signIn(page, origin, account);
    const routes: string[] = [];
    for (const list of LISTS) {
      routes.push(list);
      const detail = await firstDetailPath(page, origin, list);
      if (detail) routes.push(detail);
    }
    routes.push(...PAGES);
    for (const route of routes) {
      const result = await audit(page, chrome.port, `${origin}${route}`);
      // A lost session would audit the login page under another name.
      if (result.route.startsWith('/login')) throw new Error(`Lighthouse ended on ${result.route}, not ${route} (session lost?)`);
      results.push(result);
    }
    await browser.disconnect();
    return results;
  } finally {
    chrome.kill();
  }
}

if (process.env.BENCH_A11Y_ORIGIN && import.meta.url === `file://${process.argv[1]}`) {
  const results = await runAccessibility(process.env.BENCH_A11Y_ORIGIN, ADMIN);
  for (const r of results) console.log(`${r.score}  ${r.route}${r.nodes.length ? `\n      ${r.nodes.join('\n      ')}` : ''}`);
}
