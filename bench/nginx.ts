/**
 * The shipped nginx configuration (deploy/nginx/run.sh) serving the bench's build in front of the real
 * cloud, with TLS (a self-signed loopback certificate) so that Chromium speaks HTTP/2 to it, as it
 * would to a production deployment. Stopped by its own state directory; nothing else is touched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './server';

const run = promisify(execFile);
const RUN_SH = join(ROOT, 'deploy/nginx/run.sh');

export interface Nginx {
  origin: string;
  protocol: string;
  stop(): Promise<void>;
}

export async function startNginx(options: { port: number; root: string; authUrl: string }): Promise<Nginx> {
  const home = mkdtempSync(join(tmpdir(), 'cinder-console-bench-nginx-'));
  const env = {
    ...process.env,
    CONSOLE_NGINX_HOME: home,
    CONSOLE_LISTEN: `127.0.0.1:${options.port}`,
    CONSOLE_ROOT: options.root,
    CONSOLE_TLS: 'self-signed',
    KEYSTONE_URL: options.authUrl.replace(/\/v3\/?$/, ''),
    CINDER_URL: process.env.OS_VOLUME_ORIGIN || 'http://127.0.0.1:8776',
    GLANCE_URL: process.env.OS_IMAGE_ORIGIN || 'http://127.0.0.1:9292',
  };
  try {
    await run('bash', [RUN_SH, 'start'], { env });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error((e.stderr || e.message).trim().split('\n').pop() ?? 'deploy/nginx/run.sh failed');
  }
  return {
    origin: `https://127.0.0.1:${options.port}`,
    protocol: 'HTTPS, HTTP/2, precompressed',
    stop: async () => {
      await run('bash', [RUN_SH, 'stop'], { env }).catch(() => undefined);
    },
  };
}
