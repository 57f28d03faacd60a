/**
 * Keystone v3, the parts a console uses: version documents, password / token authentication with
 * project scope, token validation and revocation, and project listings.
 */
import { buildCatalog } from './catalog';
import { effectiveRoles, issueToken, tokenBody, validateToken, type ValidToken } from './tokens';
import { isObject, jsonResponse, notFoundHtml, readJsonBody } from '../util/http';
import { requestId } from '../util/ids';
import type { Project, User } from '../state';
import type { World } from '../world';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const UNAUTHORIZED_MESSAGE = 'The request you have made requires authentication.';

export function keystoneError(origin: string, code: number, message: string, extraHeaders: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { 'x-openstack-request-id': requestId(), Vary: 'X-Auth-Token', ...extraHeaders };
  if (code === 401) headers['WWW-Authenticate'] = `Keystone uri="${origin}/identity"`;
  return jsonResponse(code, { error: { code, message, title: TITLES[code] ?? 'Error' } }, headers);
}

function ok(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return jsonResponse(status, body, { 'x-openstack-request-id': requestId(), Vary: 'X-Auth-Token', ...headers });
}

const VERSION_UPDATED = '2022-09-07T00:00:00Z';

function versionDoc(origin: string) {
  return {
    id: 'v3.14',
    status: 'stable',
    updated: VERSION_UPDATED,
    links: [{ rel: 'self', href: `${origin}/identity/v3/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
  };
}

function projectView(origin: string, p: Project) {
  return {
    id: p.id,
    name: p.name,
    domain_id: p.domainId,
    description: p.description,
    enabled: p.enabled,
    parent_id: p.domainId,
    is_domain: false,
    tags: [],
    options: {},
    links: { self: `${origin}/identity/v3/projects/${p.id}` },
  };
}

function projectList(origin: string, path: string, projects: Project[]) {
  return {
    projects: projects.map((p) => projectView(origin, p)),
    links: { self: `${origin}${path}`, previous: null, next: null },
  };
}

export async function handleKeystone(world: World, request: Request, url: URL, rest: string[]): Promise<Response> {
  const origin = url.origin;
  const method = request.method.toUpperCase();
  // /identity and /identity/ → version list
  if (rest.length === 0) {
    if (method !== 'GET' && method !== 'HEAD') return keystoneError(origin, 405, 'The method is not allowed for the requested URL.');
    return ok(300, { versions: { values: [versionDoc(origin)] } });
  }
  if (rest[0] !== 'v3') return notFoundHtml({ 'x-openstack-request-id': requestId() });
  const path = rest.slice(1);
  if (path.length === 0) {
    if (method !== 'GET' && method !== 'HEAD') return keystoneError(origin, 405, 'The method is not allowed for the requested URL.');
    return ok(200, { version: versionDoc(origin) });
  }
  const route = path.join('/');

  if (route === 'auth/tokens') {
    if (method === 'POST') return authenticate(world, request, url);
    if (method === 'GET' || method === 'HEAD') return validate(world, request, url, method === 'HEAD');
    if (method === 'DELETE') return revoke(world, request, url);
    return keystoneError(origin, 405, 'The method is not allowed for the requested URL.');
  }

  // Everything else needs a valid X-Auth-Token.
  const caller = validateToken(world, request.headers.get('X-Auth-Token'));
  if (!caller) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
  if (method !== 'GET' && method !== 'HEAD') return keystoneError(origin, 405, 'The method is not allowed for the requested URL.');

  if (route === 'auth/projects') {
    return ok(200, projectList(origin, url.pathname, projectsOfUser(world, caller.user)));
  }
  if (route === 'auth/catalog') {
    if (!caller.project) return keystoneError(origin, 403, 'A project-scoped token is required to produce a service catalog.');
    return ok(200, { catalog: buildCatalog(origin, caller.project.id), links: { self: `${origin}${url.pathname}`, previous: null, next: null } });
  }
  if (route === 'projects') {
    if (!isAdmin(caller)) return keystoneError(origin, 403, 'You are not authorized to perform the requested action: identity:list_projects.');
    const name = url.searchParams.get('name');
    const list = world.state.projects.filter((p) => name === null || p.name === name);
    return ok(200, projectList(origin, url.pathname, list));
  }
  if (path[0] === 'projects' && path.length === 2) {
    const project = world.state.projects.find((p) => p.id === path[1]);
    const allowed = isAdmin(caller) || caller.project?.id === path[1];
    if (!allowed) return keystoneError(origin, 403, 'You are not authorized to perform the requested action: identity:get_project.');
    if (!project) return keystoneError(origin, 404, `Could not find project: ${path[1]}.`);
    return ok(200, { project: projectView(origin, project) });
  }
  if (route === 'users') {
    if (!isAdmin(caller)) return keystoneError(origin, 403, 'You are not authorized to perform the requested action: identity:list_users.');
    const name = url.searchParams.get('name');
    const users = world.state.users.filter((u) => name === null || u.name === name);
    return ok(200, {
      // Keystone's user view; never the password.
      users: users.map((u) => ({
        id: u.id,
        name: u.name,
        domain_id: u.domainId,
        enabled: true,
        password_expires_at: null,
        options: {},
        links: { self: `${origin}/identity/v3/users/${u.id}` },
      })),
      links: { self: `${origin}${url.pathname}`, previous: null, next: null },
    });
  }
  if (path[0] === 'users' && path.length === 3 && path[2] === 'projects') {
    const userId = path[1]!;
    if (!isAdmin(caller) && caller.user.id !== userId) {
      return keystoneError(origin, 403, 'You are not authorized to perform the requested action: identity:list_user_projects.');
    }
    const user = world.state.users.find((u) => u.id === userId);
    if (!user) return keystoneError(origin, 404, `Could not find user: ${userId}.`);
    return ok(200, projectList(origin, url.pathname, projectsOfUser(world, user)));
  }
  return notFoundHtml({ 'x-openstack-request-id': requestId() });
}

function isAdmin(v: ValidToken): boolean {
  return v.roles.includes('admin');
}

function projectsOfUser(world: World, user: User): Project[] {
  const ids = new Set(user.assignments.map((a) => a.projectId));
  return world.state.projects.filter((p) => ids.has(p.id) && p.enabled);
}

function findDomain(world: World, ref: unknown): string | null {
  if (!isObject(ref)) return null;
  if (typeof ref.id === 'string') return world.state.domains.some((d) => d.id === ref.id) ? ref.id : null;
  if (typeof ref.name === 'string') return world.state.domains.find((d) => d.name === ref.name)?.id ?? null;
  return null;
}

const VALIDATION_SUFFIX =
  ' The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.';

async function authenticate(world: World, request: Request, url: URL): Promise<Response> {
  const origin = url.origin;
  const parsed = await readJsonBody(request);
  if (parsed.kind !== 'json' || !isObject(parsed.value) || !isObject(parsed.value.auth)) {
    return keystoneError(origin, 400, `Expecting to find auth in request body.${VALIDATION_SUFFIX}`);
  }
  const auth = parsed.value.auth;
  const identity = auth.identity;
  if (!isObject(identity) || !Array.isArray(identity.methods) || identity.methods.length === 0) {
    return keystoneError(origin, 400, "Invalid input for field 'identity': 'methods' is a required property");
  }
  const methods = identity.methods.filter((m): m is string => typeof m === 'string');
  let user: User | undefined;
  let inherit: ValidToken | null = null;

  if (methods.includes('password')) {
    const pw = identity.password;
    const u = isObject(pw) ? pw.user : undefined;
    if (!isObject(u)) return keystoneError(origin, 400, `Expecting to find user in password.${VALIDATION_SUFFIX}`);
    if (typeof u.id === 'string') {
      user = world.state.users.find((x) => x.id === u.id);
    } else if (typeof u.name === 'string') {
      if (!isObject(u.domain)) return keystoneError(origin, 400, `Expecting to find domain in user.${VALIDATION_SUFFIX}`);
      const domainId = findDomain(world, u.domain);
      user = domainId ? world.state.users.find((x) => x.name === u.name && x.domainId === domainId) : undefined;
    } else {
      return keystoneError(origin, 400, `Expecting to find id or name in user.${VALIDATION_SUFFIX}`);
    }
    if (!user || typeof u.password !== 'string' || u.password !== user.password) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
  } else if (methods.includes('token')) {
    const t = identity.token;
    const id = isObject(t) && typeof t.id === 'string' ? t.id : null;
    if (!id) return keystoneError(origin, 400, `Expecting to find id in token.${VALIDATION_SUFFIX}`);
    inherit = validateToken(world, id);
    if (!inherit) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
    user = inherit.user;
  } else {
    return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
  }

  // Scope
  let projectId: string | null = null;
  const scope = auth.scope;
  if (scope !== undefined && scope !== null) {
    if (!isObject(scope) || !isObject(scope.project)) {
      // Only project scope is emulated (system/domain scope are not used by the console).
      return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
    }
    const ref = scope.project;
    let project: Project | undefined;
    if (typeof ref.id === 'string') project = world.state.projects.find((p) => p.id === ref.id);
    else if (typeof ref.name === 'string') {
      if (!isObject(ref.domain)) return keystoneError(origin, 400, `Expecting to find domain in project.${VALIDATION_SUFFIX}`);
      const domainId = findDomain(world, ref.domain);
      project = domainId ? world.state.projects.find((p) => p.name === ref.name && p.domainId === domainId) : undefined;
    }
    // Unknown project and "no role on it" look the same as a bad password.
    if (!project || !project.enabled || effectiveRoles(user, project.id).length === 0) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
    projectId = project.id;
  }

  const tokenMethods = inherit ? Array.from(new Set(['token', ...inherit.token.methods])) : ['password'];
  const token = issueToken(world, user, projectId, tokenMethods, inherit?.token);
  const valid = validateToken(world, token.id)!;
  const nocatalog = url.searchParams.has('nocatalog');
  return ok(201, tokenBody(world.state, valid, origin, !nocatalog), { 'X-Subject-Token': token.id });
}

async function validate(world: World, request: Request, url: URL, head: boolean): Promise<Response> {
  const origin = url.origin;
  const caller = validateToken(world, request.headers.get('X-Auth-Token'));
  if (!caller) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
  const subjectId = request.headers.get('X-Subject-Token');
  const subject = validateToken(world, subjectId);
  if (!subject) return keystoneError(origin, 404, 'Failed to validate token');
  if (head) return new Response(null, { status: 200, headers: { 'x-openstack-request-id': requestId(), 'X-Subject-Token': subject.token.id } });
  return ok(200, tokenBody(world.state, subject, origin, !url.searchParams.has('nocatalog')), { 'X-Subject-Token': subject.token.id });
}

async function revoke(world: World, request: Request, url: URL): Promise<Response> {
  const origin = url.origin;
  const caller = validateToken(world, request.headers.get('X-Auth-Token'));
  if (!caller) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE);
  const subjectId = request.headers.get('X-Subject-Token');
  const subject = validateToken(world, subjectId);
  if (!subject) return keystoneError(origin, 404, 'Failed to validate token');
  delete world.state.tokens[subject.token.id];
  world.changed();
  return new Response(null, { status: 204, headers: { 'x-openstack-request-id': requestId() } });
}
