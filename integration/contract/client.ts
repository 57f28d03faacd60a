/** Minimal Keystone + Cinder client for the contract scenarios (raw HTTP: the point is to see the wire). */
import type { Target, TargetAccount } from './target';

export interface WireResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, the raw text when it is not JSON, or null for an empty body. */
  body: unknown;
}

export interface CinderSession {
  account: TargetAccount;
  token: string;
  projectId: string;
  userId: string;
  roles: string[];
  /** Block-storage endpoint from the catalog, e.g. http://127.0.0.1:8776/v3/<project id>. */
  cinderUrl: string;
  /** The same endpoint without `/v3/<project id>`: where Cinder's version document lives. */
  cinderRoot: string;
  catalogTypes: string[];
  /** Image (Glance) endpoint from the catalog, if any. */
  glanceUrl: string | null;
  /** Compute (Nova) endpoint from the catalog, if any (optional service). */
  computeUrl: string | null;
}

/** The console pins this compute microversion (src/api/config.ts: computeApiVersion). */
export const CONSOLE_COMPUTE_MICROVERSION = '2.60';

/** The console pins this microversion (src/api/config.ts: volumeApiVersion). */
export const CONSOLE_MICROVERSION = '3.70';

export async function send(target: Target, method: string, url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<WireResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token) headers['X-Auth-Token'] = options.token;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await target.fetch(new Request(url, { method, headers, body, signal: AbortSignal.timeout(60_000) }));
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

export function passwordAuthBody(account: TargetAccount, password = account.password) {
  return {
    auth: {
      identity: { methods: ['password'], password: { user: { name: account.username, domain: { name: account.domain }, password } } },
      scope: { project: { name: account.project, domain: { name: account.domain } } },
    },
  };
}

interface TokenBody {
  token: {
    project: { id: string };
    user: { id: string };
    roles: { name: string }[];
    catalog: { type: string; endpoints: { interface: string; url: string }[] }[];
  };
}

/** Signs in (password, project scope) and finds the block-storage endpoint the way the console does. */
export async function login(target: Target, account: TargetAccount): Promise<{ response: WireResponse; session: CinderSession }> {
  const response = await send(target, 'POST', `${target.keystoneUrl}/auth/tokens`, { body: passwordAuthBody(account) });
  const token = response.headers.get('x-subject-token');
  if (response.status !== 201 || !token) throw new Error(`${target.name}: login of ${account.username} failed with ${response.status}`);
  const body = (response.body as TokenBody).token;
  const types = ['block-storage', 'volumev3', 'volumev2', 'volume', 'block-store'];
  let cinderUrl: string | undefined;
  for (const type of types) {
    const entry = body.catalog.find((c) => c.type === type);
    const endpoint = entry?.endpoints.find((e) => e.interface === 'public');
    if (endpoint) {
      cinderUrl = endpoint.url.replace(/\/+$/, '');
      break;
    }
  }
  if (!cinderUrl) throw new Error(`${target.name}: no block-storage endpoint in the catalog`);
  const glance = body.catalog.find((c) => c.type === 'image')?.endpoints.find((e) => e.interface === 'public');
  const nova = body.catalog.find((c) => c.type === 'compute')?.endpoints.find((e) => e.interface === 'public');
  const match = /^(.*)\/v3(\/[^/]+)?$/.exec(cinderUrl);
  const cinderRoot = match ? match[1]! : cinderUrl;
  const projectId = body.project.id;
  return {
    response,
    session: {
      account,
      token,
      projectId,
      userId: body.user.id,
      roles: body.roles.map((r) => r.name).sort(),
      cinderUrl: `${cinderRoot}/v3/${projectId}`,
      cinderRoot,
      catalogTypes: body.catalog.map((c) => c.type).sort(),
      glanceUrl: glance ? glance.url.replace(/\/+$/, '') : null,
      computeUrl: nova ? nova.url.replace(/\/+$/, '') : null,
    },
  };
}

export interface CinderCall {
  body?: unknown;
  /** OpenStack-API-Version microversion; null sends no header (Cinder then uses 3.0). */
  mv?: string | null;
  query?: Record<string, string | number | boolean>;
  headers?: Record<string, string>;
}

export function cinder(target: Target, session: CinderSession, method: string, path: string, call: CinderCall = {}): Promise<WireResponse> {
  const headers: Record<string, string> = { ...call.headers };
  const mv = call.mv === undefined ? CONSOLE_MICROVERSION : call.mv;
  if (mv !== null && !headers['OpenStack-API-Version']) headers['OpenStack-API-Version'] = `volume ${mv}`;
  const query = call.query ? `?${new URLSearchParams(Object.entries(call.query).map(([k, v]) => [k, String(v)])).toString()}` : '';
  return send(target, method, `${session.cinderUrl}${path}${query}`, { token: session.token, body: call.body, headers });
}
