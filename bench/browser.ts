/**
 * Debian's Chromium through playwright-core, and a recorder of what really crossed the network:
 * CDP Network.loadingFinished encodedDataLength (compressed body + headers, what DevTools calls
 * "transferred"), with the Content-Encoding of each response so the output can say whether it was gzip.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { classifyRequest, type RequestKind } from './requests';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  // The nginx side-by-side serves HTTPS with a self-signed loopback certificate (bench/nginx.ts).
  return browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 }, ignoreHTTPSErrors: true });
}

export interface NetEntry {
  url: string;
  method: string;
  kind: RequestKind;
  /** Epoch ms when the browser sent it. */
  start: number;
  status: number | null;
  /** Bytes on the wire (headers + body as sent); null until finished. */
  transferred: number | null;
  encoding: string | null;
  fromCache: boolean;
}

export interface Recorder {
  entries: NetEntry[];
  /** Entries sent at or after `since` (epoch ms). */
  since(since: number): NetEntry[];
  /** Resolves once nothing has been in flight for `quietMs`. */
  settled(quietMs?: number, timeoutMs?: number): Promise<void>;
}

interface CdpRequestWillBeSent {
  requestId: string;
  wallTime: number;
  request: { url: string; method: string };
  redirectResponse?: unknown;
}
interface CdpResponseReceived {
  requestId: string;
  response: { status: number; headers: Record<string, string>; fromDiskCache?: boolean; fromServiceWorker?: boolean };
}
interface CdpLoadingFinished {
  requestId: string;
  encodedDataLength: number;
}

export async function recordNetwork(page: Page): Promise<Recorder> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const byId = new Map<string, NetEntry>();
  const entries: NetEntry[] = [];
  let inFlight = 0;
  let lastChange = Date.now();

  cdp.on('Network.requestWillBeSent', (e: CdpRequestWillBeSent) => {
    if (e.request.url.startsWith('data:')) return;
    const entry: NetEntry = {
      url: e.request.url,
      method: e.request.method,
      kind: classifyRequest(e.request.url),
      start: Math.round(e.wallTime * 1000),
      status: null,
      transferred: null,
      encoding: null,
      fromCache: false,
    };
    if (!byId.has(e.requestId) || e.redirectResponse) inFlight++;
    byId.set(e.requestId, entry);
    entries.push(entry);
    lastChange = Date.now();
  });
  cdp.on('Network.requestServedFromCache', (e: { requestId: string }) => {
    const entry = byId.get(e.requestId);
    if (entry) entry.fromCache = true;
  });
  cdp.on('Network.responseReceived', (e: CdpResponseReceived) => {
    const entry = byId.get(e.requestId);
    if (!entry) return;
    entry.status = e.response.status;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    entry.encoding = headers['content-encoding'] ?? null;
    if (e.response.fromDiskCache) entry.fromCache = true;
  });
  const finish = (requestId: string, bytes: number | null) => {
    const entry = byId.get(requestId);
    if (!entry || entry.transferred !== null) return;
    entry.transferred = bytes ?? 0;
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  cdp.on('Network.loadingFinished', (e: CdpLoadingFinished) => finish(e.requestId, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e: { requestId: string }) => finish(e.requestId, 0));

  return {
    entries,
    since: (t) => entries.filter((e) => e.start >= t),
    async settled(quietMs = 1000, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (inFlight === 0 && Date.now() - lastChange >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`network did not settle (${inFlight} in flight)`);
    },
  };
}

/** Signs in through the login form like a person (labels as in e2e/support/console.ts). */
export async function loginThroughForm(page: Page, username: string, password: string, project: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const projectField = page.getByLabel('Project');
  if (await projectField.count()) await projectField.fill(project);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'User menu' }).waitFor({ timeout: 30_000 });
}

/** The volumes table shows data rows (antd marks real rows with data-row-key). */
export async function waitForVolumeRows(page: Page, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const rows = document.querySelectorAll('table tbody tr[data-row-key]');
      return rows.length > 0 ? Date.now() : false;
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Resolves with the browser's clock when the row that mentions `name` matches `pattern`. */
export async function waitForRowText(page: Page, name: string, pattern: RegExp, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ name, source, flags }) => {
      const re = new RegExp(source, flags);
      for (const row of document.querySelectorAll('table tbody tr')) {
        const text = row.textContent ?? '';
        if (text.includes(name) && re.test(text)) return Date.now();
      }
      return false;
    },
    { name, source: pattern.source, flags: pattern.flags },
    { timeout: timeoutMs, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}
