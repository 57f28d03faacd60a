import type { KeystoneCatalogEntry } from './models';

/** Catalog service types for Cinder v3, in the order to try them. */
export const blockStorageTypes = ['block-storage', 'volumev3', 'volume', 'block-store', 'volumev2'] as const;

export function findEndpoint(
  catalog: KeystoneCatalogEntry[],
  types: readonly string[],
  region: string,
): string | null {
  for (const type of types) {
    for (const service of catalog.filter((entry) => entry.type === type)) {
      const publicEndpoints = service.endpoints.filter((e) => e.interface === 'public');
      const match = region
        ? publicEndpoints.find((e) => e.region_id === region || e.region === region)
        : publicEndpoints[0];
      if (match) return match.url;
    }
  }
  return null;
}

function currentOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

/**
 * Maps a catalog URL onto the same-origin proxy prefix. The proxy may already have rewritten it
 * (`/api/block-storage/v3/x`); if not, its path is put under the prefix (`http://cinder:8776/v3/x`
 * → `/api/block-storage/v3/x`), so the browser never calls another origin.
 */
export function toProxyUrl(url: string, prefix: string): string {
  const parsed = new URL(url, currentOrigin());
  const path = parsed.pathname.replace(/\/+$/, '');
  if (parsed.origin === currentOrigin() && (path === prefix || path.startsWith(`${prefix}/`))) return path;
  return `${prefix}${path}`;
}

/**
 * Normalises a Cinder endpoint to `<…>/v3/<projectId>`: devstack registers it with or without the
 * project id, and old clouds still list a v2 URL for the same service.
 */
export function blockStorageBase(url: string, projectId: string): string {
  let path = url.replace(/\/+$/, '');
  const segments = path.split('/');
  const last = segments[segments.length - 1] ?? '';
  if (last === projectId || /^[0-9a-f]{32}$/i.test(last) || last.includes('%(')) {
    segments.pop();
    path = segments.join('/');
  }
  path = path.replace(/\/v2(\.0)?$/, '/v3');
  if (!/\/v3$/.test(path)) path = `${path}/v3`;
  return `${path}/${projectId}`;
}

/** The versions document lives one level above the project id: `<…>/v3/`. */
export function blockStorageVersionsUrl(base: string): string {
  return `${base.replace(/\/[^/]+$/, '')}/`;
}
