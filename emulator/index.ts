/**
 * Cinder Console's embedded OpenStack: Keystone v3 + Cinder v3 (3.0–3.70, Zed behaviour) + a small
 * Glance v2, as a web-standard handler (Request → Promise<Response>) that runs inside Vite's dev
 * server, as a standalone server (server.ts) and inside Vitest.
 *
 *   /identity/v3/…        Keystone          /volume/v3[/{project_id}]/…   Cinder
 *   /image/v2/images      Glance            /_emulator/…                 test control API
 *   /compute/v2.1/…       Nova (servers, volume attachments)
 */
import { handleCinder, renderFault } from './cinder/router';
import { CinderFault, SERVER_ERROR_MESSAGE, SERVICE_UNAVAILABLE_MESSAGE } from './cinder/faults';
import { withStores } from './cinder/registry';
import { handleControl } from './control';
import { applyDue } from './flows';
import { handleGlance } from './glance';
import { handleKeystone, keystoneError } from './keystone/router';
import { handleNova } from './nova/router';
import { resolveDelays, type EmulatorOptions } from './options';
import { createSaver, loadState } from './persistence';
import type { Scenarios } from './scenario-api';
import { createScenarios } from './scenarios';
import { seedState } from './seed';
import type { State } from './state';
import { jsonResponse, notFoundText, sleep } from './util/http';
import { requestId } from './util/ids';
import type { Runtime, World } from './world';

export type { Delays, EmulatorOptions } from './options';
export { emulatorOptionsFromEnv, INSTANT_DELAYS, REALISTIC_DELAYS } from './options';
export type { Scenarios, CreateVolumeArgs, ScenarioName, ScenarioArgs, ScenarioAnswer, ScenarioRequest } from './scenario-api';
export { SEED, SEED_EPOCH, DEFAULT_QUOTAS } from './seed';

export interface Emulator {
  /** Never throws; unknown paths answer 404. */
  handle(request: Request): Promise<Response>;
  /** Back to the seed (tokens survive, so logged-in sessions keep working). */
  reset(): void;
  scenarios: Scenarios;
  /** Write the state file now (no-op without persistFile). */
  flush(): void;
}

const DEFAULT_TOKEN_TTL = 3600;

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const initialDelays = resolveDelays(options.delays);
  const fresh = (): State => withStores(seedState({ seed: options.seed, volumeCount: options.volumeCount ?? 0 }));
  const loaded = options.persistFile ? loadState(options.persistFile) : null;
  const runtime: Runtime = { serverErrors: [], slow: [] };

  let saver: ReturnType<typeof createSaver> | null = null;
  const world: World = {
    state: loaded ?? fresh(),
    delays: initialDelays,
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL,
    now,
    runtime,
    counters: { recordsRendered: 0 },
    changed: () => saver?.changed(),
  };
  if (options.persistFile) {
    saver = createSaver(options.persistFile, () => world.state);
    if (!loaded) saver.changed();
  }
  const scenarios = createScenarios(world);

  const reset = () => {
    const tokens = world.state.tokens;
    world.state = fresh();
    world.state.tokens = tokens;
    world.delays = { ...initialDelays };
    runtime.serverErrors.length = 0;
    runtime.slow.length = 0;
    world.changed();
  };

  async function dispatch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    // CORS preflights: the services answer 200 without Access-Control-* headers unless CORS is configured.
    if (request.method.toUpperCase() === 'OPTIONS') return new Response(null, { status: 200, headers: { 'x-openstack-request-id': requestId() } });
    const segments = url.pathname.split('/').filter(Boolean);
    applyDue(world);
    if (segments[0] === '_emulator') return handleControl(world, { reset, scenarios }, request, segments.slice(1));

    const path = url.pathname;
    const slow = takeRule(runtime.slow, path);
    if (slow) await sleep(slow.ms);
    const failure = takeRule(runtime.serverErrors, path);
    if (failure) return injectedFailure(failure.status, segments[0], url.origin, request);

    switch (segments[0]) {
      case 'identity':
        return handleKeystone(world, request, url, segments.slice(1));
      case 'volume':
        return handleCinder(world, request, url, segments.slice(1));
      case 'image':
        return handleGlance(world, request, url, segments.slice(1));
      case 'compute':
        return handleNova(world, request, url, segments.slice(1));
      default:
        return notFoundText({ 'x-openstack-request-id': requestId() });
    }
  }

  return {
    async handle(request: Request): Promise<Response> {
      try {
        return await dispatch(request);
      } catch (error) {
        // A bug in the emulator must look like a server error, not crash the host (Vite, tests).
        console.error('[emulator] unhandled error', error);
        return renderFault(new CinderFault(500, SERVER_ERROR_MESSAGE), requestId(), null);
      }
    },
    reset,
    scenarios,
    flush: () => saver?.flush(),
  };
}

function takeRule<T extends { remaining: number; pathPrefix: string }>(rules: T[], path: string): T | null {
  const i = rules.findIndex((r) => path.startsWith(r.pathPrefix));
  if (i === -1) return null;
  const rule = rules[i]!;
  if (rule.remaining > 0) {
    rule.remaining -= 1;
    if (rule.remaining === 0) rules.splice(i, 1);
  }
  return rule;
}

function injectedFailure(status: 500 | 503, service: string | undefined, origin: string, request: Request): Response {
  const rid = requestId();
  if (service === 'identity') {
    const message = status === 500 ? 'An unexpected error prevented the server from fulfilling your request.' : SERVICE_UNAVAILABLE_MESSAGE;
    return keystoneError(origin, status, message, { 'x-openstack-request-id': rid });
  }
  if (service === 'volume' || service === 'compute') {
    return renderFault(new CinderFault(status, status === 500 ? SERVER_ERROR_MESSAGE : SERVICE_UNAVAILABLE_MESSAGE), rid, null);
  }
  void request;
  return jsonResponse(status, { message: status === 500 ? SERVER_ERROR_MESSAGE : SERVICE_UNAVAILABLE_MESSAGE, code: `${status}`, title: status === 500 ? 'Internal Server Error' : 'Service Unavailable' }, { 'x-openstack-request-id': rid });
}
