/** Login, catalog, projects, token validation/logout, Cinder's version document, 401s. */
import { cinder, login, passwordAuthBody, send } from '../client';
import type { Scenario } from './types';
import { obj } from './helpers';

const consoleCatalogTypes = ['block-storage', 'identity', 'image', 'volumev3'];

export const identityScenarios: Scenario[] = [
  {
    name: 'login, catalog and projects',
    async run(ctx) {
      const { target } = ctx;
      for (const who of ['admin', 'member'] as const) {
        const { response, session } = await login(target, target.accounts[who]);
        ctx.record(`password login (${who})`, response, {
          values: {
            subjectTokenHeader: !!response.headers.get('x-subject-token'),
            roles: session.roles,
            catalogTypes: consoleCatalogTypes.filter((t) => session.catalogTypes.includes(t)),
            endpointHasProjectId: session.cinderUrl.endsWith(`/v3/${session.projectId}`),
          },
        });
      }
      const wrong = await send(target, 'POST', `${target.keystoneUrl}/auth/tokens`, { body: passwordAuthBody(target.accounts.member, 'wrong-password') });
      ctx.record('password login with a wrong password', wrong, { values: { subjectTokenHeader: !!wrong.headers.get('x-subject-token') } });

      const projects = await send(target, 'GET', `${target.keystoneUrl}/auth/projects`, { token: ctx.member.token });
      ctx.record('GET /v3/auth/projects (member)', projects, {
        values: { names: ((obj(projects.body).projects as { name: string }[]) ?? []).map((p) => p.name).filter((n) => n === 'demo') },
      });

      // Switch project: re-scope with the token method (the console's project switcher).
      const rescoped = await send(target, 'POST', `${target.keystoneUrl}/auth/tokens`, {
        body: { auth: { identity: { methods: ['token'], token: { id: ctx.member.token } }, scope: { project: { id: ctx.member.projectId } } } },
      });
      ctx.record('re-scope with the token method', rescoped, { values: { subjectTokenHeader: !!rescoped.headers.get('x-subject-token') } });

      const { session: throwaway } = await login(target, target.accounts.member);
      const check = await send(target, 'GET', `${target.keystoneUrl}/auth/tokens`, { token: throwaway.token, headers: { 'X-Subject-Token': throwaway.token } });
      ctx.record('validate a token', check);
      ctx.record('logout (DELETE token)', await send(target, 'DELETE', `${target.keystoneUrl}/auth/tokens`, { token: throwaway.token, headers: { 'X-Subject-Token': throwaway.token } }));
      ctx.record('Cinder call with the revoked token', await cinder(target, throwaway, 'GET', '/volumes'));
      ctx.record('Cinder call with a made-up token', await cinder(target, { ...ctx.member, token: 'gAAAAAnot-a-token' }, 'GET', '/volumes'));

      const versions = await send(target, 'GET', `${ctx.member.cinderRoot}/`);
      const v3 = ((obj(versions.body).versions as Record<string, unknown>[]) ?? []).find((v) => String(v.id).startsWith('v3'));
      ctx.record('Cinder version document (no token)', versions, { values: { version: v3?.version, min: v3?.min_version } });
      const none = { name: ctx.name('none') };
      const echoed = await cinder(target, ctx.member, 'GET', '/volumes', { query: none });
      ctx.record('microversion echoed', echoed, {
        values: { header: echoed.headers.get('openstack-api-version'), requestId: /^req-[0-9a-f-]{36}$/.test(echoed.headers.get('x-openstack-request-id') ?? '') },
      });
      const noHeader = await cinder(target, ctx.member, 'GET', '/volumes', { mv: null, query: none });
      ctx.record('no microversion header means 3.0', noHeader, { values: { header: noHeader.headers.get('openstack-api-version') } });
    },
  },
];
