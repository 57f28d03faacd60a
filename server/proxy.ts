/**
 * The same-origin OpenStack proxy used by `npm start` and `npm run preview` (nginx does the same in
 * production, see deploy/). Web-standard Request → Response, so it is unit-testable and can forward
 * either to a real cloud (global fetch) or to the in-process emulator.
 *
 *   /api/identity/…       → Keystone (OS_AUTH_URL without /v3)
 *   /api/block-storage/…  → Cinder's origin, path kept
 *   /api/image/…          → Glance's origin, path kept
 *   /api/compute/…        → Nova's origin, path kept (only when the catalog has `compute`)
 *
 * Cinder's, Glance's and Nova's origins are learned from the catalog Keystone returns, and the catalog handed
 * to the browser is rewritten onto the prefixes, so the browser only ever talks to this origin.
 */
export type ProxyKind = 'identity' | 'blockStorage' | 'image' | 'compute';
export type UpstreamFetch = (request: Request) => Promise<Response>;

export interface ProxyOptions {
  /** Keystone base URL without `/v3`, e.g. http://127.0.0.1:5000 or http://host/identity. */
  identityUrl: string;
  upstreamFetch?: UpstreamFetch;
  /** Fixed upstream origins; otherwise learned from the catalog. */
  blockStorageOrigin?: string;
  imageOrigin?: string;
  computeOrigin?: string;
  prefixes?: Partial<Record<ProxyKind, string>>;
}

const catalogKinds: Record<string, ProxyKind> = {
  identity: 'identity',
  'block-storage': 'blockStorage',
  volumev3: 'blockStorage',
  volumev2: 'blockStorage',
  volume: 'blockStorage',
  'block-store': 'blockStorage',
  image: 'image',
  compute: 'compute',
};

const serviceNames: Record<ProxyKind, string> = { identity: 'Keystone', blockStorage: 'Cinder', image: 'Glance', compute: 'Nova' };
const catalogTypeNames: Record<Exclude<ProxyKind, 'identity'>, string> = { blockStorage: 'block-storage', image: 'image', compute: 'compute' };

// Hop-by-hop and encoding headers must not be copied between the two legs.
const droppedRequestHeaders = ['host', 'connection', 'content-length', 'accept-encoding', 'cookie', 'origin', 'referer'];
const droppedResponseHeaders = ['connection', 'content-length', 'content-encoding', 'transfer-encoding', 'keep-alive', 'set-cookie'];

interface CatalogEndpoint {
  url: string;
}
interface CatalogBody {
  token?: { catalog?: { type: string; endpoints: CatalogEndpoint[] }[] };
  catalog?: { type: string; endpoints: CatalogEndpoint[] }[];
}

export function createOpenStackProxy(options: ProxyOptions) {
  const upstreamFetch = options.upstreamFetch ?? ((request: Request) => fetch(request));
  const prefixes: Record<ProxyKind, string> = {
    identity: '/api/identity',
    blockStorage: '/api/block-storage',
    image: '/api/image',
    compute: '/api/compute',
    ...options.prefixes,
  };
  const identityUrl = options.identityUrl.replace(/\/+$/, '').replace(/\/v3$/, '');
  const origins: Partial<Record<ProxyKind, string>> = {
    blockStorage: options.blockStorageOrigin,
    image: options.imageOrigin,
    compute: options.computeOrigin,
  };

  function rewriteCatalog(catalog: { type: string; endpoints: CatalogEndpoint[] }[] | undefined) {
    for (const service of catalog ?? []) {
      const kind = catalogKinds[service.type];
      if (!kind) continue;
      for (const endpoint of service.endpoints) {
        let url: URL;
        try {
          url = new URL(endpoint.url);
        } catch {
          continue;
        }
        if (kind === 'identity') {
          if (!`${url.origin}${url.pathname}`.startsWith(identityUrl)) continue;
          endpoint.url = `${prefixes.identity}${`${url.origin}${url.pathname}`.slice(identityUrl.length)}`;
          continue;
        }
        // Only the first origin seen per kind is trusted, and only from our own Keystone.
        origins[kind] ??= url.origin;
        if (url.origin === origins[kind]) endpoint.url = `${prefixes[kind]}${url.pathname.replace(/\/+$/, '')}`;
      }
    }
  }

  async function learnCatalog(token: string | null): Promise<void> {
    if (!token) return;
    const response = await upstreamFetch(
      new Request(`${identityUrl}/v3/auth/catalog`, { headers: { 'X-Auth-Token': token, Accept: 'application/json' } }),
    );
    if (response.ok) rewriteCatalog(((await response.json()) as CatalogBody).catalog);
  }

  function upstreamFor(kind: ProxyKind): string | undefined {
    return kind === 'identity' ? identityUrl : origins[kind];
  }

  function kindOf(pathname: string): ProxyKind | null {
    for (const kind of ['identity', 'blockStorage', 'image', 'compute'] as const) {
      const prefix = prefixes[kind];
      if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return kind;
    }
    return null;
  }

  /** Answers a request under one of the prefixes, or returns null for anything else. */
  return async function proxy(request: Request): Promise<Response | null> {
    const incoming = new URL(request.url);
    const kind = kindOf(incoming.pathname);
    if (!kind) return null;

    if (!upstreamFor(kind)) await learnCatalog(request.headers.get('x-auth-token')).catch(() => undefined);
    const upstream = upstreamFor(kind);
    if (!upstream) return gatewayError(503, `No ${catalogTypeNames[kind as Exclude<ProxyKind, 'identity'>]} endpoint is known yet: sign in again.`);

    const target = `${upstream}${incoming.pathname.slice(prefixes[kind].length)}${incoming.search}`;
    const headers = new Headers(request.headers);
    for (const name of droppedRequestHeaders) headers.delete(name);
    const hasBody = !['GET', 'HEAD'].includes(request.method);
    let response: Response;
    try {
      response = await upstreamFetch(
        new Request(target, {
          method: request.method,
          headers,
          body: hasBody ? await request.arrayBuffer() : undefined,
          redirect: 'manual',
        }),
      );
    } catch (error) {
      const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      return gatewayError(502, `Cannot reach ${serviceNames[kind]} at ${new URL(target).origin}: ${reason}`);
    }

    const responseHeaders = new Headers(response.headers);
    for (const name of droppedResponseHeaders) responseHeaders.delete(name);
    // Keystone's WWW-Authenticate names its own URL; the browser must not be sent there.
    if (responseHeaders.has('www-authenticate')) responseHeaders.set('www-authenticate', `Keystone uri="${prefixes.identity}"`);

    const isCatalog = kind === 'identity' && /\/v3\/auth\/(tokens|catalog)$/.test(incoming.pathname);
    if (isCatalog && response.ok && request.method !== 'HEAD' && response.status !== 204) {
      const body = (await response.json()) as CatalogBody;
      rewriteCatalog(body.token?.catalog ?? body.catalog);
      return new Response(JSON.stringify(body), { status: response.status, headers: responseHeaders });
    }
    const nullBody = request.method === 'HEAD' || [204, 304].includes(response.status);
    return new Response(nullBody ? null : await response.arrayBuffer(), { status: response.status, headers: responseHeaders });
  };

  function gatewayError(status: number, message: string): Response {
    const title = status === 502 ? 'Bad Gateway' : 'Service Unavailable';
    return Response.json({ error: { code: status, title, message } }, { status });
  }
}
