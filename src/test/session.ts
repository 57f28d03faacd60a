import type { Session } from '../api/session';

/** A signed-in session in project p1 (Cinder at the proxy's path), valid for an hour, with `roles`. */
export function testSession(roles: string[]): Session {
  return {
    token: 'tok',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 'u', name: 'demo', domainId: 'default', domainName: 'Default' },
    project: { id: 'p1', name: 'demo', domainId: 'default', domainName: 'Default' },
    roles,
    endpoints: { blockStorage: '/api/block-storage/v3/p1', image: null },
    volumeApiVersion: '3.70',
  };
}
