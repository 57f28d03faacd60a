import { ApiError } from '../../api/errors';
import { buildSession, listMyProjects, passwordLogin, revokeToken, scopeToProject, type PasswordCredentials } from '../../api/keystone';
import type { KeystoneProject } from '../../api/models';
import { getSession, setSession, type Session } from '../../api/session';

export type LoginOutcome =
  | { kind: 'signedIn'; session: Session }
  | { kind: 'chooseProject'; unscopedToken: string; projects: KeystoneProject[] };

/**
 * Signs in. With a project name the token is scoped at once; without one the user's projects are
 * listed and, when there is exactly one, used; several are offered to choose from.
 */
export async function login(credentials: PasswordCredentials, projectName?: string): Promise<LoginOutcome> {
  const issued = await passwordLogin(credentials, projectName?.trim() || undefined);
  if (issued.token.project) return signIn(await buildSession(issued));
  const projects = await listMyProjects(issued.id);
  if (projects.length === 0) {
    throw new ApiError({ kind: 'session', status: 0, message: 'noProjects' });
  }
  if (projects.length === 1) return chooseProject(issued.id, projects[0]!.id);
  return { kind: 'chooseProject', unscopedToken: issued.id, projects };
}

export async function chooseProject(token: string, projectId: string): Promise<LoginOutcome> {
  return signIn(await buildSession(await scopeToProject(token, projectId)));
}

function signIn(session: Session): LoginOutcome {
  setSession(session);
  return { kind: 'signedIn', session };
}

/** Re-scopes the current token to another project; endpoints are rebuilt from the new catalog. */
export async function switchProject(projectId: string): Promise<Session> {
  const current = getSession();
  if (!current) throw new ApiError({ kind: 'session', status: 0, message: 'Not signed in.' });
  const session = await buildSession(await scopeToProject(current.token, projectId));
  setSession(session);
  return session;
}

/** Revokes the token (best effort) and forgets the session either way. */
export async function logout(): Promise<void> {
  const current = getSession();
  setSession(null);
  if (current) await revokeToken(current.token).catch(() => undefined);
}
