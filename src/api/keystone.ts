import { blockStorageBase, blockStorageTypes, blockStorageVersionsUrl, findEndpoint, toProxyUrl } from './catalog';
import { getConfig } from './config';
import { ApiError } from './errors';
import { apiRequest } from './http';
import { maxVersionFrom, negotiateVersion } from './microversion';
import type { KeystoneProject, KeystoneToken } from './models';
import type { Session } from './session';

export interface PasswordCredentials {
  username: string;
  password: string;
  domain: string;
}

interface IssuedToken {
  id: string;
  token: KeystoneToken;
}

type Scope = { project: { id: string } } | { project: { name: string; domain: { name: string } } } | undefined;

async function issueToken(identity: unknown, scope: Scope, token: string | null = null): Promise<IssuedToken> {
  const response = await apiRequest<{ token: KeystoneToken }>('identity', '/v3/auth/tokens', {
    method: 'POST',
    body: { auth: scope ? { identity, scope } : { identity } },
    token,
  });
  const id = response.headers.get('x-subject-token');
  if (!id) {
    throw new ApiError({ kind: 'http', status: response.status, message: 'Keystone returned no token (X-Subject-Token header missing).', requestId: response.requestId });
  }
  return { id, token: response.data.token };
}

function passwordIdentity({ username, password, domain }: PasswordCredentials) {
  return { methods: ['password'], password: { user: { name: username, domain: { name: domain }, password } } };
}

/** Signs in with a password, scoped to a project by name (within the user's domain) or unscoped. */
export function passwordLogin(credentials: PasswordCredentials, projectName?: string): Promise<IssuedToken> {
  const scope: Scope = projectName ? { project: { name: projectName, domain: { name: credentials.domain } } } : undefined;
  return issueToken(passwordIdentity(credentials), scope);
}

/** Exchanges a token for one scoped to another project (keeps the original expiry). */
export function scopeToProject(token: string, projectId: string): Promise<IssuedToken> {
  return issueToken({ methods: ['token'], token: { id: token } }, { project: { id: projectId } }, null);
}

/** Projects the token's user may scope to. */
export async function listMyProjects(token: string): Promise<KeystoneProject[]> {
  const response = await apiRequest<{ projects: KeystoneProject[] }>('identity', '/v3/auth/projects', { token });
  return response.data.projects.filter((p) => p.enabled).sort((a, b) => a.name.localeCompare(b.name));
}

/** True while Keystone still accepts the token. */
export async function validateToken(token: string): Promise<boolean> {
  try {
    await apiRequest('identity', '/v3/auth/tokens', { method: 'GET', token, headers: { 'X-Subject-Token': token }, query: { nocatalog: 1 } });
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 401)) return false;
    throw error;
  }
}

/** Revokes the token; a token Keystone no longer knows is already as good as revoked. */
export async function revokeToken(token: string): Promise<void> {
  try {
    await apiRequest('identity', '/v3/auth/tokens', { method: 'DELETE', token, headers: { 'X-Subject-Token': token } });
  } catch (error) {
    if (!(error instanceof ApiError && (error.status === 401 || error.status === 404))) throw error;
  }
}

/** Turns a project-scoped token into a Session: endpoints from the catalog, microversion negotiated. */
export async function buildSession(issued: IssuedToken): Promise<Session> {
  const { token } = issued;
  const config = getConfig();
  if (!token.project) throw new ApiError({ kind: 'session', status: 0, message: 'The token is not scoped to a project.' });
  const catalog = token.catalog ?? [];
  const cinderUrl = findEndpoint(catalog, blockStorageTypes, config.region);
  if (!cinderUrl) {
    throw new ApiError({ kind: 'session', status: 0, message: 'The service catalog has no block-storage endpoint for this project.' });
  }
  const imageUrl = findEndpoint(catalog, ['image'], config.region);
  // Nova is optional: without it the console shows attachments by server id and offers no attach.
  const computeUrl = findEndpoint(catalog, ['compute'], config.region);
  const blockStorage = blockStorageBase(toProxyUrl(cinderUrl, config.proxy.blockStorage), token.project.id);

  const versions = await fetchVersions(blockStorage, issued.id);
  return {
    token: issued.id,
    expiresAt: token.expires_at,
    user: { id: token.user.id, name: token.user.name, domainId: token.user.domain.id, domainName: token.user.domain.name },
    project: { id: token.project.id, name: token.project.name, domainId: token.project.domain.id, domainName: token.project.domain.name },
    roles: (token.roles ?? []).map((r) => r.name),
    endpoints: { blockStorage, image: imageUrl ? toProxyUrl(imageUrl, config.proxy.image) : null, compute: computeUrl ? toProxyUrl(computeUrl, config.proxy.compute) : null },
    volumeApiVersion: negotiateVersion(config.volumeApiVersion, maxVersionFrom(versions)),
  };
}

async function fetchVersions(blockStorage: string, token: string) {
  const url = blockStorageVersionsUrl(blockStorage);
  const response = await fetch(url, { headers: { 'X-Auth-Token': token, Accept: 'application/json' } });
  // GET /v3/ answers 200 with a token; GET / answers 300 — both carry the versions document.
  if (!response.ok && response.status !== 300) {
    throw new ApiError({ kind: 'http', status: response.status, message: `Cannot read Cinder's API versions (${response.status}).`, requestId: response.headers.get('x-openstack-request-id') });
  }
  return (await response.json()) as { versions?: { id?: string; version?: string }[] };
}
