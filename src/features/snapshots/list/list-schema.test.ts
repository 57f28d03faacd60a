import { describe, expect, it } from 'vitest';
import { parseListUrlState } from '../../../lib/list-url-state';
import { snapshotListSchema, snapshotQueryFor } from './list-schema';

const parse = (query: string) => parseListUrlState(new URLSearchParams(query), snapshotListSchema);
const options = { isAdmin: false, withCount: true, sortByName: true };

describe('snapshot list URL state → Cinder query', () => {
  it('defaults to newest first, 20 per page, with a total', () => {
    expect(snapshotQueryFor(parse(''), options)).toEqual({
      limit: 20,
      offset: undefined,
      sort: [{ key: 'created_at', dir: 'desc' }],
      name: undefined,
      status: undefined,
      volume_id: undefined,
      allProjects: false,
      withCount: true,
    });
  });

  it('pages by offset and passes the filters', () => {
    const volume = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    const query = snapshotQueryFor(parse(`page=3&limit=50&sort=size:asc&name=db&status=error&volume=${volume}`), options);
    expect(query).toMatchObject({ limit: 50, offset: 100, sort: [{ key: 'size', dir: 'asc' }], name: 'db', status: 'error', volume_id: volume });
  });

  it('drops invalid filters from a hand-edited URL', () => {
    const query = snapshotQueryFor(parse('status=bogus&volume=not-a-uuid&sort=drop:asc'), options);
    expect(query).toMatchObject({ status: undefined, volume_id: undefined, sort: [{ key: 'created_at', dir: 'desc' }] });
  });

  it('asks for all projects only for an admin', () => {
    expect(snapshotQueryFor(parse('all=1'), options).allProjects).toBe(false);
    expect(snapshotQueryFor(parse('all=1'), { ...options, isAdmin: true }).allProjects).toBe(true);
  });

  it('falls back from name sort below 3.30', () => {
    expect(snapshotQueryFor(parse('sort=name:asc'), { ...options, sortByName: false }).sort).toEqual([{ key: 'created_at', dir: 'asc' }]);
  });
});
