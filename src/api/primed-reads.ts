/**
 * GETs started before anyone asked for them: the entry asks Cinder for the first page while React and
 * the page's code are still loading, a navigation link asks when it is clicked. The first identical call
 * (same URL, token and microversion) takes the answer over instead of sending its own, so the page's
 * own query (its key and options in src/queries) receives it. One taker per answer; an answer nobody
 * took within PRIMED_MAX_AGE_MS is dropped, since a later read must be fresh.
 */
export const PRIMED_MAX_AGE_MS = 10_000;

interface Primed {
  response: Promise<Response>;
  at: number;
}

const primed = new Map<string, Primed>();

/** What makes two GETs the same answer: the URL and the headers that change what Cinder returns. */
export function primedKey(url: string, headers: Record<string, string>): string {
  return [url, headers['X-Auth-Token'] ?? '', headers['OpenStack-API-Version'] ?? ''].join('\n');
}

export function putPrimed(key: string, response: Promise<Response>, now = Date.now()): void {
  // A rejection is handled by whoever takes it; unhandled until then would be reported as an error.
  response.catch(() => undefined);
  primed.set(key, { response, at: now });
}

/** The primed answer for `key`, once; undefined when there is none or it is too old. */
export function takePrimed(key: string, now = Date.now()): Promise<Response> | undefined {
  for (const [other, entry] of primed) if (now - entry.at > PRIMED_MAX_AGE_MS) primed.delete(other);
  const entry = primed.get(key);
  primed.delete(key);
  return entry?.response;
}

/** The primed answer for `key`, left for its taker; undefined when there is none or it is too old. */
export function peekPrimed(key: string, now = Date.now()): Promise<Response> | undefined {
  const entry = primed.get(key);
  return entry && now - entry.at <= PRIMED_MAX_AGE_MS ? entry.response : undefined;
}

/** How many answers wait for a taker (tests). */
export function primedCount(): number {
  return primed.size;
}
