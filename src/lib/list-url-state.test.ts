import { describe, expect, it } from 'vitest';
import { applyListChange, defineListSchema, hasActiveFilters, parseListUrlState, sortChange, writeListUrlState } from './list-url-state';

const schema = defineListSchema({
  sortKeys: ['name', 'size', 'created_at'] as const,
  defaultSort: { key: 'created_at', dir: 'desc' },
  filterKeys: ['name', 'status'] as const,
  filterValues: { status: (v) => ['available', 'error'].includes(v) },
  defaultPageSize: 20,
});
const parse = (query: string, preferred?: number) => parseListUrlState(new URLSearchParams(query), schema, preferred);

describe('parseListUrlState', () => {
  it('reads valid values', () => {
    expect(parse('page=3&limit=50&sort=size:asc&name=db&status=error&all=1')).toEqual({
      page: 3,
      limit: 50,
      sortKey: 'size',
      sortDir: 'asc',
      filters: { name: 'db', status: 'error' },
      allProjects: true,
    });
  });

  it('falls back to defaults for invalid values', () => {
    const state = parse('page=-2&limit=37&sort=owner:asc&status=bogus&all=yes');
    expect(state).toEqual({ page: 1, limit: 20, sortKey: 'created_at', sortDir: 'desc', filters: {}, allProjects: false });
    expect(parse('page=abc').page).toBe(1);
    expect(parse('page=0').page).toBe(1);
    expect(parse('page=1.5').page).toBe(1);
    expect(parse('sort=size:sideways').sortKey).toBe('created_at');
    expect(parse('limit=1000000').limit).toBe(20);
  });

  it('defaults the direction to ascending when only a key is given', () => {
    expect(parse('sort=name')).toMatchObject({ sortKey: 'name', sortDir: 'asc' });
  });

  it('uses the remembered page size when the URL has none, and only a valid one', () => {
    expect(parse('', 50).limit).toBe(50);
    expect(parse('', 33).limit).toBe(20);
    expect(parse('limit=10', 50).limit).toBe(10);
  });

  it('trims filters and drops empty or over-long ones', () => {
    expect(parse('name=%20%20db%20').filters).toEqual({ name: 'db' });
    expect(parse('name=%20%20').filters).toEqual({});
    expect(parse(`name=${'x'.repeat(256)}`).filters).toEqual({});
  });

  it('ignores unknown parameters', () => {
    expect(parse('tab=metadata&create=1').filters).toEqual({});
  });
});

describe('writeListUrlState', () => {
  it('leaves defaults out and keeps unrelated parameters', () => {
    const state = parse('');
    expect(writeListUrlState(state, schema, new URLSearchParams('create=1')).toString()).toBe('create=1');
  });

  it('round-trips through parse', () => {
    const state = parse('page=2&limit=100&sort=name:desc&status=available&all=1');
    const written = writeListUrlState(state, schema);
    expect(parseListUrlState(written, schema)).toEqual(state);
    expect(written.get('all')).toBe('1');
  });
});

describe('applyListChange', () => {
  const state = parse('page=4&limit=20&name=db');
  it('goes back to page 1 when filters, sort, size or scope change', () => {
    expect(applyListChange(state, { filters: { name: 'web' } }).page).toBe(1);
    expect(applyListChange(state, { sortKey: 'size' }).page).toBe(1);
    expect(applyListChange(state, { limit: 50 }).page).toBe(1);
    expect(applyListChange(state, { allProjects: true }).page).toBe(1);
  });
  it('keeps the page for a page change or a no-op', () => {
    expect(applyListChange(state, { page: 5 }).page).toBe(5);
    expect(applyListChange(state, { filters: { name: 'db' } }).page).toBe(4);
    expect(applyListChange(state, { limit: 20 }).page).toBe(4);
  });
  it('knows whether filters are active', () => {
    expect(hasActiveFilters(state)).toBe(true);
    expect(hasActiveFilters(parse(''))).toBe(false);
  });
});

describe('page-size aliases (bookmarks from before every list said `limit`)', () => {
  const aliased = defineListSchema({ ...schema, pageSizeAliases: ['size', 'pageSize'] });
  const read = (query: string) => parseListUrlState(new URLSearchParams(query), aliased).limit;

  it('reads an old name when `limit` is absent, and `limit` first when both are there', () => {
    expect(read('size=50')).toBe(50);
    expect(read('pageSize=100')).toBe(100);
    expect(read('limit=10&size=50')).toBe(10);
    expect(read('size=7')).toBe(20);
  });

  it('rewrites an old name as `limit`', () => {
    const params = writeListUrlState({ ...parseListUrlState(new URLSearchParams('size=50'), aliased), page: 2 }, aliased, new URLSearchParams('size=50'));
    expect(params.toString()).toBe('page=2&limit=50');
  });

  it('ignores the old names on a list that never had them', () => {
    expect(parse('size=50').limit).toBe(20);
  });
});

describe('sortChange', () => {
  it('keeps the column and direction the table asked for', () => {
    expect(sortChange(schema, 'size', 'asc')).toEqual({ sortKey: 'size', sortDir: 'asc' });
  });

  it('a cleared sort goes back to the schema default', () => {
    expect(sortChange(schema, undefined, 'asc')).toEqual({ sortKey: schema.defaultSort.key, sortDir: schema.defaultSort.dir });
  });
});
