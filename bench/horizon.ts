/**
 * `npm run bench -- --vs-horizon`: the console and Horizon (openstack/horizon-up.sh) against the same
 * real Keystone + Cinder, alternating load by load, cold (empty HTTP cache, a valid session) and warm
 * (assets cached, a new tab with the session). "Table visible" is the first animation frame in which
 * a real data row (or the list's empty state) has a layout box, in ms since navigation start; Horizon's
 * table comes with its HTML. Pure math and formatting: side-by-side.ts.
 */
import { loadavg } from 'node:os';
import type { Browser, BrowserContext, Cookie } from 'playwright-core';
import { loginThroughForm, newContext } from './browser';
import type { SideBySideCase } from './side-by-side';

export interface ServerUnderTest {
  name: string;
  origin: string;
}

export interface SideCase {
  label: string;
  account: 'admin' | 'demo';
  consolePath: string;
  horizonPath: string;
  /** The Horizon table to watch (its DataTable id). */
  horizonTable: string;
  /** The console's list is antd's Table (volume types, QoS specs) rather than ResourceTable. */
  consoleAntdTable?: boolean;
}

/** The first of these is the goal's figure (the project's volumes, as admin). */
export const SIDE_CASES: SideCase[] = [
  { label: '/volumes, project (admin)', account: 'admin', consolePath: '/volumes', horizonPath: '/project/volumes/', horizonTable: 'volumes' },
  { label: '/volumes, all projects (admin)', account: 'admin', consolePath: '/volumes?all=1', horizonPath: '/admin/volumes/', horizonTable: 'volumes' },
  { label: '/snapshots (admin)', account: 'admin', consolePath: '/snapshots', horizonPath: '/project/snapshots/', horizonTable: 'volume_snapshots' },
  { label: '/volume-types (admin)', account: 'admin', consolePath: '/volume-types', horizonPath: '/admin/volume_types/', horizonTable: 'volume_types', consoleAntdTable: true },
  { label: '/qos-specs (admin)', account: 'admin', consolePath: '/qos-specs', horizonPath: '/admin/volume_types/', horizonTable: 'qos_specs', consoleAntdTable: true },
  { label: '/volumes (member)', account: 'demo', consolePath: '/volumes', horizonPath: '/project/volumes/', horizonTable: 'volumes' },
  { label: '/snapshots (member)', account: 'demo', consolePath: '/snapshots', horizonPath: '/project/snapshots/', horizonTable: 'volume_snapshots' },
];

const SESSION_KEY = 'cinder-console.session';

/**
 * Runs from the document's start: watches every frame for the table's first real row (or empty state)
 * with a layout box and records performance.now() in window.__tableVisible. A string, not a function:
 * tsx's helpers would not exist in the page.
 */
function watcher(rowSelector: string, emptySelector: string, busySelector: string, loginSelector: string, sessionJson: string | null): string {
  return `(() => {
    ${sessionJson ? `try { sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(sessionJson)}); } catch (e) {}` : ''}
    const boxed = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    const tick = () => {
      const row = document.querySelector(${JSON.stringify(rowSelector)});
      const empty = document.querySelector(${JSON.stringify(emptySelector)});
      if (boxed(row) || (boxed(empty) && !document.querySelector(${JSON.stringify(busySelector)}))) { window.__tableVisible = performance.now(); return; }
      // Sent to the login page (the session ended): -1, reported as such instead of waiting.
      if (boxed(document.querySelector(${JSON.stringify(loginSelector)}))) { window.__tableVisible = -1; return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

function consoleWatcher(c: SideCase, session: string): string {
  return c.consoleAntdTable
    ? watcher('.ant-table tbody tr[data-row-key]', '.ant-table-placeholder', '.ant-spin-spinning', '#login-username', session)
    : watcher('table tbody tr[data-row-key]', 'table tbody td.rt-empty', 'table[aria-busy="true"]', '#login-username', session);
}

function horizonWatcher(c: SideCase): string {
  return watcher(`table#${c.horizonTable} tbody tr[data-object-id]`, `table#${c.horizonTable} tbody tr.empty`, '.never-busy', '#id_username', null);
}

async function timeLoad(context: BrowserContext, url: string, script: string, timeoutMs = 120_000): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: script });
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const handle = await page.waitForFunction(() => (window as unknown as { __tableVisible?: number }).__tableVisible, undefined, { timeout: timeoutMs, polling: 100 });
    const ms = (await handle.jsonValue()) as number;
    if (ms < 0) throw new Error('the login page showed: the session ended');
    return ms;
  } finally {
    await page.close();
  }
}

export interface HorizonSessions {
  console: Record<SideCase['account'], string>;
  horizon: Record<SideCase['account'], Cookie[]>;
}

/**
 * Signs `accounts` in on each server: the console's session (sessionStorage), Horizon's cookies. Done per
 * case: the shared cloud's tokens may be revoked meanwhile (a re-run of openstack/up.sh, other tests).
 */
export async function signInBoth(browser: Browser, consoleOrigin: string, horizonOrigin: string, accounts: SideCase['account'][] = ['admin', 'demo']): Promise<HorizonSessions> {
  const sessions: HorizonSessions = { console: { admin: '', demo: '' }, horizon: { admin: [], demo: [] } };
  for (const account of accounts) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${consoleOrigin}/login`);
      await loginThroughForm(page, account, account, account);
      sessions.console[account] = (await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)) ?? '';
      await page.goto(`${horizonOrigin}/auth/login/`);
      await page.fill('#id_username', account);
      await page.fill('#id_password', account);
      await Promise.all([page.waitForURL(/\/project\//, { timeout: 120_000 }), page.click('#loginBtn', { timeout: 120_000 })]);
      sessions.horizon[account] = await context.cookies(horizonOrigin);
    } finally {
      await context.close();
    }
  }
  if (accounts.some((account) => !sessions.console[account] || !sessions.horizon[account].length)) throw new Error('could not sign in to both');
  return sessions;
}

/**
 * Every case, `reps` times: console cold, Horizon cold, console warm, Horizon warm, in turn (so the
 * machine's load hits both alike). Warm loads reuse one context per server and account, warmed once.
 */
export async function measureSideBySide(
  browser: Browser,
  consoleServer: ServerUnderTest,
  horizonOrigin: string,
  reps: number,
  log: (line: string) => void,
  cases = SIDE_CASES,
): Promise<SideBySideCase[]> {
  // A load that never shows its table is reported and left out (its case then has fewer samples).
  const sample = async (into: number[], what: string, load: () => Promise<number>) => {
    try {
      into.push(await load());
    } catch (error) {
      log(`  ${what}: not measured (${(error as Error).message.split('\n')[0]})`);
    }
  };
  const warm = new Map<string, BrowserContext>();
  const warmContext = async (key: string, setup: (c: BrowserContext) => Promise<void>) => {
    let context = warm.get(key);
    if (!context) {
      context = await newContext(browser);
      await setup(context);
      warm.set(key, context);
    }
    return context;
  };
  const results: SideBySideCase[] = [];
  try {
    for (const c of cases) {
      const sessions = await signInBoth(browser, consoleServer.origin, horizonOrigin, [c.account]);
      for (const key of [`console-${c.account}`, `horizon-${c.account}`]) {
        await warm.get(key)?.close();
        warm.delete(key);
      }
      const result: SideBySideCase = { label: c.label, console: { cold: [], warm: [] }, horizon: { cold: [], warm: [] }, load: [] };
      const consoleUrl = `${consoleServer.origin}${c.consolePath}`;
      const horizonUrl = `${horizonOrigin}${c.horizonPath}`;
      const cookies = sessions.horizon[c.account];
      const consoleWarm = await warmContext(`console-${c.account}`, async () => undefined);
      const horizonWarm = await warmContext(`horizon-${c.account}`, (context) => context.addCookies(cookies));
      // One unmeasured warm-up load each fills the warm contexts' caches for this page.
      await sample([], `${c.label}: console warm-up`, () => timeLoad(consoleWarm, consoleUrl, consoleWatcher(c, sessions.console[c.account])));
      await sample([], `${c.label}: Horizon warm-up`, () => timeLoad(horizonWarm, horizonUrl, horizonWatcher(c)));
      for (let rep = 0; rep < reps; rep++) {
        result.load.push(loadavg()[0]!);
        const cold = await newContext(browser);
        await sample(result.console.cold, `${c.label}: console cold`, () => timeLoad(cold, consoleUrl, consoleWatcher(c, sessions.console[c.account]))).finally(() => cold.close());
        const coldHorizon = await newContext(browser);
        await coldHorizon.addCookies(cookies);
        await sample(result.horizon.cold, `${c.label}: Horizon cold`, () => timeLoad(coldHorizon, horizonUrl, horizonWatcher(c))).finally(() => coldHorizon.close());
        await sample(result.console.warm, `${c.label}: console warm`, () => timeLoad(consoleWarm, consoleUrl, consoleWatcher(c, sessions.console[c.account])));
        await sample(result.horizon.warm, `${c.label}: Horizon warm`, () => timeLoad(horizonWarm, horizonUrl, horizonWatcher(c)));
      }
      result.load.push(loadavg()[0]!);
      results.push(result);
    }
  } finally {
    await Promise.all([...warm.values()].map((context) => context.close()));
  }
  return results;
}

/** Horizon's login page answers (openstack/horizon-up.sh has run). */
export async function horizonAnswers(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/auth/login/`, { signal: AbortSignal.timeout(10_000) });
    return response.ok;
  } catch {
    return false;
  }
}
