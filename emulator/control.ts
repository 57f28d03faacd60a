/**
 * The test/bench control API under /_emulator (not OpenStack): reset, scenarios, delays, state summary.
 */
import { STORE_NAMES } from './cinder/registry';
import { isDelaysInput, resolveDelays } from './options';
import type { ScenarioAnswer, ScenarioName } from './scenario-api';
import { ScenarioError, type Scenarios } from './scenarios';
import { isObject, jsonResponse, readJsonBody } from './util/http';
import type { World } from './world';

export interface ControlHooks {
  reset(): void;
  scenarios: Scenarios;
}

function error(status: number, message: string): Response {
  return jsonResponse(status, { error: message });
}

export function stateSummary(world: World): Record<string, unknown> {
  const s = world.state;
  const byProject: Record<string, { name: string; volumes: number; snapshots: number }> = {};
  for (const p of s.projects) byProject[p.id] = { name: p.name, volumes: 0, snapshots: 0 };
  const byStatus: Record<string, number> = {};
  for (const v of s.volumes.values()) {
    (byProject[v.projectId] ??= { name: v.projectId, volumes: 0, snapshots: 0 }).volumes++;
    byStatus[v.status] = (byStatus[v.status] ?? 0) + 1;
  }
  for (const sn of s.snapshots.values()) (byProject[sn.projectId] ??= { name: sn.projectId, volumes: 0, snapshots: 0 }).snapshots++;
  return {
    now: new Date(world.now()).toISOString(),
    volumes: s.volumes.size,
    snapshots: s.snapshots.size,
    volumeTypes: Object.keys(s.volumeTypes).length,
    qosSpecs: Object.keys(s.qosSpecs).length,
    messages: Object.keys(s.messages).length,
    tokens: Object.keys(s.tokens).length,
    /** Records per registered store. */
    stores: Object.fromEntries(STORE_NAMES.map((name) => [name, s[name].size])),
    pendingTransitions: s.pending.length,
    volumesByStatus: byStatus,
    projects: byProject,
    stuckVolumes: [...s.volumes.values()].filter((v) => v.stuck).map((v) => v.id),
    failNext: s.failNext,
    serverErrors: world.runtime.serverErrors,
    slowResponses: world.runtime.slow,
    delays: world.delays,
    counters: world.counters,
  };
}

export async function handleControl(world: World, hooks: ControlHooks, request: Request, path: string[]): Promise<Response> {
  const method = request.method.toUpperCase();
  const what = path.join('/');
  if (what === 'reset' && method === 'POST') {
    hooks.reset();
    return jsonResponse(200, { ok: true });
  }
  if (what === 'state' && method === 'GET') return jsonResponse(200, stateSummary(world));
  const names = Object.keys(hooks.scenarios) as ScenarioName[];
  if (what === 'scenarios' && method === 'GET') return jsonResponse(200, { scenarios: names });
  if (what === 'delays' && method === 'GET') return jsonResponse(200, { delays: world.delays });
  if (what === 'delays' && method === 'POST') {
    const body = await readJsonBody(request);
    const value = body.kind === 'json' ? body.value : undefined;
    const input = isObject(value) && 'delays' in value ? value.delays : value;
    if (!isDelaysInput(input)) return error(400, 'body must be "instant", "realistic" or an object of non-negative delays in ms');
    world.delays = input === 'instant' || input === 'realistic' ? resolveDelays(input) : resolveDelays(input, world.delays);
    return jsonResponse(200, { delays: world.delays });
  }
  if (what === 'scenario' && method === 'POST') {
    const body = await readJsonBody(request);
    if (body.kind !== 'json' || !isObject(body.value) || typeof body.value.name !== 'string') return error(400, 'body must be {"name": "...", "args": {...}}');
    const name = body.value.name;
    if (!(names as string[]).includes(name)) return error(400, `unknown scenario ${name}; known: ${names.join(', ')}`);
    const args = isObject(body.value.args) ? body.value.args : {};
    try {
      // The arguments arrive as JSON: each scenario checks what it reads (ScenarioError → 400).
      const fn = hooks.scenarios[name as ScenarioName] as (a: unknown) => unknown;
      const answer: ScenarioAnswer = { ok: true, scenario: name as ScenarioName, result: (fn(args) ?? null) as ScenarioAnswer['result'] };
      return jsonResponse(200, answer);
    } catch (e) {
      if (e instanceof ScenarioError) return error(400, e.message);
      throw e;
    }
  }
  return error(404, `unknown control endpoint ${method} /_emulator/${what}`);
}
