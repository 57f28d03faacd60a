/** Every failed call surfaces as one ApiError, whatever produced it. */
export type ApiErrorKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer at all (offline, proxy down, CORS)
  | 'timeout' // no answer within requestTimeoutMs
  | 'session'; // no usable session (not logged in, no endpoint in the catalog)

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  /** Cinder fault name (badRequest, itemNotFound, overLimit, …), 'error' for Keystone, '' when unknown. */
  readonly fault: string;
  /** x-openstack-request-id of the failed response, when the server sent one. */
  readonly requestId: string | null;

  constructor(init: { kind: ApiErrorKind; status: number; message: string; fault?: string; requestId?: string | null }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.fault = init.fault ?? '';
    this.requestId = init.requestId ?? null;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }
  get isForbidden(): boolean {
    return this.status === 403;
  }
  get isNotFound(): boolean {
    return this.status === 404;
  }
  get isConflict(): boolean {
    return this.status === 409;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Reads the message out of any OpenStack error body:
 * Cinder `{"badRequest": {"code", "message"}}`, Keystone `{"error": {"code", "title", "message"}}`,
 * Glance/webob plain text or HTML, or nothing at all.
 */
export function parseErrorBody(status: number, bodyText: string): { fault: string; message: string } {
  const fallback = `${status} ${reasonPhrases[status] ?? 'Error'}`;
  const text = bodyText.trim();
  if (text.startsWith('{')) {
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      for (const [fault, value] of Object.entries(body)) {
        if (value && typeof value === 'object' && 'message' in value) {
          const message = (value as { message?: unknown }).message;
          if (typeof message === 'string' && message) return { fault, message };
        }
      }
      if (typeof body.message === 'string') return { fault: '', message: body.message };
    } catch {
      // not JSON after all: fall through to text handling
    }
  }
  if (!text) return { fault: '', message: fallback };
  // HTML error pages (webob, nginx): keep the readable text only.
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { fault: '', message: plain.slice(0, 500) || fallback };
}
