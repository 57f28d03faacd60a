import { describe, expect, test } from 'vitest';
import { call, Clock, login, ORIGIN, passwordAuth, SEED, type Body } from './helpers';
import { createEmulator } from '../index';

const AUTH_401 = { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } };

describe('keystone: password login and catalog', () => {
  test('demo logs into project demo: 201, X-Subject-Token, token body and catalog shape', async () => {
    const emu = createEmulator();
    const r = await call(emu, 'POST', '/identity/v3/auth/tokens', { body: passwordAuth('demo', 'demo') });
    expect(r.status).toBe(201);
    const token = r.headers.get('X-Subject-Token');
    expect(token).toMatch(/^gAAAAA[A-Za-z0-9_-]{100,}$/);
    expect(r.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    const t = r.body.token;
    expect(t.methods).toEqual(['password']);
    expect(t.user).toEqual({ domain: { id: 'default', name: 'Default' }, id: SEED.users.demo, name: 'demo', password_expires_at: null });
    expect(t.project).toEqual({ domain: { id: 'default', name: 'Default' }, id: SEED.projects.demo, name: 'demo' });
    expect(t.roles.map((x: { name: string }) => x.name)).toEqual(['member', 'reader']);
    expect(t.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(Date.parse(t.expires_at) - Date.parse(t.issued_at)).toBe(3600_000);
    expect(t.audit_ids).toHaveLength(1);
    const byType = Object.fromEntries(t.catalog.map((e: Body) => [e.type, e]));
    expect(Object.keys(byType).sort()).toEqual(['block-storage', 'compute', 'identity', 'image', 'volumev3']);
    expect(byType['block-storage'].name).toBe('cinder');
    expect(byType.volumev3.name).toBe('cinderv3');
    for (const type of ['block-storage', 'volumev3']) {
      const eps = byType[type].endpoints;
      expect(eps.map((e: Body) => e.interface).sort()).toEqual(['admin', 'internal', 'public']);
      for (const e of eps) {
        expect(e.url).toBe(`${ORIGIN}/volume/v3/${SEED.projects.demo}`);
        expect(e.region).toBe('RegionOne');
        expect(e.region_id).toBe('RegionOne');
      }
    }
    expect(byType.identity.endpoints[0].url).toBe(`${ORIGIN}/identity`);
    expect(byType.image.endpoints[0].url).toBe(`${ORIGIN}/image`);
  });

  test('admin gets admin, member and reader; user by id and project by id work', async () => {
    const emu = createEmulator();
    const r = await call(emu, 'POST', '/identity/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { id: SEED.users.admin, password: 'admin' } } }, scope: { project: { id: SEED.projects.admin } } } },
    });
    expect(r.status).toBe(201);
    expect(r.body.token.roles.map((x: { name: string }) => x.name)).toEqual(['admin', 'member', 'reader']);
  });

  test('wrong password and "no role on project" are the same keystone 401 with WWW-Authenticate', async () => {
    const emu = createEmulator();
    for (const body of [passwordAuth('demo', 'demo', 'nope'), passwordAuth('demo', 'research'), passwordAuth('ghost', 'demo')]) {
      const r = await call(emu, 'POST', '/identity/v3/auth/tokens', { body });
      expect(r.status).toBe(401);
      expect(r.body).toEqual(AUTH_401);
      expect(r.headers.get('WWW-Authenticate')).toBe(`Keystone uri="${ORIGIN}/identity"`);
    }
  });

  test('unscoped token has no project, roles or catalog; ?nocatalog drops the catalog', async () => {
    const emu = createEmulator();
    const r = await call(emu, 'POST', '/identity/v3/auth/tokens', { body: passwordAuth('alice') });
    expect(r.status).toBe(201);
    expect(r.body.token.project).toBeUndefined();
    expect(r.body.token.catalog).toBeUndefined();
    const n = await call(emu, 'POST', '/identity/v3/auth/tokens?nocatalog', { body: passwordAuth('demo', 'demo') });
    expect(n.body.token.project.name).toBe('demo');
    expect(n.body.token.catalog).toBeUndefined();
  });

  test('re-scope with the token method keeps expires_at and chains audit ids', async () => {
    const clock = new Clock();
    const emu = createEmulator({ now: clock.now });
    const first = await call(emu, 'POST', '/identity/v3/auth/tokens', { body: passwordAuth('alice', 'demo') });
    clock.advance(600_000);
    const id = first.headers.get('X-Subject-Token');
    const second = await call(emu, 'POST', '/identity/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['token'], token: { id } }, scope: { project: { name: 'research', domain: { id: 'default' } } } } },
    });
    expect(second.status).toBe(201);
    expect(second.body.token.project.id).toBe(SEED.projects.research);
    expect(second.body.token.expires_at).toBe(first.body.token.expires_at);
    expect(second.body.token.issued_at).not.toBe(first.body.token.issued_at);
    expect(second.body.token.audit_ids[1]).toBe(first.body.token.audit_ids[0]);
  });

  test('validate (GET) 200/404, revoke (DELETE) 204, revoked token is refused by Cinder', async () => {
    const emu = createEmulator();
    const a = await login(emu, 'demo', 'demo');
    const b = await login(emu, 'demo', 'demo');
    const ok = await call(emu, 'GET', '/identity/v3/auth/tokens', { token: a, headers: { 'X-Subject-Token': b } });
    expect(ok.status).toBe(200);
    expect(ok.body.token.user.name).toBe('demo');
    expect((await call(emu, 'DELETE', '/identity/v3/auth/tokens', { token: a, headers: { 'X-Subject-Token': b } })).status).toBe(204);
    const gone = await call(emu, 'GET', '/identity/v3/auth/tokens', { token: a, headers: { 'X-Subject-Token': b } });
    expect(gone.status).toBe(404);
    const cinder = await call(emu, 'GET', `/volume/v3/${SEED.projects.demo}/volumes`, { token: b });
    expect(cinder.status).toBe(401);
    expect(cinder.body).toEqual(AUTH_401);
  });

  test('tokens expire after tokenTtlSeconds', async () => {
    const clock = new Clock();
    const emu = createEmulator({ now: clock.now, tokenTtlSeconds: 60 });
    const t = await login(emu, 'demo', 'demo');
    expect((await call(emu, 'GET', `/volume/v3/${SEED.projects.demo}/volumes`, { token: t })).status).toBe(200);
    clock.advance(61_000);
    expect((await call(emu, 'GET', `/volume/v3/${SEED.projects.demo}/volumes`, { token: t })).status).toBe(401);
  });

  test('project listings: auth/projects for the user with two projects, /projects admin-only', async () => {
    const emu = createEmulator();
    const alice = await login(emu, 'alice', 'demo');
    const mine = await call(emu, 'GET', '/identity/v3/auth/projects', { token: alice });
    expect(mine.status).toBe(200);
    expect(mine.body.projects.map((p: { name: string }) => p.name).sort()).toEqual(['demo', 'research']);
    expect(mine.body.projects[0]).toMatchObject({ domain_id: 'default', enabled: true });
    const denied = await call(emu, 'GET', '/identity/v3/projects', { token: alice });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('You are not authorized to perform the requested action: identity:list_projects.');
    const own = await call(emu, 'GET', `/identity/v3/users/${SEED.users.alice}/projects`, { token: alice });
    expect(own.body.projects).toHaveLength(2);
    const admin = await login(emu, 'admin', 'admin');
    const all = await call(emu, 'GET', '/identity/v3/projects', { token: admin });
    expect(all.body.projects.map((p: { id: string }) => p.id).sort()).toEqual(Object.values(SEED.projects).sort());
    const catalog = await call(emu, 'GET', '/identity/v3/auth/catalog', { token: admin });
    expect(catalog.body.catalog.find((e: Body) => e.type === 'volumev3').endpoints[0].url).toBe(`${ORIGIN}/volume/v3/${SEED.projects.admin}`);
  });

  test('GET /v3/users: admins get every user (never a password), others 403', async () => {
    const emu = createEmulator();
    const demo = await login(emu, 'demo', 'demo');
    const denied = await call(emu, 'GET', '/identity/v3/users', { token: demo });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('You are not authorized to perform the requested action: identity:list_users.');
    const admin = await login(emu, 'admin', 'admin');
    const all = await call(emu, 'GET', '/identity/v3/users', { token: admin });
    expect(all.status).toBe(200);
    expect(all.body.users.map((u: { id: string }) => u.id).sort()).toEqual(Object.values(SEED.users).sort());
    expect(all.body.users.find((u: { id: string }) => u.id === SEED.users.alice)).toMatchObject({ name: 'alice', domain_id: 'default', enabled: true });
    expect(all.text).not.toContain('password"');
  });

  test('version documents', async () => {
    const emu = createEmulator();
    const root = await call(emu, 'GET', '/identity');
    expect(root.status).toBe(300);
    expect(root.body.versions.values[0].id).toBe('v3.14');
    const v3 = await call(emu, 'GET', '/identity/v3');
    expect(v3.status).toBe(200);
    expect(v3.body.version.links[0].href).toBe(`${ORIGIN}/identity/v3/`);
  });
});
