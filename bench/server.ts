/**
 * Processes the bench starts: one production build, and `vite preview` instances (the production
 * build with the embedded emulator behind /api and its control API at /_emulator). Each is stopped
 * by its own pid; nothing else is touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const OUT_DIR = join(ROOT, '.bench');
/** The bench's own build: others rebuilding dist/ mid-run must not pull files from under the preview. */
export const DIST_DIR = join(OUT_DIR, process.env.BENCH_DIST ?? 'dist');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

function logFile(name: string) {
  mkdirSync(OUT_DIR, { recursive: true });
  return createWriteStream(join(OUT_DIR, name));
}

function run(args: string[], env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = logFile(log);
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return child;
}

/** `vite build` once into .bench/dist; resolves when it succeeded, rejects with the log's name otherwise. */
export function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = run(['build', '--outDir', DIST_DIR, '--emptyOutDir'], {}, 'build.log');
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}); see .bench/build.log`))));
  });
}

export interface Preview {
  origin: string;
  stop(): Promise<void>;
}

export interface PreviewOptions {
  port: number;
  /** EMULATOR_VOLUMES: extra volumes in project demo. */
  volumes?: number;
  /** EMULATOR_DELAYS: 'instant' | 'realistic' | partial JSON. */
  delays?: string;
  /** A real cloud (OS_AUTH_URL) behind the preview's proxy instead of the embedded emulator. */
  osAuthUrl?: string;
  name: string;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  // Measuring someone else's server by mistake would be worse than not measuring.
  if (await answers(`http://127.0.0.1:${options.port}/`)) throw new Error(`port ${options.port} is already in use; set BENCH_PORT / BENCH_PORT_LARGE`);
  const env: NodeJS.ProcessEnv = { PORT: String(options.port), EMULATOR_STATE_FILE: '' };
  env.EMULATOR_VOLUMES = String(options.volumes ?? 0);
  if (options.delays) env.EMULATOR_DELAYS = options.delays;
  const child = run(['preview', '--outDir', DIST_DIR, '--port', String(options.port), '--strictPort'], { ...env, OS_AUTH_URL: options.osAuthUrl ?? '' }, `preview-${options.name}.log`);
  const origin = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(`${origin}/config.json`, child, 30_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`vite preview (${options.name}) did not start: ${(error as Error).message}; see .bench/preview-${options.name}.log`);
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => {
          if (child.exitCode === null) child.kill('SIGKILL');
        }, 3000).unref();
      }),
  };
}
