import { getConfig } from './config';
import type { CinderOp, HttpMethod, RequestDescriptor, RequestParams } from './descriptor';
import { ApiError, parseErrorBody } from './errors';
import { peekPrimed, primedKey, putPrimed, takePrimed } from './primed-reads';
import { getSession } from './session';

export type Service = 'identity' | 'blockStorage' | 'image' | 'compute';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Token to send instead of the session's (login and re-scope); null sends none. */
  token?: string | null;
  /** Service endpoint to use instead of the session's (a call made for another project, with its token). */
  endpoint?: string;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
  requestId: string | null;
}

type UnauthorizedHandler = (error: ApiError) => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** The app registers what a 401 means (end the session, go to login); the API layer only reports it. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

/** What one finished call looked like, for observers (the activity center). Never holds the token. */
export interface ApiCallEvent {
  /** Set when the call was sent from a descriptor (every Cinder write): what it is, without parsing the path. */
  op?: CinderOp;
  params?: RequestParams;
  method: HttpMethod;
  service: Service;
  /** Path relative to the service endpoint, without the query string. */
  path: string;
  query?: Record<string, QueryValue>;
  /** The request body as given (observers must not keep it whole: it may hold a password). */
  body?: unknown;
  /** HTTP status; 0 when there was no answer. */
  status: number;
  requestId: string | null;
  /** Parsed response body on success. */
  data?: unknown;
  error?: ApiError;
  /** Date.now() when the call was sent and when it finished. */
  startedAt: number;
  endedAt: number;
}
type ApiCallListener = (event: ApiCallEvent) => void;
const callListeners = new Set<ApiCallListener>();

/** Observe every finished call (success or failure). React-free; returns the unsubscribe function. */
export function onApiCall(listener: ApiCallListener): () => void {
  callListeners.add(listener);
  return () => {
    callListeners.delete(listener);
  };
}

function emitCall(event: ApiCallEvent): void {
  for (const listener of callListeners) {
    try {
      listener(event);
    } catch {
      // an observer's bug must never break the call it observed
    }
  }
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function baseUrl(service: Service): string {
  const config = getConfig();
  if (service === 'identity') return config.proxy.identity;
  const session = getSession();
  const endpoint = service === 'blockStorage' ? session?.endpoints.blockStorage : service === 'image' ? session?.endpoints.image : session?.endpoints.compute;
  if (!endpoint) {
    throw new ApiError({
      kind: 'session',
      status: 0,
      message: !session ? 'Not signed in.' : service === 'image' ? 'The catalog has no image service.' : service === 'compute' ? 'The catalog has no compute service.' : 'Not signed in.',
    });
  }
  return endpoint;
}

/** Thrown inside primeReads (primedSucceeded) once a read's GET is on its way (looked up): the read stops there. */
class PrimingStarted extends Error {}
let priming = false;
/** Inside primedSucceeded: a read's first GET only looks up its primed answer and stops there. */
let peeking = false;
let peeked: Promise<Response> | undefined;

/**
 * Sends the GETs that `read` would send, without waiting for their answers: the first identical call
 * made later takes each answer over (primed-reads.ts). `read` is an ordinary API read (listVolumes(…)),
 * so what is primed is exactly what the page will ask for. Only a read's first request is primed.
 */
export function primeReads(read: () => Promise<unknown>): void {
  priming = true;
  try {
    read().catch(() => undefined);
  } finally {
    priming = false;
  }
}

/**
 * Whether the answer primed for `read`'s first GET has arrived as a success (2xx), without taking it
 * (false when none was primed or it failed). Lets a cache be filled ahead with that answer only when
 * it is one: a failed answer stays for the read that reports it (its request id, a 401 ending the
 * session), exactly as without the cache.
 */
export async function primedSucceeded(read: () => Promise<unknown>): Promise<boolean> {
  peeking = true;
  peeked = undefined;
  try {
    read().catch(() => undefined);
  } finally {
    peeking = false;
  }
  // Set by the read's sendRequest during the call above (TypeScript cannot see that).
  const answer = peeked as Promise<Response> | undefined;
  peeked = undefined;
  try {
    return (await answer)?.ok ?? false;
  } catch {
    return false;
  }
}

/** One HTTP call to an OpenStack service through the same-origin proxy. */
export function apiRequest<T>(service: Service, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  return observed<T>(service, path, options);
}

/** Sends a described Cinder call (src/api/descriptor.ts) and returns the response body. */
export async function send<T = unknown>(request: RequestDescriptor, options: Pick<RequestOptions, 'signal' | 'headers' | 'token' | 'endpoint'> = {}): Promise<T> {
  const { op, params, service, path, method, query, body } = request;
  return (await observed<T>(service, path, { method, query, body, ...options }, { op, params })).data;
}

async function observed<T>(service: Service, path: string, options: RequestOptions, described?: Pick<ApiCallEvent, 'op' | 'params'>): Promise<ApiResponse<T>> {
  if (callListeners.size === 0) return sendRequest<T>(service, path, options);
  const startedAt = Date.now();
  const base = { ...described, method: options.method ?? 'GET', service, path, query: options.query, body: options.body, startedAt } as const;
  try {
    const response = await sendRequest<T>(service, path, options);
    emitCall({ ...base, status: response.status, requestId: response.requestId, data: response.data, endedAt: Date.now() });
    return response;
  } catch (error) {
    if (error instanceof ApiError) emitCall({ ...base, status: error.status, requestId: error.requestId, error, endedAt: Date.now() });
    throw error;
  }
}

async function sendRequest<T>(service: Service, path: string, options: RequestOptions): Promise<ApiResponse<T>> {
  const config = getConfig();
  const session = getSession();
  const token = options.token === undefined ? (session?.token ?? null) : options.token;
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (token) headers['X-Auth-Token'] = token;
  if (service === 'blockStorage' && session && !headers['OpenStack-API-Version']) {
    headers['OpenStack-API-Version'] = `volume ${session.volumeApiVersion}`;
  }
  if (service === 'compute' && !headers['OpenStack-API-Version']) headers['OpenStack-API-Version'] = `compute ${config.computeApiVersion}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  const timeout = AbortSignal.timeout(config.requestTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const url = `${options.endpoint ?? baseUrl(service)}${path}${buildQuery(options.query)}`;

  const method = options.method ?? 'GET';
  const primeable = method === 'GET' ? primedKey(url, headers) : null;
  if (priming) {
    if (primeable) putPrimed(primeable, fetch(url, { method, headers, signal: timeout }));
    throw new PrimingStarted();
  }
  if (peeking) {
    peeked = primeable ? peekPrimed(primeable) : undefined;
    throw new PrimingStarted();
  }

  let response: Response;
  try {
    // An answer primed for this very GET (a failed one is asked again).
    const taken = primeable ? takePrimed(primeable)?.catch(() => fetch(url, { method, headers, body, signal })) : undefined;
    response = await (taken ?? fetch(url, { method, headers, body, signal }));
  } catch (cause) {
    // A cancellation asked for by the caller (e.g. TanStack Query) is not a failure to report.
    if (options.signal?.aborted) throw cause;
    if (timeout.aborted) {
      throw new ApiError({ kind: 'timeout', status: 0, message: `No answer within ${Math.round(config.requestTimeoutMs / 1000)} s.` });
    }
    throw new ApiError({ kind: 'network', status: 0, message: 'The server could not be reached.' });
  }

  const requestId = response.headers.get('x-openstack-request-id') ?? response.headers.get('x-compute-request-id');
  const text = response.status === 204 || options.method === 'HEAD' ? '' : await response.text();
  if (!response.ok) {
    const { fault, message } = parseErrorBody(response.status, text);
    const error = new ApiError({ kind: 'http', status: response.status, message, fault, requestId });
    // A 401 on a call made with the session's token means the session is over.
    if (response.status === 401 && token && token === session?.token) onUnauthorized?.(error);
    throw error;
  }
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  return { data: data as T, status: response.status, headers: response.headers, requestId };
}

/** Cinder reads, relative to the block-storage endpoint (which already holds the project id). Writes go through `send`. */
export const cinder = {
  get: async <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    (await apiRequest<T>('blockStorage', path, options)).data,
};
