/**
 * The browser measurements. Each returns numbers plus the evidence behind them (URLs, encodings),
 * never a verdict: run.ts compares them with the budgets.
 */
import type { Browser, Page } from 'playwright-core';
import { loginThroughForm, newContext, recordNetwork, waitForRowText, waitForVolumeRows, type NetEntry, type Recorder } from './browser';
import { median, toKB } from './figures';
import { apiLogin, emulatorScenario, extendVolume, getVolume, parseCinderTime, type ApiSession } from './openstack';
import { isUnboundedList, localeOfAsset, perMinute, requestsPerRound, volumeListCall } from './requests';

export interface Account {
  username: string;
  password: string;
  project: string;
}
export const DEMO: Account = { username: 'demo', password: 'demo', project: 'demo' };
export const ADMIN: Account = { username: 'admin', password: 'admin', project: 'admin' };

export interface Transfer {
  kb: number;
  files: { file: string; kb: number; encoding: string | null }[];
  /** Every JS/CSS response was compressed (gzip or better). */
  allCompressed: boolean;
  /** KB of locale chunks per language (rc-pagination ships a 0.2 KB zh_CN default inside its Pagination). */
  locales: Record<string, number>;
}

function summarizeAssets(entries: readonly NetEntry[]): Transfer {
  const assets = entries.filter((e) => (e.kind === 'script' || e.kind === 'style') && !e.fromCache);
  const files = assets.map((e) => ({ file: new URL(e.url).pathname.split('/').pop()!, kb: toKB(e.transferred ?? 0), encoding: e.encoding }));
  return {
    kb: files.reduce((sum, f) => sum + f.kb, 0),
    files: files.sort((a, b) => b.kb - a.kb),
    allCompressed: assets.every((e) => e.encoding === 'gzip' || e.encoding === 'br' || (e.transferred ?? 0) < 1500),
    locales: assets.reduce<Record<string, number>>((acc, e) => {
      const language = localeOfAsset(e.url);
      if (language) acc[language] = (acc[language] ?? 0) + toKB(e.transferred ?? 0);
      return acc;
    }, {}),
  };
}

/** Cold cache: the login page until its form is usable and the network is idle. */
export async function loginTransfer(browser: Browser, origin: string): Promise<Transfer> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const recorder = await recordNetwork(page);
    await page.goto(`${origin}/login`);
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await recorder.settled(1000);
    return summarizeAssets(recorder.entries);
  } finally {
    await context.close();
  }
}

export interface FirstVisit {
  transfer: Transfer;
  page: Page;
  recorder: Recorder;
  close(): Promise<void>;
}

/**
 * Cold cache, first time: open /volumes, get sent to the login page, sign in, see the volumes.
 * Everything the browser fetched on the way counts (login page included). The page stays open for the
 * quiet-window measurement.
 */
export async function firstVisitToVolumes(browser: Browser, origin: string, account: Account): Promise<FirstVisit> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const recorder = await recordNetwork(page);
  await page.goto(`${origin}/volumes`);
  await loginThroughForm(page, account.username, account.password, account.project);
  await page.waitForURL(/\/volumes/);
  await waitForVolumeRows(page);
  await recorder.settled(1500);
  return { transfer: summarizeAssets(recorder.entries), page, recorder, close: () => context.close() };
}

/**
 * Cold cache, signed in: what a browser with nothing cached downloads to show /volumes (a reload after
 * a deployment, a new tab of a signed-in session). The session lives in sessionStorage, which survives
 * clearing the HTTP cache.
 */
export async function coldVolumesWithSession(browser: Browser, origin: string, account: Account): Promise<Transfer> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/login`);
    await loginThroughForm(page, account.username, account.password, account.project);
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    const recorder = await recordNetwork(page);
    await page.goto(`${origin}/volumes`);
    await waitForVolumeRows(page);
    await recorder.settled(1500);
    return summarizeAssets(recorder.entries);
  } finally {
    await context.close();
  }
}

export interface Quiet {
  windowMs: number;
  count: number;
  perMinute: number;
  urls: string[];
}

/** Everything the page requests in a window while nothing on screen is transitional. */
export async function quietWindow(page: Page, recorder: Recorder, windowMs: number): Promise<Quiet> {
  const start = Date.now();
  await page.waitForTimeout(windowMs);
  const seen = recorder.since(start);
  return { windowMs, count: seen.length, perMinute: perMinute(seen.length, windowMs), urls: seen.map((e) => `${e.method} ${new URL(e.url).pathname}${new URL(e.url).search}`) };
}

export interface Latency {
  samples: number[];
  medianMs: number;
  maxMs: number;
  discarded: number;
}

/**
 * The emulator schedules an extend to finish `extendDelayMs` after the request; when it applies it,
 * the volume's updated_at is that due time (the backend change time). The page is opened while the
 * volume is `extending`, and the DOM time of "Available" minus updated_at is the latency.
 */
export async function statusLatency(browser: Browser, origin: string, account: Account, reps: number): Promise<Latency> {
  const api = await apiLogin(origin, account.username, account.password, account.project);
  const name = `bench-latency-${Date.now().toString(36)}`;
  const created = (await emulatorScenario(origin, 'createVolume', { projectId: api.projectId, name, size: 1, status: 'available' })) as { result: { id: string } };
  let volume = await getVolume(api, created.result.id);
  const context = await newContext(browser);
  const samples: number[] = [];
  let discarded = 0;
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/login`);
    await loginThroughForm(page, account.username, account.password, account.project);
    for (let i = 0; i < reps; i++) {
      await extendVolume(api, volume.id, volume.size + 1);
      await page.goto(`${origin}/volumes`);
      // On a busy machine the page may load after the change: then there was nothing to follow (discarded).
      const seenExtending = await waitForRowText(page, name, /Extending/, 15_000).catch(() => Infinity);
      const shown = await waitForRowText(page, name, /Available/, 20_000);
      volume = await getVolume(api, volume.id);
      const due = parseCinderTime(volume.updated_at!);
      // The page must have seen the transitional state before the change, or there was nothing to follow.
      if (volume.status !== 'available' || seenExtending >= due) discarded++;
      else samples.push(shown - due);
    }
  } finally {
    await context.close();
  }
  return { samples, medianMs: samples.length ? median(samples) : NaN, maxMs: samples.length ? Math.max(...samples) : NaN, discarded };
}

export interface PollShape {
  label: string;
  pageSize: number;
  perRound: number[];
  /** Median requests per poll round. */
  requestsPerPoll: number;
  /** Any list call during polling (a poll must fetch only what changes). */
  listCalls: number;
  bytesPerPoll: number;
}

/** Adds `count` volumes that stay `creating` (emulator scenario: no scheduled end) and returns their names. */
export async function makeTransitional(api: ApiSession, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `bench-poll-${Date.now().toString(36)}-${i}`;
    await emulatorScenario(api.origin, 'createVolume', { projectId: api.projectId, name, size: 1, status: 'creating' });
    names.push(name);
  }
  return names;
}

/** API requests per poll round on /volumes at each page size while `names` are transitional. */
export async function pollShape(browser: Browser, origin: string, account: Account, names: string[], pageSizes: number[], label: string, windowMs: number, pollMs: number): Promise<PollShape[]> {
  const context = await newContext(browser);
  const shapes: PollShape[] = [];
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/login`);
    await loginThroughForm(page, account.username, account.password, account.project);
    const recorder = await recordNetwork(page);
    for (const limit of pageSizes) {
      await page.goto(`${origin}/volumes?limit=${limit}`);
      for (const name of names) await waitForRowText(page, name, /Creating/);
      await recorder.settled(300, 10_000).catch(() => undefined);
      const start = Date.now();
      await page.waitForTimeout(windowMs);
      const api = recorder.since(start).filter((e) => e.kind === 'block-storage');
      const perRound = requestsPerRound(
        api.map((e) => e.start),
        pollMs / 3,
      );
      const rounds = Math.max(1, perRound.length);
      shapes.push({
        label,
        pageSize: limit,
        perRound,
        requestsPerPoll: perRound.length ? median(perRound) : 0,
        listCalls: api.filter((e) => volumeListCall(e.url, e.method)).length,
        bytesPerPoll: api.reduce((s, e) => s + (e.transferred ?? 0), 0) / rounds,
      });
    }
  } finally {
    await context.close();
  }
  return shapes;
}

/** Snapshot rows are shown and every link to a volume says its name, not its id. */
async function waitForNamedSnapshotRows(page: Page, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const rows = document.querySelectorAll('table tbody tr[data-row-key]');
      const links = [...document.querySelectorAll('table tbody tr[data-row-key] a[href^="/volumes/"]')];
      const named = links.every((link) => !/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(link.textContent ?? ''));
      return rows.length > 0 && links.length > 0 && named ? Date.now() : false;
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

export interface FirstPage {
  origin: string;
  samples: number[];
  medianMs: number;
  /** Median time the volume list call took (Resource Timing), i.e. the server's share. */
  listMedianMs: number;
  listUrls: string[];
  unbounded: number;
  apiKB: number;
}

interface Visit {
  ms: number;
  listMs: number[];
}

/**
 * Warm asset cache, signed in: navigation start → first data row of /volumes. The origins are visited
 * in turn (a, b, a, b, …) so a busy machine slows all of them alike. Also records the list calls, so
 * "nothing loads all volumes" is checked, not assumed.
 */
export async function firstPageTimes(browser: Browser, origins: string[], account: Account, reps: number, maxPage: number, path = '/volumes'): Promise<FirstPage[]> {
  // The snapshots page is ready when its rows name their volumes (no id left in the volume column).
  const ready = (page: Page) => (path === '/snapshots' ? waitForNamedSnapshotRows(page) : waitForVolumeRows(page));
  const contexts = await Promise.all(origins.map(() => newContext(browser)));
  try {
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    const recorders: Recorder[] = [];
    for (const [i, page] of pages.entries()) {
      await page.goto(`${origins[i]}/login`);
      await loginThroughForm(page, account.username, account.password, account.project);
      await waitForVolumeRows(page); // warm the volumes chunk and strings
      if (path !== '/volumes') {
        await page.goto(`${origins[i]}${path}`);
        await ready(page);
      }
      recorders.push(await recordNetwork(page));
    }
    const visits: Visit[][] = origins.map(() => []);
    const start = Date.now();
    for (let r = 0; r < reps; r++) {
      for (const [i, page] of pages.entries()) {
        await page.goto(`${origins[i]}${path}`);
        await ready(page);
        const visit = await page.evaluate(() => ({
          ms: performance.now(),
          listMs: performance
            .getEntriesByType('resource')
            .filter((e) => /\/volumes(\/detail)?\?/.test(e.name))
            .map((e) => (e as PerformanceResourceTiming).responseEnd - e.startTime),
        }));
        visits[i]!.push(visit);
        await recorders[i]!.settled(300, 10_000).catch(() => undefined);
      }
    }
    return origins.map((origin, i) => {
      const lists = recorders[i]!.since(start).filter((e) => volumeListCall(e.url, e.method));
      const api = recorders[i]!.since(start).filter((e) => e.kind === 'block-storage');
      const samples = visits[i]!.map((v) => v.ms);
      const listTimes = visits[i]!.flatMap((v) => v.listMs);
      return {
        origin,
        samples,
        medianMs: median(samples),
        listMedianMs: listTimes.length ? median(listTimes) : NaN,
        listUrls: [...new Set(lists.map((e) => decodeURIComponent(new URL(e.url).search) || '(no query)'))],
        unbounded: lists.filter((e) => isUnboundedList(volumeListCall(e.url, e.method)!, maxPage)).length,
        apiKB: toKB(api.reduce((s, e) => s + (e.transferred ?? 0), 0)) / reps,
      };
    });
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
}
