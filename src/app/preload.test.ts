import { describe, expect, it } from 'vitest';
import { routeFor } from './preload';

describe('routeFor', () => {
  it('finds the feature page of a path, its sub-pages, and the first page for "/"', () => {
    expect(routeFor('/volumes')?.path).toBe('volumes');
    expect(routeFor('/volumes/123')?.path).toBe('volumes');
    expect(routeFor('/volume-types/abc')?.path).toBe('volume-types');
    expect(routeFor('/')?.path).toBe('volumes');
  });

  it('does not confuse a page with another that shares its prefix, and knows no unknown path', () => {
    expect(routeFor('/volumes-extra')).toBeUndefined();
    expect(routeFor('/no-such-page')).toBeUndefined();
  });
});
