import { describe, expect, it } from 'vitest';
import { blockStorageBase, blockStorageTypes, blockStorageVersionsUrl, findEndpoint, toProxyUrl } from './catalog';
import type { KeystoneCatalogEntry } from './models';

const endpoint = (url: string, iface: 'public' | 'internal' | 'admin' = 'public', region = 'RegionOne') => ({
  id: url + iface,
  interface: iface,
  region,
  region_id: region,
  url,
});

const catalog: KeystoneCatalogEntry[] = [
  { id: '1', type: 'volumev3', name: 'cinderv3', endpoints: [endpoint('http://old:8776/v3/p1')] },
  {
    id: '2',
    type: 'block-storage',
    name: 'cinder',
    endpoints: [endpoint('http://internal:8776/v3/p1', 'internal'), endpoint('http://east:8776/v3/p1', 'public', 'East'), endpoint('http://cinder:8776/v3/p1')],
  },
  { id: '3', type: 'image', name: 'glance', endpoints: [endpoint('http://glance:9292')] },
];

describe('findEndpoint', () => {
  it('prefers block-storage over its aliases and takes the public interface', () => {
    expect(findEndpoint(catalog, blockStorageTypes, '')).toBe('http://east:8776/v3/p1');
    expect(findEndpoint(catalog, blockStorageTypes, 'RegionOne')).toBe('http://cinder:8776/v3/p1');
  });

  it('falls back to an alias when block-storage is missing', () => {
    expect(findEndpoint(catalog.filter((s) => s.type !== 'block-storage'), blockStorageTypes, 'RegionOne')).toBe('http://old:8776/v3/p1');
  });

  it('returns null when no service or region matches', () => {
    expect(findEndpoint(catalog, ['object-store'], '')).toBeNull();
    expect(findEndpoint(catalog, blockStorageTypes, 'Mars')).toBeNull();
  });
});

describe('toProxyUrl', () => {
  it('puts a foreign URL under the proxy prefix, keeping its path', () => {
    expect(toProxyUrl('http://cinder:8776/v3/p1', '/api/block-storage')).toBe('/api/block-storage/v3/p1');
    expect(toProxyUrl('http://glance:9292/', '/api/image')).toBe('/api/image');
  });

  it('keeps a URL the proxy already rewrote', () => {
    expect(toProxyUrl('/api/block-storage/volume/v3/p1', '/api/block-storage')).toBe('/api/block-storage/volume/v3/p1');
  });
});

describe('blockStorageBase', () => {
  it('ends in /v3/<project> whether or not the catalog had the project id', () => {
    expect(blockStorageBase('/api/block-storage/v3/p1', 'p1')).toBe('/api/block-storage/v3/p1');
    expect(blockStorageBase('/api/block-storage/v3', 'p1')).toBe('/api/block-storage/v3/p1');
    expect(blockStorageBase('/api/block-storage/volume/v3/0123456789abcdef0123456789abcdef', 'p1')).toBe('/api/block-storage/volume/v3/p1');
    expect(blockStorageBase('/api/block-storage/v2/p1', 'p1')).toBe('/api/block-storage/v3/p1');
    expect(blockStorageBase('/api/block-storage', 'p1')).toBe('/api/block-storage/v3/p1');
  });

  it('finds the versions document one level up', () => {
    expect(blockStorageVersionsUrl('/api/block-storage/v3/p1')).toBe('/api/block-storage/v3/');
  });
});
