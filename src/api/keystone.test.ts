import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulator } from '../../emulator';
import { createOpenStackProxy } from '../../server/proxy';
import { setConfig } from './config';
import { cinder } from './http';
import { buildSession, listMyProjects, passwordLogin, revokeToken, scopeToProject, validateToken } from './keystone';
import { setSession } from './session';

/**
 * The API layer against the emulator through the same proxy the dev server uses: the browser's
 * same-origin fetch is routed into proxy → emulator, so catalog rewriting and endpoint resolution
 * run for real.
 */
beforeEach(() => {
  const emulator = createEmulator({ delays: 'instant' });
  const proxy = createOpenStackProxy({ identityUrl: 'http://emulator.test/identity', upstreamFetch: (r) => emulator.handle(r) });
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const response = await proxy(new Request(new URL(input, 'http://localhost'), init));
    return response ?? new Response('not proxied', { status: 404 });
  });
  setConfig({});
});
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

const demo = { username: 'demo', password: 'demo', domain: 'Default' };

describe('Keystone login and session', () => {
  it('scopes by project name and builds same-origin endpoints with a negotiated microversion', async () => {
    const session = await buildSession(await passwordLogin(demo, 'demo'));
    expect(session.project.name).toBe('demo');
    expect(session.roles).toContain('member');
    expect(session.roles).not.toContain('admin');
    expect(session.endpoints.blockStorage).toBe(`/api/block-storage/volume/v3/${session.project.id}`);
    expect(session.endpoints.image).toBe('/api/image/image');
    expect(session.volumeApiVersion).toBe('3.70');

    setSession(session);
    const body = await cinder.get<{ volumes: unknown[]; count: number }>('/volumes', { query: { with_count: true, limit: 1 } });
    expect(body.volumes).toHaveLength(1);
    expect(body.count).toBeGreaterThan(20);
  });

  it('lowers the microversion to what the server offers', async () => {
    setConfig({ volumeApiVersion: '3.99' });
    const session = await buildSession(await passwordLogin(demo, 'demo'));
    expect(session.volumeApiVersion).toBe('3.70');
  });

  it('goes unscoped → projects → scoped, and re-scopes to another project keeping the expiry', async () => {
    const unscoped = await passwordLogin({ username: 'alice', password: 'alice', domain: 'Default' });
    expect(unscoped.token.project).toBeUndefined();
    const projects = await listMyProjects(unscoped.id);
    expect(projects.map((p) => p.name)).toEqual(['demo', 'research']);

    const research = await buildSession(await scopeToProject(unscoped.id, projects[1]!.id));
    expect(research.project.name).toBe('research');
    const demoSession = await buildSession(await scopeToProject(research.token, projects[0]!.id));
    expect(demoSession.project.name).toBe('demo');
    expect(demoSession.endpoints.blockStorage).toContain(projects[0]!.id);
    expect(demoSession.expiresAt).toBe(research.expiresAt);
  });

  it('refuses a wrong password with a 401 in Keystone format', async () => {
    await expect(passwordLogin({ ...demo, password: 'nope' }, 'demo')).rejects.toMatchObject({ status: 401, fault: 'error' });
  });

  it('validates and revokes tokens', async () => {
    const issued = await passwordLogin(demo, 'demo');
    expect(await validateToken(issued.id)).toBe(true);
    await revokeToken(issued.id);
    expect(await validateToken(issued.id)).toBe(false);
    await expect(revokeToken(issued.id)).resolves.toBeUndefined();
  });

  it('surfaces a member calling an admin API as a 403 with the policy message and request id', async () => {
    setSession(await buildSession(await passwordLogin(demo, 'demo')));
    const error = await cinder.get('/scheduler-stats/get_pools').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, fault: 'forbidden' });
    expect((error as Error).message).toMatch(/^Policy doesn't allow .* to be performed\.$/);
    expect((error as { requestId: string }).requestId).toMatch(/^req-/);
  });
});
