import { describe, expect, it } from 'vitest';
import { matchesFilters, parseQosListState, writeQosListState } from './list-url-state';

describe('QoS list URL state', () => {
  it('reads valid values and falls back on invalid ones', () => {
    expect(parseQosListState(new URLSearchParams('name=gold&consumer=both&page=3&size=50'))).toEqual({
      name: 'gold',
      consumer: 'both',
      page: 3,
      pageSize: 50,
    });
    expect(parseQosListState(new URLSearchParams('consumer=sideways&page=-2&size=7'))).toEqual({
      name: '',
      consumer: null,
      page: 1,
      pageSize: 20,
    });
  });

  it('leaves defaults out and round-trips the rest', () => {
    expect(writeQosListState({ name: '', consumer: null, page: 1, pageSize: 20 }).toString()).toBe('');
    const state = { name: 'silver', consumer: 'front-end' as const, page: 2, pageSize: 10 };
    expect(parseQosListState(writeQosListState(state))).toEqual(state);
  });

  it('filters by name substring, case-insensitively, and by consumer', () => {
    const spec = { name: 'Gold-IOPS', consumer: 'front-end' };
    expect(matchesFilters(spec, { name: 'iops', consumer: null })).toBe(true);
    expect(matchesFilters(spec, { name: 'silver', consumer: null })).toBe(false);
    expect(matchesFilters(spec, { name: '', consumer: 'back-end' })).toBe(false);
    expect(matchesFilters(spec, { name: ' gold ', consumer: 'front-end' })).toBe(true);
  });
});
