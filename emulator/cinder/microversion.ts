/** OpenStack-API-Version handling for Cinder (min 3.0, max 3.70; absent header = 3.0, not latest). */

export interface ApiVersion {
  major: number;
  minor: number;
}

export const MIN_VERSION: ApiVersion = { major: 3, minor: 0 };
export const MAX_VERSION: ApiVersion = { major: 3, minor: 70 };
export const VERSION_UPDATED = '2022-08-31T00:00:00Z';

export function versionString(v: ApiVersion): string {
  return `${v.major}.${v.minor}`;
}

export function compare(a: ApiVersion, b: ApiVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

/** True when the request's version is at least `min` ("3.40"). */
export function atLeast(v: ApiVersion, min: string): boolean {
  const [major, minor] = min.split('.').map(Number) as [number, number];
  return compare(v, { major, minor }) >= 0;
}

export type VersionResult =
  | { ok: true; version: ApiVersion }
  | { ok: false; status: 400 | 406; message: string; echo: ApiVersion | null };

const VERSION_RE = /^([1-9]\d*)\.([1-9]\d*|0)$/;

export function parseVersionHeader(header: string | null): VersionResult {
  if (header === null) return { ok: true, version: MIN_VERSION };
  const part = header.split(',').find((h) => h.includes('volume'));
  if (!part) {
    return { ok: false, status: 400, message: 'The server could not comply with the request since it is either malformed or otherwise incorrect.', echo: null };
  }
  const tokens = part.trim().split(/\s+/);
  const value = tokens[1] ?? '';
  if (value === 'latest') return { ok: true, version: MAX_VERSION };
  const m = VERSION_RE.exec(value);
  if (!m) {
    return { ok: false, status: 400, message: `API Version String ${value} is of invalid format. Must be of format MajorNum.MinorNum.`, echo: null };
  }
  const version = { major: Number(m[1]), minor: Number(m[2]) };
  if (compare(version, MIN_VERSION) < 0 || compare(version, MAX_VERSION) > 0) {
    return {
      ok: false,
      status: 406,
      message: `Version ${versionString(version)} is not supported by the API. Minimum is ${versionString(MIN_VERSION)} and maximum is ${versionString(MAX_VERSION)}.`,
      echo: version,
    };
  }
  return { ok: true, version };
}
