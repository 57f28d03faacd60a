import { describe, expect, it } from 'vitest';
import type { Session } from '../api/session';
import { namespacesFor, routeFor } from './preload';

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

describe('namespacesFor', () => {
  const session = (roles: string[]) => ({ roles }) as unknown as Session;

  it("joins the shell's namespaces and the opened page's", () => {
    expect(namespacesFor('/volumes', session(['member']))).toEqual(['quotas', 'activity', 'volumes', 'volume-actions', 'list', 'export']);
    expect(namespacesFor('/', session(['member']))).toContain('volumes');
  });

  it("adds no admin page's strings for a member, and nothing while signing in", () => {
    expect(namespacesFor('/volume-types', session(['member']))).toEqual(['quotas', 'activity']);
    expect(namespacesFor('/volume-types', session(['admin']))).toContain('volume-types');
    expect(namespacesFor('/volumes', null)).toEqual([]);
    expect(namespacesFor('/login', session(['admin']))).toEqual([]);
  });
});
