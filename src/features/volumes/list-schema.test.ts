import { describe, expect, it } from 'vitest';
import { parseListUrlState } from '../../lib/list-url-state';
import { looksLikeUuid, volumeListRequest, volumeListSchema } from './list-schema';

const state = (query: string) => parseListUrlState(new URLSearchParams(query), volumeListSchema);

describe('volume list request', () => {
  it('turns a UUID in the name box into a lookup by id', () => {
    const id = '1B07B85F-0000-4000-8000-000000000001';
    expect(looksLikeUuid(id)).toBe(true);
    expect(looksLikeUuid('db-primary')).toBe(false);
    expect(volumeListRequest(state(`name=${id}`), { isAdmin: false, withCount: true })).toEqual({ kind: 'byId', id: id.toLowerCase() });
  });

  it('drops admin-only filters and scope for members', () => {
    const request = volumeListRequest(state('host=cinder@lvm&project_id=p1&all=1&status=error'), { isAdmin: false, withCount: true });
    expect(request).toEqual({
      kind: 'page',
      query: { limit: 20, sortKey: 'created_at', sortDir: 'desc', filters: { status: 'error' }, allProjects: false, withCount: true },
    });
  });

  it('keeps them for admins; project only with all projects', () => {
    const all = volumeListRequest(state('host=h&project_id=p1&all=1'), { isAdmin: true, withCount: false });
    expect(all.kind === 'page' && all.query).toMatchObject({ filters: { host: 'h', project_id: 'p1' }, allProjects: true, withCount: false });
    const own = volumeListRequest(state('project_id=p1'), { isAdmin: true, withCount: false });
    expect(own.kind === 'page' && own.query.filters).toEqual({});
  });

  it('opens page N by marker when known, else by offset', () => {
    const byOffset = volumeListRequest(state('page=3&limit=50'), { isAdmin: false, withCount: true });
    expect(byOffset.kind === 'page' && byOffset.query).toMatchObject({ offset: 100, limit: 50 });
    const byMarker = volumeListRequest(state('page=3&limit=50'), { isAdmin: false, withCount: true, marker: 'm' });
    expect(byMarker.kind === 'page' && byMarker.query).toMatchObject({ marker: 'm' });
    expect(byMarker.kind === 'page' && byMarker.query.offset).toBeUndefined();
  });

  it('validates status and bootable filters', () => {
    expect(state('status=nonsense&bootable=maybe').filters).toEqual({});
    expect(state('status=in-use&bootable=false').filters).toEqual({ status: 'in-use', bootable: 'false' });
  });
});
