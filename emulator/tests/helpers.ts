/** Test helpers: an emulator on a controllable clock and small authenticated clients. */
import { createEmulator, SEED, type Emulator, type EmulatorOptions } from '../index';

export const ORIGIN = 'http://emu.test';

/** Response bodies are asserted structurally in tests; a loose type keeps those assertions readable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export class Clock {
  constructor(public t = Date.UTC(2025, 0, 15, 12, 0, 0)) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

export interface Reply<T = Body> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function call<T = Body>(emu: Emulator, method: string, path: string, opts: { token?: string; mv?: string | null; body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers['X-Auth-Token'] = opts.token;
  if (opts.mv) headers['OpenStack-API-Version'] = `volume ${opts.mv}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await emu.handle(
    new Request(`${ORIGIN}${path}`, { method, headers, body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }),
  );
  const text = await response.text();
  let body: Body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body, text };
}

export function passwordAuth(user: string, project?: string, password = user) {
  return {
    auth: {
      identity: { methods: ['password'], password: { user: { name: user, domain: { name: 'Default' }, password } } },
      ...(project ? { scope: { project: { name: project, domain: { name: 'Default' } } } } : {}),
    },
  };
}

export async function login(emu: Emulator, user: string, project: string): Promise<string> {
  const r = await call(emu, 'POST', '/identity/v3/auth/tokens', { body: passwordAuth(user, project) });
  if (r.status !== 201) throw new Error(`login ${user}/${project}: ${r.status} ${r.text}`);
  return r.headers.get('X-Subject-Token')!;
}

/** A Cinder client bound to one token and project (URLs carry the project id, like the catalog). */
export class Cinder {
  constructor(
    readonly emu: Emulator,
    readonly token: string,
    readonly projectId: string,
    public mv: string | null = '3.70',
  ) {}
  path(p: string) {
    return `/volume/v3/${this.projectId}${p}`;
  }
  get<T = Body>(p: string, mv = this.mv) {
    return call<T>(this.emu, 'GET', this.path(p), { token: this.token, mv });
  }
  post<T = Body>(p: string, body?: unknown, mv = this.mv) {
    return call<T>(this.emu, 'POST', this.path(p), { token: this.token, mv, body });
  }
  put<T = Body>(p: string, body?: unknown, mv = this.mv) {
    return call<T>(this.emu, 'PUT', this.path(p), { token: this.token, mv, body });
  }
  del<T = Body>(p: string, mv = this.mv) {
    return call<T>(this.emu, 'DELETE', this.path(p), { token: this.token, mv });
  }
  action<T = Body>(volumeId: string, body: unknown, mv = this.mv) {
    return this.post<T>(`/volumes/${volumeId}/action`, body, mv);
  }
}

export interface World {
  emu: Emulator;
  clock: Clock;
  demo: Cinder;
  admin: Cinder;
  alice: Cinder;
}

export async function setup(options: EmulatorOptions = {}): Promise<World> {
  const clock = new Clock();
  const emu = createEmulator({ now: clock.now, ...options });
  const demo = new Cinder(emu, await login(emu, 'demo', 'demo'), SEED.projects.demo);
  const admin = new Cinder(emu, await login(emu, 'admin', 'admin'), SEED.projects.admin);
  const alice = new Cinder(emu, await login(emu, 'alice', 'research'), SEED.projects.research);
  return { emu, clock, demo, admin, alice };
}

export { SEED };
