/**
 * Pure request classification for the bench: what a URL is (asset, locale strings, Keystone, Cinder…),
 * whether a Cinder list call is bounded by a page size, and how requests group into poll rounds.
 */

export type RequestKind = 'document' | 'script' | 'style' | 'config' | 'identity' | 'block-storage' | 'image' | 'emulator' | 'other';

/** By path, not by MIME type, so a request that failed still has a kind. */
export function classifyRequest(rawUrl: string): RequestKind {
  let path: string;
  try {
    path = new URL(rawUrl).pathname;
  } catch {
    return 'other';
  }
  if (path.startsWith('/api/identity/')) return 'identity';
  if (path.startsWith('/api/block-storage/')) return 'block-storage';
  if (path.startsWith('/api/image/')) return 'image';
  if (path.startsWith('/_emulator/')) return 'emulator';
  if (path === '/config.json') return 'config';
  if (/\.(m?js)$/.test(path)) return 'script';
  if (/\.css$/.test(path)) return 'style';
  if (!/\.[a-z0-9]+$/i.test(path)) return 'document';
  return 'other';
}

/**
 * Locale chunks are named after their file (en-US-<hash>.js, zh_CN-…, zh-cn-…, or strings-<language>-…
 * for the first screen's namespaces grouped by vite.config.ts): which language they carry.
 */
export function localeOfAsset(rawUrl: string): 'en-US' | 'zh-CN' | null {
  const file = rawUrl.split('?')[0]!.split('/').pop() ?? '';
  if (/^(strings-)?en-US-[\w-]+\.js$/.test(file)) return 'en-US';
  if (/^(strings-)?(zh-CN|zh_CN|zh-cn)-[\w-]+\.js$/.test(file)) return 'zh-CN';
  return null;
}

export interface VolumeListCall {
  /** GET …/volumes or …/volumes/detail (the list, not one volume). */
  detail: boolean;
  limit: number | null;
}

/** A Cinder volume *list* call and its page size; null for anything else (one volume, actions, other resources). */
export function volumeListCall(rawUrl: string, method = 'GET'): VolumeListCall | null {
  if (method !== 'GET') return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  const match = /\/volumes(\/detail)?$/.exec(url.pathname);
  if (!match || !url.pathname.startsWith('/api/block-storage/')) return null;
  const limit = url.searchParams.get('limit');
  return { detail: !!match[1], limit: limit !== null && /^\d+$/.test(limit) ? Number(limit) : null };
}

/** True when a list call could return every volume of the project (no limit, or a limit above maxPage). */
export function isUnboundedList(call: VolumeListCall, maxPage: number): boolean {
  return call.limit === null || call.limit > maxPage;
}

/**
 * Splits request start times (ms, any order) into rounds: a gap longer than gapMs starts a new round.
 * A poll round is the burst of requests one refetch tick sends.
 */
export function groupRounds(times: readonly number[], gapMs: number): number[][] {
  const sorted = [...times].sort((a, b) => a - b);
  const rounds: number[][] = [];
  for (const t of sorted) {
    const last = rounds[rounds.length - 1];
    if (last && t - last[last.length - 1]! <= gapMs) last.push(t);
    else rounds.push([t]);
  }
  return rounds;
}

/** Requests per round, ignoring the first and last rounds when there are enough (they may be cut by the window). */
export function requestsPerRound(times: readonly number[], gapMs: number): number[] {
  const rounds = groupRounds(times, gapMs).map((r) => r.length);
  return rounds.length > 3 ? rounds.slice(1, -1) : rounds;
}

/** Requests in a window scaled to one minute. */
export function perMinute(count: number, windowMs: number): number {
  if (windowMs <= 0) throw new Error('window must be positive');
  return (count * 60_000) / windowMs;
}
