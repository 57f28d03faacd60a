import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createEmulator, emulatorOptionsFromEnv } from '../emulator';
import { sendWebResponse, toWebRequest } from '../emulator/node-adapter';
import { createOpenStackProxy, type UpstreamFetch } from './proxy';

/** Where the emulator lives "inside" the dev server; never reachable from outside except through the proxy. */
const EMULATOR_ORIGIN = 'http://emulator.internal';

interface Backend {
  describe: string[];
  handle(request: Request): Promise<Response | null>;
}

function createBackend(env: NodeJS.ProcessEnv): Backend {
  const authUrl = env.OS_AUTH_URL?.trim();
  if (authUrl) {
    const proxy = createOpenStackProxy({
      identityUrl: authUrl,
      blockStorageOrigin: env.OS_VOLUME_ORIGIN || undefined,
      imageOrigin: env.OS_IMAGE_ORIGIN || undefined,
      computeOrigin: env.OS_COMPUTE_ORIGIN || undefined,
    });
    return { describe: [`OpenStack: ${authUrl} (OS_AUTH_URL)`], handle: proxy };
  }
  const emulator = createEmulator(emulatorOptionsFromEnv(env));
  const upstream: UpstreamFetch = (request) => emulator.handle(request);
  const proxy = createOpenStackProxy({ identityUrl: `${EMULATOR_ORIGIN}/identity`, upstreamFetch: upstream });
  return {
    describe: [
      'OpenStack: embedded emulator (set OS_AUTH_URL=http://keystone:5000/v3 to use a real cloud)',
      'Demo accounts (emulator only, domain Default):',
      '  admin / admin  — admin of project "admin"',
      '  demo  / demo   — member of project "demo"',
      '  alice / alice  — member of projects "demo" and "research"',
    ],
    async handle(request) {
      const url = new URL(request.url);
      // Test/bench control API of the emulator (scenarios, reset); embedded mode only.
      if (url.pathname.startsWith('/_emulator/')) return emulator.handle(new Request(`${EMULATOR_ORIGIN}${url.pathname}${url.search}`, request));
      return proxy(request);
    },
  };
}

function middleware(backend: Backend) {
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const path = req.url ?? '/';
    if (!path.startsWith('/api/') && !path.startsWith('/_emulator/')) return next();
    (async () => {
      const request = await toWebRequest(req, 'http://console.local');
      const response = await backend.handle(request);
      if (!response) return next();
      await sendWebResponse(res, response);
    })().catch(next);
  };
}

function announce(server: ViteDevServer | PreviewServer, backend: Backend) {
  // Clients (browsers, test runners) keep connections longer than Node's 5 s default: closing first
  // races their next request into a "socket hang up".
  if (server.httpServer && 'keepAliveTimeout' in server.httpServer) server.httpServer.keepAliveTimeout = 65_000;
  server.httpServer?.once('listening', () => {
    setTimeout(() => {
      for (const line of backend.describe) server.config.logger.info(`  ${line}`);
    }, 50);
  });
}

/** Serves /api/* (and the emulator's /_emulator/*) in both `vite` and `vite preview`. */
export function openstackBackend(): Plugin {
  let backend: Backend | null = null;
  const get = () => (backend ??= createBackend(process.env));
  return {
    name: 'cinder-console:openstack-backend',
    configureServer(server) {
      const b = get();
      announce(server, b);
      server.middlewares.use(middleware(b));
    },
    configurePreviewServer(server) {
      const b = get();
      announce(server, b);
      server.middlewares.use(middleware(b));
    },
  };
}
