/**
 * The `--vs-horizon` part of the bench: starts the production build in front of the real cloud (vite
 * preview with OS_AUTH_URL, and Debian's nginx with deploy/'s configuration when nginx is installed),
 * measures it side by side with Horizon (bench/horizon.ts) and returns the table and the goals. Without
 * a real cloud or Horizon it says so and returns nothing: the rest of the bench runs as before.
 *
 * Env: OS_AUTH_URL (http://127.0.0.1:5000/v3), BENCH_HORIZON_URL (http://127.0.0.1:8086),
 *      BENCH_REAL_PORT (BENCH_PORT + 2: the preview in front of the real cloud), NGINX_PORT (5210),
 *      BENCH_SIDE_REPS (BENCH_REPS); BENCH_SIDE_CASES (a text the measured cases' labels contain, e.g.
 *      "/volumes"), BENCH_SIDE_SERVERS (preview,nginx) to measure fewer.
 */
import type { Browser } from 'playwright-core';
import { horizonAnswers, measureSideBySide, SIDE_CASES, type ServerUnderTest } from './horizon';
import { startNginx } from './nginx';
import { DIST_DIR, startPreview, type Preview } from './server';
import { formatSideBySide, goalsOf, sideBySideRow, type GoalResult, type SideBySideRow } from './side-by-side';

export interface VsHorizon {
  /** Per server the console was measured through (vite preview, nginx). */
  tables: { server: string; rows: SideBySideRow[]; goals: GoalResult[] }[];
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

export async function vsHorizon(browser: Browser, options: { benchPort: number; reps: number; log: (line: string) => void }): Promise<VsHorizon | null> {
  const { log } = options;
  const authUrl = process.env.OS_AUTH_URL || 'http://127.0.0.1:5000/v3';
  const horizon = (process.env.BENCH_HORIZON_URL || 'http://127.0.0.1:8086').replace(/\/$/, '');
  if (!(await answers(authUrl))) {
    log(`vs-horizon: no Keystone at ${authUrl} (start the real cloud: sudo bash openstack/up.sh); the side-by-side is skipped`);
    return null;
  }
  if (!(await horizonAnswers(horizon))) {
    log(`vs-horizon: Horizon does not answer at ${horizon} (start it: sudo bash openstack/horizon-up.sh); the side-by-side is skipped`);
    return null;
  }
  const realPort = Number(process.env.BENCH_REAL_PORT ?? options.benchPort + 2);
  const only = process.env.BENCH_SIDE_CASES;
  const selected = only ? SIDE_CASES.filter((c) => c.label.includes(only)) : SIDE_CASES;
  const wanted = (process.env.BENCH_SIDE_SERVERS ?? 'preview,nginx').split(',');
  const servers: { server: ServerUnderTest; stop: () => Promise<void> }[] = [];
  try {
    if (wanted.includes('preview')) {
      const preview: Preview = await startPreview({ port: realPort, osAuthUrl: authUrl, name: 'real' });
      servers.push({ server: { name: 'vite preview', origin: preview.origin }, stop: preview.stop });
    }
    const nginx = !wanted.includes('nginx') ? null : await startNginx({ port: Number(process.env.NGINX_PORT ?? 5210), root: DIST_DIR, authUrl }).catch((error: Error) => {
      log(`vs-horizon: nginx not measured: ${error.message}`);
      return null;
    });
    if (nginx) servers.push({ server: { name: `nginx (${nginx.protocol})`, origin: nginx.origin }, stop: nginx.stop });

    const tables: VsHorizon['tables'] = [];
    for (const { server } of servers) {
      log(`vs-horizon: console through ${server.name} at ${server.origin} vs Horizon at ${horizon}, same cloud (${authUrl}), ${options.reps} loads each`);
      // One server's failure leaves the other's table standing.
      const cases = await measureSideBySide(browser, server, horizon, options.reps, log, selected).catch((error: Error) => {
        log(`vs-horizon: ${server.name} not measured: ${error.message.split('\n')[0]}`);
        return null;
      });
      if (!cases) continue;
      const rows = cases.map(sideBySideRow);
      tables.push({ server: server.name, rows, goals: goalsOf(rows[0]) });
      log(`\nconsole (${server.name}) vs Horizon, "table visible" (median [min–max] of ${options.reps}):\n\n${formatSideBySide(rows)}\n`);
    }
    return { tables };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
