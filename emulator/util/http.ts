/** Small Response builders shared by the three services. */

export type Headers = Record<string, string>;

export function jsonResponse(status: number, body: unknown, headers: Headers = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** The page webob renders for an unrouted path (what Cinder and Keystone's routers answer). */
export function notFoundHtml(headers: Headers = {}): Response {
  const body =
    '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n' +
    '  The resource could not be found.<br /><br />\n\n\n\n </body>\n</html>';
  return new Response(body, { status: 404, headers: { 'Content-Type': 'text/html; charset=UTF-8', ...headers } });
}

export function notFoundText(headers: Headers = {}): Response {
  return new Response('404 Not Found\n\nThe resource could not be found.\n\n   ', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=UTF-8', ...headers },
  });
}

export type BodyResult = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'malformed' };

/** Reads a JSON body; an empty body is reported separately because services treat it differently. */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { kind: 'malformed' };
  }
  if (!text.trim()) return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'malformed' };
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
