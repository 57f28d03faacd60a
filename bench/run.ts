/**
 * `npm run bench`: builds once, serves the production build with the embedded emulator (vite preview),
 * measures every budgeted figure in Debian's Chromium and prints them as a table and one JSON line.
 * Exit code 1 when a figure is over budget (or could not be measured). See bench/README.md.
 *
 * Env: BENCH_PORT (5209), BENCH_SKIP_BUILD=1, BENCH_QUIET_MS (60000), BENCH_REPS (5),
 *      BENCH_LIGHTHOUSE=mobile|desktop|both (both; the budget uses LIGHTHOUSE_BUDGET_PRESET).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { BUDGETS, evaluate, formatJsonLine, formatTable, TRANSITIONAL_ROWS, type Figure } from './figures';
import { runLighthouse, type LighthouseResult, type Preset } from './lighthouse';
import * as m from './measure';
import { apiLogin, countVolumes } from './openstack';
import { build, OUT_DIR, startPreview, type Preview } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 5209);
const QUIET_MS = Number(process.env.BENCH_QUIET_MS ?? 60_000);
const REPS = Math.max(3, Number(process.env.BENCH_REPS ?? 5));
const LIGHTHOUSE = (process.env.BENCH_LIGHTHOUSE ?? 'both') as Preset | 'both';
/** Lighthouse's default (mobile: slow 4G, 4× CPU) is the stricter one, so it is the budgeted figure. */
const LIGHTHOUSE_BUDGET_PRESET: Preset = 'mobile';
/** Seeded demo volumes; EMULATOR_VOLUMES adds bulk ones to reach the two project sizes. */
const SEEDED_DEMO_VOLUMES = 31;
const SMALL = 50;
const LARGE = 5000;
const PAGE_SIZES = [10, 100];
const MAX_PAGE = 100;

const figures: Figure[] = [];
const details: string[] = [];
const log = (line: string) => {
  console.log(line);
  details.push(line);
};
const kb = (n: number) => `${n.toFixed(1)} KB`;

async function step<T>(name: string, fn: () => Promise<T>): Promise<T | null> {
  const started = Date.now();
  try {
    const value = await fn();
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return value;
  } catch (error) {
    log(`  ✗ ${name}: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

function transferFigure(id: string, t: m.Transfer | null, what: string): void {
  if (!t) return void figures.push({ id, value: null, note: `${what}: not measured` });
  const enc = t.allCompressed ? 'all gzip-compressed by vite preview' : 'NOT all compressed';
  const locales = t.locales.join('+') || 'none';
  log(`${what}: ${kb(t.kb)} in ${t.files.length} JS/CSS files (${enc}; locale chunks: ${locales})`);
  log(`    largest: ${t.files.slice(0, 6).map((f) => `${f.file} ${kb(f.kb)}`).join(', ')}`);
  figures.push({ id, value: t.kb, note: `${t.files.length} files, ${enc}, locales ${locales}`, conditionOk: t.allCompressed && !t.locales.includes('zh-CN') });
}

async function pollConfig(origin: string): Promise<number> {
  const config = (await (await fetch(`${origin}/config.json`)).json()) as { pollIntervalMs?: number };
  return config.pollIntervalMs ?? 2000;
}

async function smallProject(browser: Browser, s: Preview) {
  const demo = await apiLogin(s.origin, 'demo', 'demo', 'demo');
  const admin = await apiLogin(s.origin, 'admin', 'admin', 'admin');
  const pollMs = await pollConfig(s.origin);
  log(`server: vite preview ${s.origin} (production build + embedded emulator), project demo has ${await countVolumes(demo)} volumes, poll interval ${pollMs} ms`);

  transferFigure('loginTransferKB', await step('login page transfer', () => m.loginTransfer(browser, s.origin)), 'login page (cold cache)');

  const first = await step('first visit to /volumes', () => m.firstVisitToVolumes(browser, s.origin, m.DEMO));
  transferFigure('volumesTransferKB', first?.transfer ?? null, '/volumes first time (cold cache, via the login page)');
  const quiet = first ? m.quietWindow(first.page, first.recorder, QUIET_MS) : Promise.resolve(null);

  // While the quiet page sits idle in project demo, the state-changing figures use project admin.
  const latency = await step(`status latency ×${REPS}`, () => m.statusLatency(browser, s.origin, m.ADMIN, REPS));
  if (latency) log(`status latency: median ${Math.round(latency.medianMs)} ms, max ${Math.round(latency.maxMs)} ms, samples ${latency.samples.map(Math.round).join(', ')} ms${latency.discarded ? `, ${latency.discarded} discarded` : ''}`);
  figures.push({
    id: 'statusLatencyMs',
    value: latency && latency.samples.length >= 3 ? latency.medianMs : null,
    note: latency ? `median of ${latency.samples.length}, max ${Math.round(latency.maxMs)} ms` : 'not measured',
  });

  const adminCount = await countVolumes(admin);
  const pollNames = await step('make volumes transitional (admin)', () => m.makeTransitional(admin, TRANSITIONAL_ROWS));
  const pollSmall = pollNames ? await step('poll shape (admin project)', () => m.pollShape(browser, s.origin, m.ADMIN, pollNames, PAGE_SIZES, `project admin (${adminCount + TRANSITIONAL_ROWS} volumes)`, pollMs * 4.5, pollMs)) : null;

  const quietResult = await quiet;
  await first?.close();
  if (quietResult) log(`quiet /volumes: ${quietResult.count} requests in ${quietResult.windowMs / 1000} s${quietResult.urls.length ? `: ${quietResult.urls.slice(0, 8).join(', ')}` : ''}`);
  figures.push({ id: 'quietRequestsPerMinute', value: quietResult?.perMinute ?? null, note: quietResult ? `${quietResult.count} requests in a ${quietResult.windowMs / 1000} s window` : 'not measured' });

  const firstSmall = await step(`first page ×${REPS} (${SMALL} volumes)`, () => m.firstPageTime(browser, s.origin, m.DEMO, REPS, MAX_PAGE));

  const lighthouse: LighthouseResult[] = [];
  for (const preset of LIGHTHOUSE === 'both' ? (['mobile', 'desktop'] as const) : [LIGHTHOUSE]) {
    const r = await step(`Lighthouse ${preset}`, () => runLighthouse(s.origin, m.DEMO, preset));
    if (r) {
      lighthouse.push(r);
      log(`Lighthouse ${preset} /volumes: ${r.score} (${Object.entries(r.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}); report ${r.report}`);
    }
  }
  const budgeted = lighthouse.find((r) => r.preset === LIGHTHOUSE_BUDGET_PRESET) ?? lighthouse[0];
  figures.push({ id: 'lighthouseScore', value: budgeted?.score ?? null, note: budgeted ? `${budgeted.preset} preset${lighthouse.length > 1 ? `; ${lighthouse.map((r) => `${r.preset} ${r.score}`).join(', ')}` : ''}` : 'not measured' });
  return { firstSmall, pollSmall, pollMs };
}

async function largeProject(browser: Browser, l: Preview, pollMs: number) {
  const demo = await apiLogin(l.origin, 'demo', 'demo', 'demo');
  const total = await countVolumes(demo);
  log(`server: vite preview ${l.origin}, project demo has ${total} volumes`);
  const firstLarge = await step(`first page ×${REPS} (${LARGE} volumes)`, () => m.firstPageTime(browser, l.origin, m.DEMO, REPS, MAX_PAGE));
  const names = await step('make volumes transitional (demo)', () => m.makeTransitional(demo, TRANSITIONAL_ROWS));
  const pollLarge = names ? await step('poll shape (5,000-volume project)', () => m.pollShape(browser, l.origin, m.DEMO, names, PAGE_SIZES, `project demo (${total + TRANSITIONAL_ROWS} volumes)`, pollMs * 4.5, pollMs)) : null;
  return { firstLarge, pollLarge };
}

async function main() {
  const started = Date.now();
  console.log('bench: building the production build…');
  if (process.env.BENCH_SKIP_BUILD !== '1') await build();
  const browser = await launchBrowser();
  let small: Awaited<ReturnType<typeof smallProject>> | null = null;
  let large: Awaited<ReturnType<typeof largeProject>> | null = null;
  try {
    // Extends finish 3 s after the request (latency figure); creates take a minute (poll figure).
    const s = await startPreview({ port: PORT, volumes: SMALL - SEEDED_DEMO_VOLUMES, delays: '{"extend":3000,"create":60000}', name: 'small' });
    try {
      small = await smallProject(browser, s);
    } finally {
      await s.stop();
    }
    const l = await startPreview({ port: PORT, volumes: LARGE - SEEDED_DEMO_VOLUMES, delays: '{"create":60000}', name: 'large' });
    try {
      large = await largeProject(browser, l, small.pollMs);
    } finally {
      await l.stop();
    }
  } finally {
    await browser.close();
  }

  const shapes = [...(small?.pollSmall ?? []), ...(large?.pollLarge ?? [])];
  for (const s of shapes) log(`poll: ${s.label}: ${s.requestsPerPoll} requests/poll (rounds ${s.perRound.join(',')}), ${kb(s.bytesPerPoll / 1024)}/poll, ${s.listCalls} list calls`);
  const counts = new Set(shapes.map((s) => s.requestsPerPoll));
  figures.push({
    id: 'requestsPerPoll',
    value: shapes.length === PAGE_SIZES.length * 2 ? Math.max(...shapes.map((s) => s.requestsPerPoll)) : null,
    note: shapes.length ? `${shapes.map((s) => s.requestsPerPoll).join('/')} across ${shapes.length} configurations; list calls while polling: ${shapes.reduce((n, s) => n + s.listCalls, 0)}` : 'not measured',
    conditionOk: counts.size === 1 && shapes.every((s) => s.listCalls === 0),
  });

  const fs = small?.firstSmall;
  const fl = large?.firstLarge;
  if (fs) log(`first page, ${SMALL} volumes: median ${Math.round(fs.medianMs)} ms (${fs.samples.map(Math.round).join(', ')}), ${kb(fs.apiKB)} API/visit, list calls ${fs.listUrls.join(' ')}`);
  if (fl) log(`first page, ${LARGE} volumes: median ${Math.round(fl.medianMs)} ms (${fl.samples.map(Math.round).join(', ')}), ${kb(fl.apiKB)} API/visit, list calls ${fl.listUrls.join(' ')}`);
  figures.push({
    id: 'firstPageRatio',
    value: fs && fl ? fl.medianMs / fs.medianMs : null,
    note: fs && fl ? `${Math.round(fl.medianMs)} ms vs ${Math.round(fs.medianMs)} ms; unbounded list calls: ${fs.unbounded + fl.unbounded}` : 'not measured',
    conditionOk: !!fs && !!fl && fs.unbounded + fl.unbounded === 0,
  });

  const rows = evaluate(BUDGETS, figures);
  const table = formatTable(rows);
  const json = formatJsonLine(rows, { server: 'vite preview (gzip) + embedded emulator', seconds: Math.round((Date.now() - started) / 1000) });
  console.log(`\n${table}\n`);
  for (const r of rows) if (!r.pass) console.log(`FAIL ${r.id}: ${r.note}`);
  console.log(json);
  writeFileSync(join(OUT_DIR, 'results.md'), `${details.join('\n')}\n\n${table}\n\n${json}\n`);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
