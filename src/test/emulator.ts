/**
 * Component and page tests against the embedded emulator, in process: a fresh emulator per test behind the
 * same same-origin proxy the dev server uses (server/proxy.ts), reached through a `fetch` installed for
 * jsdom. The console's own API layer sends its real requests (/api/identity/…, /api/block-storage/…), so
 * a test asserts on what the emulator then holds or on what the page shows after the server answered.
 */
import { vi } from 'vitest';
import { createEmulator, SEED, type Emulator, type EmulatorOptions } from '../../emulator';
import { Cinder, login } from '../../emulator/tests/helpers';
import { setConfig } from '../api/config';
import { buildSession, passwordLogin } from '../api/keystone';
import { setSession, type Session } from '../api/session';
import { createOpenStackProxy } from '../../server/proxy';

/** The emulator's origin behind the proxy, as in server/vite-plugin.ts. */
const EMULATOR_ORIGIN = 'http://emulator.internal';

export interface SentRequest {
  method: string;
  /** As the browser sends it, through the proxy: `/api/block-storage/volume/v3/<project>/snapshots`. */
  path: string;
  query: string;
  /** The JSON body, parsed. */
  body: unknown;
  status: number;
  requestId: string | null;
}

export interface TestCloud {
  emu: Emulator;
  /** Every request the console sent and how it was answered, in order. */
  requests: SentRequest[];
  /** The last request with this method whose path (without the query) ends with `pathEnd`. */
  lastRequest(method: string, pathEnd: string): SentRequest;
  /** Signs in through the console's real login calls and makes the result the current session. */
  signIn(user: 'admin' | 'demo' | 'alice', project?: Project, options?: { volumeApiVersion?: string }): Promise<Session>;
  /** A Cinder client straight to the emulator (not through the console), to seed and read back state. */
  cinderAs(user: 'admin' | 'demo' | 'alice', project?: Project): Promise<Cinder>;
}

type Project = keyof typeof SEED.projects;
const PROJECT_OF: Record<'admin' | 'demo' | 'alice', Project> = { admin: 'admin', demo: 'demo', alice: 'demo' };

/**
 * Starts a fresh emulator (instant flows unless told otherwise) and routes `fetch` into it until the test
 * ends (src/test/setup.ts unstubs globals and ends the session). A request outside /api/ fails loudly:
 * a test must not depend on anything the emulator does not answer.
 */
export function startCloud(options: EmulatorOptions = {}): TestCloud {
  const emu = createEmulator({ delays: 'instant', ...options });
  const proxy = createOpenStackProxy({ identityUrl: `${EMULATOR_ORIGIN}/identity`, upstreamFetch: (request) => emu.handle(request) });
  const requests: SentRequest[] = [];

  vi.stubGlobal('fetch', async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, window.location.href);
    const method = init.method ?? 'GET';
    // jsdom's AbortSignal is not Node's, so the Request does not carry it; an abort still rejects the call.
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const request = new Request(url, { method, headers: init.headers, body: init.body as BodyInit | null | undefined });
    const answer = proxy(request).then((response) => {
      if (!response) throw new TypeError(`The test cloud does not answer ${method} ${url.pathname}`);
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      const requestId = response.headers.get('x-openstack-request-id');
      requests.push({ method, path: url.pathname, query: url.search, body, status: response.status, requestId });
      return response;
    });
    if (!signal) return answer;
    return Promise.race([
      answer,
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true })),
    ]);
  });

  return {
    emu,
    requests,
    lastRequest(method, pathEnd) {
      const found = requests.findLast((r) => r.method === method && r.path.endsWith(pathEnd));
      if (!found) throw new Error(`No ${method} …${pathEnd} was sent; sent: ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
      return found;
    },
    async signIn(user, project = PROJECT_OF[user], { volumeApiVersion } = {}) {
      if (volumeApiVersion) setConfig({ volumeApiVersion });
      const issued = await passwordLogin({ username: user, password: user, domain: 'Default' }, project);
      const session = await buildSession(issued);
      setSession(session);
      return session;
    },
    async cinderAs(user, project = PROJECT_OF[user]) {
      return new Cinder(emu, await login(emu, user, project), SEED.projects[project]);
    },
  };
}

export { SEED };
