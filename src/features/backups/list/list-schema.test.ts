import { describe, expect, it } from 'vitest';
import { parseListUrlState } from '../../../lib/list-url-state';
import { backupListSchema, backupQueryFor } from './list-schema';

describe('backup list URL state', () => {
  it('reads valid filters and drops invalid ones', () => {
    const state = parseListUrlState(new URLSearchParams('page=3&limit=50&sort=name:asc&status=restoring&volume=nope&name=db'), backupListSchema);
    expect(state).toMatchObject({ page: 3, limit: 50, sortKey: 'name', sortDir: 'asc', filters: { status: 'restoring', name: 'db' } });
    expect(state.filters.volume).toBeUndefined();
    expect(parseListUrlState(new URLSearchParams('status=bogus'), backupListSchema).filters.status).toBeUndefined();
  });

  it('turns a state into Cinder’s query (offset paging, name sort only from 3.37, all projects only for admins)', () => {
    const state = parseListUrlState(new URLSearchParams('page=2&sort=name:asc&all=1'), backupListSchema);
    expect(backupQueryFor(state, { isAdmin: true, withCount: true, sortByName: true })).toMatchObject({
      limit: 20,
      offset: 20,
      sort: [{ key: 'name', dir: 'asc' }],
      allProjects: true,
      withCount: true,
    });
    expect(backupQueryFor(state, { isAdmin: false, withCount: false, sortByName: false })).toMatchObject({ sort: [{ key: 'created_at', dir: 'asc' }], allProjects: false });
  });
});
