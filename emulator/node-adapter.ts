/** Bridges node:http (Vite middleware, standalone server) and the web-standard handler. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Builds a Request from a Node request; `baseUrl` supplies scheme and host when the request has none. */
export async function toWebRequest(req: IncomingMessage, baseUrl: string): Promise<Request> {
  const host = req.headers.host;
  const base = host ? `${baseUrl.startsWith('https:') ? 'https' : 'http'}://${host}` : baseUrl;
  const url = new URL(req.url ?? '/', base);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else headers.set(key, value);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  let body: ArrayBuffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    if (chunks.length) {
      const buf = Buffer.concat(chunks);
      body = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    }
  }
  return new Request(url, { method, headers, body });
}

/** Writes a web Response to a Node response (status, headers incl. repeated ones, body). */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  const setCookies = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
  response.headers.forEach((value, key) => {
    if (key.toLowerCase() === 'set-cookie') return;
    res.setHeader(key, value);
  });
  if (setCookies.length) res.setHeader('set-cookie', setCookies);
  if (!response.body) {
    res.end();
    return;
  }
  const buffer = Buffer.from(await response.arrayBuffer());
  res.setHeader('content-length', String(buffer.length));
  res.end(buffer);
}
