import { describe, expect, it } from 'vitest';
import { nextMarkerFrom, validateMetadataEntry, validateMetadataRows, volumeListParams } from './volumes';

describe('volume list parameters', () => {
  it('sends paging, sort, count, scope and only non-empty filters', () => {
    expect(
      volumeListParams({
        limit: 20,
        offset: 40,
        sortKey: 'size',
        sortDir: 'asc',
        withCount: true,
        allProjects: true,
        filters: { name: 'db', status: '', bootable: 'true' },
      }),
    ).toEqual({ limit: 20, marker: undefined, offset: 40, sort: 'size:asc', with_count: 'true', all_tenants: 1, name: 'db', bootable: 'true' });
  });

  it('reads the next marker from the link query only (the host may be Cinder’s own)', () => {
    expect(nextMarkerFrom([{ rel: 'next', href: 'http://controller:8776/v3/p/volumes/detail?limit=2&marker=abc-123' }])).toBe('abc-123');
    expect(nextMarkerFrom([{ rel: 'self', href: 'http://x/?marker=zzz' }])).toBeUndefined();
    expect(nextMarkerFrom(undefined)).toBeUndefined();
    expect(nextMarkerFrom([{ rel: 'next', href: 'http://x/volumes' }])).toBeUndefined();
  });
});

describe('metadata validation', () => {
  it('requires a key of at most 255 characters and a value of at most 255', () => {
    expect(validateMetadataEntry('', 'v')).toBe('keyRequired');
    expect(validateMetadataEntry('   ', 'v')).toBe('keyRequired');
    expect(validateMetadataEntry('k'.repeat(256), 'v')).toBe('keyTooLong');
    expect(validateMetadataEntry('k'.repeat(255), 'v'.repeat(255))).toBeNull();
    expect(validateMetadataEntry('k', 'v'.repeat(256))).toBe('valueTooLong');
    expect(validateMetadataEntry('k', '')).toBeNull();
  });

  it('flags duplicate keys on the later row', () => {
    const problems = validateMetadataRows([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
      { key: 'a', value: '3' },
      { key: '', value: '4' },
    ]);
    expect([...problems.entries()]).toEqual([
      [2, 'duplicateKey'],
      [3, 'keyRequired'],
    ]);
  });

  it('counts keys that differ only in case as one (Cinder deletes "Owner" with "owner")', () => {
    const problems = validateMetadataRows([
      { key: 'Owner', value: 'qa' },
      { key: 'owner', value: 'ops' },
      { key: 'team', value: 'x' },
    ]);
    expect([...problems.entries()]).toEqual([[1, 'duplicateKey']]);
  });
});
