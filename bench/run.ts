/**
 * `npm run bench`: builds once, serves the production build with the embedded emulator (vite preview),
 * measures every budgeted figure in Debian's Chromium and prints them as a table and one JSON line.
 * Exit code 1 when a figure is over budget (or could not be measured). See bench/README.md.
 *
 * Env: BENCH_PORT (5208) and BENCH_PORT_LARGE (6208), BENCH_SKIP_BUILD=1, BENCH_QUIET_MS (60000), BENCH_REPS (5),
 *      BENCH_LIGHTHOUSE=mobile|desktop|both (both; the budget uses LIGHTHOUSE_BUDGET_PRESET), BENCH_LIGHTHOUSE_RUNS (5).
 * `--vs-horizon` adds the side-by-side with Horizon on the real cloud (bench/vs-horizon.ts); with
 * BENCH_VS_HORIZON_ONLY=1 only that part runs.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { BUDGETS, evaluate, formatJsonLine, formatTable, median, TRANSITIONAL_ROWS, type Budget, type Figure } from './figures';
import { runAccessibility } from './accessibility';
import { runLighthouse, type LighthouseResult, type Preset } from './lighthouse';
import * as m from './measure';
import { apiLogin, countVolumes } from './openstack';
import { build, OUT_DIR, startPreview, type Preview } from './server';
import { formatSpread } from './side-by-side';
import { vsHorizon, type VsHorizon } from './vs-horizon';

const PORT = Number(process.env.BENCH_PORT ?? 5208);
/** The second emulator (5,000 volumes) runs beside the first. */
const PORT_LARGE = Number(process.env.BENCH_PORT_LARGE ?? 6208);
const QUIET_MS = Number(process.env.BENCH_QUIET_MS ?? 60_000);
const REPS = Math.max(3, Number(process.env.BENCH_REPS ?? 5));
const LIGHTHOUSE = (process.env.BENCH_LIGHTHOUSE ?? 'both') as Preset | 'both';
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5));
/** Lighthouse's default (mobile: slow 4G, 4× CPU) is the stricter one, so it is the budgeted figure. */
const LIGHTHOUSE_BUDGET_PRESET: Preset = 'mobile';
/** Seeded demo volumes; EMULATOR_VOLUMES adds bulk ones to reach the two project sizes. */
const SEEDED_DEMO_VOLUMES = 31;
const SMALL = 50;
const LARGE = 5000;
const PAGE_SIZES = [10, 100];
const MAX_PAGE = 100;
const VS_HORIZON = process.argv.includes('--vs-horizon');
const VS_HORIZON_ONLY = VS_HORIZON && process.env.BENCH_VS_HORIZON_ONLY === '1';

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

function transferFigure(id: string | null, t: m.Transfer | null, what: string): void {
  if (!t) {
    log(`${what}: not measured`);
    if (id) figures.push({ id, value: null, note: `${what}: not measured` });
    return;
  }
  const enc = t.allCompressed ? 'all gzip-compressed by vite preview' : 'NOT all compressed';
  const locales = Object.entries(t.locales).map(([l, k]) => `${l} ${kb(k)}`).join(', ') || 'none';
  log(`${what}: ${kb(t.kb)} in ${t.files.length} JS/CSS files (${enc}; locale chunks: ${locales})`);
  log(`    largest: ${t.files.slice(0, 8).map((f) => `${f.file} ${kb(f.kb)}`).join(', ')}`);
  // Another language's strings (beyond rc-pagination's built-in 0.2 KB zh_CN default) break the figure.
  const foreign = t.locales['zh-CN'] ?? 0;
  if (id) figures.push({ id, value: t.kb, note: `${t.files.length} files, ${enc}, locale chunks: ${locales}`, conditionOk: t.allCompressed && foreign < 1 });
}

async function pollConfig(origin: string): Promise<number> {
  const config = (await (await fetch(`${origin}/config.json`)).json()) as { pollIntervalMs?: number };
  return config.pollIntervalMs ?? 2000;
}

async function measureAll(browser: Browser, s: Preview, l: Preview) {
  const demo = await apiLogin(s.origin, 'demo', 'demo', 'demo');
  const admin = await apiLogin(s.origin, 'admin', 'admin', 'admin');
  const demoLarge = await apiLogin(l.origin, 'demo', 'demo', 'demo');
  const pollMs = await pollConfig(s.origin);
  const smallTotal = await countVolumes(demo);
  const largeTotal = await countVolumes(demoLarge);
  log(`servers: vite preview ${s.origin} (project demo: ${smallTotal} volumes) and ${l.origin} (project demo: ${largeTotal} volumes); production build + embedded emulator; poll interval ${pollMs} ms`);
  log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${cpus().length} CPUs)`);

  transferFigure('loginTransferKB', await step('login page transfer', () => m.loginTransfer(browser, s.origin)), 'login page (cold cache)');
  transferFigure('volumesTransferKB', await step('cold /volumes with a session', () => m.coldVolumesWithSession(browser, s.origin, m.DEMO)), '/volumes first time (cold cache, signed in)');

  const first = await step('first visit to /volumes via the login page', () => m.firstVisitToVolumes(browser, s.origin, m.DEMO));
  transferFigure(null, first?.transfer ?? null, '/volumes first time including the login page (cold cache, not budgeted)');
  const quiet = first ? m.quietWindow(first.page, first.recorder, QUIET_MS) : Promise.resolve(null);

  // While the quiet page sits idle in project demo, the state-changing figures use other projects.
  const latency = await step(`status latency ×${REPS}`, () => m.statusLatency(browser, s.origin, m.ADMIN, REPS));
  if (latency) log(`status latency: median ${Math.round(latency.medianMs)} ms, max ${Math.round(latency.maxMs)} ms, samples ${latency.samples.map(Math.round).join(', ')} ms${latency.discarded ? `, ${latency.discarded} discarded` : ''}`);
  figures.push({
    id: 'statusLatencyMs',
    value: latency && latency.samples.length >= 3 ? latency.medianMs : null,
    note: latency ? `median of ${latency.samples.length} (extend, 5 s emulator delay), max ${Math.round(latency.maxMs)} ms` : 'not measured',
  });

  const shapes: m.PollShape[] = [];
  for (const [api, origin, account, total] of [
    [admin, s.origin, m.ADMIN, await countVolumes(admin)],
    [demoLarge, l.origin, m.DEMO, largeTotal],
  ] as const) {
    const names = await step(`make ${TRANSITIONAL_ROWS} volumes transitional (${account.project}, ${origin})`, () => m.makeTransitional(api, TRANSITIONAL_ROWS));
    const label = `project ${account.project} (${total + TRANSITIONAL_ROWS} volumes)`;
    const shape = names ? await step(`poll shape, ${label}`, () => m.pollShape(browser, origin, account, names, PAGE_SIZES, label, pollMs * 4.5, pollMs)) : null;
    shapes.push(...(shape ?? []));
  }

  const quietResult = await quiet;
  await first?.close();
  if (quietResult) log(`quiet /volumes: ${quietResult.count} requests in ${quietResult.windowMs / 1000} s${quietResult.urls.length ? `: ${quietResult.urls.slice(0, 8).join(', ')}` : ''}`);
  figures.push({ id: 'quietRequestsPerMinute', value: quietResult?.perMinute ?? null, note: quietResult ? `${quietResult.count} requests in a ${quietResult.windowMs / 1000} s window` : 'not measured' });

  for (const sh of shapes) log(`poll: ${sh.label}, page size ${sh.pageSize}: ${sh.requestsPerPoll} requests/poll (rounds ${sh.perRound.join(',')}), ${kb(sh.bytesPerPoll / 1024)}/poll, ${sh.listCalls} list calls`);
  const counts = new Set(shapes.map((sh) => sh.requestsPerPoll));
  figures.push({
    id: 'requestsPerPoll',
    value: shapes.length === PAGE_SIZES.length * 2 ? Math.max(...shapes.map((sh) => sh.requestsPerPoll)) : null,
    note: shapes.length ? `${shapes.map((sh) => sh.requestsPerPoll).join('/')} across ${shapes.length} configurations (2 projects × page sizes ${PAGE_SIZES.join(', ')}); list calls while polling: ${shapes.reduce((n, sh) => n + sh.listCalls, 0)}` : 'not measured',
    conditionOk: counts.size === 1 && shapes.every((sh) => sh.listCalls === 0),
  });

  const pages = await step(`first page ×${REPS}, ${smallTotal} vs ${largeTotal} volumes (interleaved)`, () => m.firstPageTimes(browser, [s.origin, l.origin], m.DEMO, REPS, MAX_PAGE));
  const [fs, fl] = pages ?? [];
  for (const [f, total] of [[fs, smallTotal], [fl, largeTotal]] as const) {
    if (f) log(`first page, ${total} volumes: median ${Math.round(f.medianMs)} ms (${f.samples.map(Math.round).join(', ')}), list call median ${Math.round(f.listMedianMs)} ms, ${kb(f.apiKB)} API/visit, list calls ${f.listUrls.join(' ')}`);
  }
  figures.push({
    id: 'firstPageRatio',
    value: fs && fl ? fl.medianMs / fs.medianMs : null,
    note: fs && fl ? `${Math.round(fl.medianMs)} ms vs ${Math.round(fs.medianMs)} ms (list call ${Math.round(fl.listMedianMs)} vs ${Math.round(fs.listMedianMs)} ms); unbounded list calls: ${fs.unbounded + fl.unbounded}` : 'not measured',
    conditionOk: !!fs && !!fl && fs.unbounded + fl.unbounded === 0,
  });

  const snaps = await step(`snapshots first page ×${REPS}, ${smallTotal} vs ${largeTotal} volumes (interleaved)`, () => m.firstPageTimes(browser, [s.origin, l.origin], m.DEMO, REPS, MAX_PAGE, '/snapshots'));
  const [ss, sl] = snaps ?? [];
  for (const [f, total] of [[ss, smallTotal], [sl, largeTotal]] as const) {
    if (f) log(`snapshots first page, ${total} volumes: median ${Math.round(f.medianMs)} ms (${f.samples.map(Math.round).join(', ')}), ${kb(f.apiKB)} API/visit, volume list calls ${f.listUrls.join(' ') || 'none'}`);
  }
  figures.push({
    id: 'snapshotsFirstPageRatio',
    value: ss && sl ? sl.medianMs / ss.medianMs : null,
    note: ss && sl ? `${Math.round(sl.medianMs)} ms vs ${Math.round(ss.medianMs)} ms, volumes named; unbounded volume list calls: ${ss.unbounded + sl.unbounded}` : 'not measured',
    conditionOk: !!ss && !!sl && ss.unbounded + sl.unbounded === 0,
  });

  // A score is a timing figure too (Total Blocking Time swings with the machine's load): the median of
  // LIGHTHOUSE_RUNS runs per preset.
  const lighthouse: { preset: Preset; score: number; scores: number[] }[] = [];
  for (const preset of LIGHTHOUSE === 'both' ? (['mobile', 'desktop'] as const) : [LIGHTHOUSE]) {
    const runs: LighthouseResult[] = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      const r = await step(`Lighthouse ${preset} (${run}/${LIGHTHOUSE_RUNS})`, () => runLighthouse(s.origin, m.DEMO, preset));
      if (!r) continue;
      runs.push(r);
      log(`Lighthouse ${preset} /volumes: ${r.score} (${Object.entries(r.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}); report ${r.report}`);
    }
    if (runs.length) lighthouse.push({ preset, score: Math.round(median(runs.map((r) => r.score))), scores: runs.map((r) => r.score) });
  }
  const budgeted = lighthouse.find((r) => r.preset === LIGHTHOUSE_BUDGET_PRESET) ?? lighthouse[0];
  figures.push({
    id: 'lighthouseScore',
    value: budgeted?.score ?? null,
    note: budgeted ? `${budgeted.preset} preset, median of ${lighthouse.map((r) => `${r.preset} ${r.scores.join('/')}`).join('; ')}` : 'not measured',
  });

  // Accessibility on every route (signed in as admin so admin-only pages count too); the lowest is budgeted.
  const a11y = await step('Lighthouse accessibility, every route', () => runAccessibility(s.origin, m.ADMIN));
  for (const r of a11y ?? []) log(`accessibility ${r.route}: ${r.score}${r.failures.length ? ` (failing: ${r.failures.join('; ')}; ${r.nodes.join('; ')})` : ''}`);
  const lowest = a11y?.length ? a11y.reduce((low, r) => (r.score < low.score ? r : low)) : null;
  figures.push({ id: 'accessibilityScore', value: lowest?.score ?? null, note: lowest ? `lowest ${lowest.route} of ${a11y!.length} routes` : 'not measured' });
  log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

async function main() {
  const started = Date.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log('bench: building the production build…');
    await build();
  }
  const browser = await launchBrowser();
  let side: VsHorizon | null = null;
  if (VS_HORIZON) {
    log(`load average before the side-by-side: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${cpus().length} CPUs)`);
    side = await step('side-by-side with Horizon', () => vsHorizon(browser, { benchPort: PORT, reps: Number(process.env.BENCH_SIDE_REPS ?? REPS), log }));
    for (const table of side?.tables ?? []) {
      for (const goal of table.goals) {
        figures.push({ id: `${goal.id}:${table.server}`, value: goal.value, note: `${table.server}; console ${formatSpread(table.rows[0]?.consoleCold ?? null)} cold / ${formatSpread(table.rows[0]?.consoleWarm ?? null)} warm` });
      }
    }
  }
  if (VS_HORIZON_ONLY) {
    await browser.close();
    finish(started, side);
    return;
  }
  // Two emulators side by side: 50 and 5,000 volumes in project demo. Extends finish 5 s after the request.
  const [s, l] = await Promise.all([
    startPreview({ port: PORT, volumes: SMALL - SEEDED_DEMO_VOLUMES, delays: '{"extend":5000}', name: 'small' }),
    startPreview({ port: PORT_LARGE, volumes: LARGE - SEEDED_DEMO_VOLUMES, delays: '{"extend":5000}', name: 'large' }),
  ]);
  try {
    await measureAll(browser, s, l);
  } finally {
    await browser.close();
    await Promise.all([s.stop(), l.stop()]);
  }

  finish(started, side);
}

/** The budgets (those measured in this run) and, with --vs-horizon, the goals against Horizon. */
function finish(started: number, side: VsHorizon | null) {
  const budgets = [...(VS_HORIZON_ONLY ? [] : BUDGETS), ...(side ? sideBudgets(side) : [])];
  const rows = evaluate(budgets, figures);
  const table = formatTable(rows);
  const json = formatJsonLine(rows, { server: 'vite preview (gzip) + embedded emulator', seconds: Math.round((Date.now() - started) / 1000) });
  console.log(`\n${table}\n`);
  for (const r of rows) console.log(`${r.pass ? 'ok  ' : 'FAIL'} ${r.id}: ${r.note}`);
  console.log(json);
  writeFileSync(join(OUT_DIR, 'results.md'), `${details.join('\n')}\n\n${table}\n\n${json}\n`);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}

function sideBudgets(side: VsHorizon): Budget[] {
  return side.tables.flatMap((table) =>
    table.goals.map((goal) => ({ id: `${goal.id}:${table.server}`, label: `${goal.label} (${table.server})`, unit: 'ratio' as const, kind: 'max' as const, limit: goal.limit })),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
