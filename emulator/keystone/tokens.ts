/** Token issue/validation and the token body Keystone returns. */
import { buildCatalog } from './catalog';
import { randomAuditId, randomToken } from '../util/ids';
import { keystoneTime } from '../util/time';
import type { Project, RoleName, State, Token, User } from '../state';
import type { World } from '../world';

/** Roles as Keystone hands them out, including implied ones (admin ⇒ member ⇒ reader). */
export function effectiveRoles(user: User, projectId: string): RoleName[] {
  const direct = user.assignments.filter((a) => a.projectId === projectId).map((a) => a.role);
  const out = new Set<RoleName>();
  for (const r of direct) {
    out.add(r);
    if (r === 'admin') out.add('member');
    if (r === 'admin' || r === 'member') out.add('reader');
  }
  const order: RoleName[] = ['admin', 'member', 'reader'];
  return order.filter((r) => out.has(r));
}

export function issueToken(world: World, user: User, projectId: string | null, methods: string[], inherit?: Token): Token {
  const now = world.now();
  const token: Token = {
    id: randomToken(),
    userId: user.id,
    projectId,
    methods,
    issuedAt: now,
    expiresAt: inherit ? inherit.expiresAt : now + world.tokenTtlSeconds * 1000,
    auditIds: inherit ? [randomAuditId(), inherit.auditIds[inherit.auditIds.length - 1] ?? inherit.auditIds[0]!] : [randomAuditId()],
  };
  world.state.tokens[token.id] = token;
  pruneExpired(world);
  world.changed();
  return token;
}

function pruneExpired(world: World): void {
  const now = world.now();
  for (const [id, t] of Object.entries(world.state.tokens)) if (t.expiresAt <= now) delete world.state.tokens[id];
}

export interface ValidToken {
  token: Token;
  user: User;
  project: Project | null;
  roles: RoleName[];
}

/** A token is valid while it exists, is not expired, and its user still has a role on its project. */
export function validateToken(world: World, id: string | null | undefined): ValidToken | null {
  if (!id) return null;
  const token = world.state.tokens[id];
  if (!token || token.expiresAt <= world.now()) return null;
  const user = world.state.users.find((u) => u.id === token.userId);
  if (!user) return null;
  if (token.projectId === null) return { token, user, project: null, roles: [] };
  const project = world.state.projects.find((p) => p.id === token.projectId);
  if (!project || !project.enabled) return null;
  const roles = effectiveRoles(user, project.id);
  if (!roles.length) return null;
  return { token, user, project, roles };
}

export function tokenBody(state: State, valid: ValidToken, origin: string, withCatalog: boolean): { token: Record<string, unknown> } {
  const { token, user, project, roles } = valid;
  const domain = (id: string) => {
    const d = state.domains.find((x) => x.id === id);
    return { id, name: d?.name ?? id };
  };
  const body: Record<string, unknown> = {
    methods: token.methods,
    user: { domain: domain(user.domainId), id: user.id, name: user.name, password_expires_at: null },
    audit_ids: token.auditIds,
    expires_at: keystoneTime(token.expiresAt),
    issued_at: keystoneTime(token.issuedAt),
  };
  if (project) {
    body.project = { domain: domain(project.domainId), id: project.id, name: project.name };
    body.is_domain = false;
    body.roles = roles.map((r) => ({ id: state.roles[r], name: r }));
    if (withCatalog) body.catalog = buildCatalog(origin, project.id);
  }
  return { token: body };
}
