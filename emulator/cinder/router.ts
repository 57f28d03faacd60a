/**
 * Cinder v3 front door: version documents, token check (keystonemiddleware), microversion, the
 * project id in the URL, routing, and rendering of results and faults with Cinder's headers.
 */
import { CinderFault, faultBody } from './faults';
import { parseVersionHeader, versionString, type ApiVersion } from './microversion';
import { resourceFor } from './registry';
import { dispatch, NoRoute, type Result } from './resource';
import { versionsDoc } from './services';
import type { CinderContext } from './context';
import { keystoneError, UNAUTHORIZED_MESSAGE } from '../keystone/router';
import { validateToken } from '../keystone/tokens';
import { jsonResponse, notFoundHtml, readJsonBody, type BodyResult } from '../util/http';
import { requestId } from '../util/ids';
import type { World } from '../world';

/**
 * Cinder collections the emulator does not serve: a first path segment naming one is not a project id
 * (project ids are optional from 3.67's max). Served collections come from the registry.
 */
const UNEMULATED_COLLECTIONS = new Set([
  'extensions', 'attachments', 'groups', 'group_types', 'group_snapshots', 'default-types',
  'workers', 'clusters', 'capabilities', 'os-hosts', 'os-snapshot-manage', 'os-volume-manage', 'consistencygroups', 'cgsnapshots',
]);

function isCollection(segment: string): boolean {
  return resourceFor(segment) !== undefined || UNEMULATED_COLLECTIONS.has(segment);
}

function cinderHeaders(rid: string, version: ApiVersion | null, extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = { 'x-openstack-request-id': rid, 'x-compute-request-id': rid, ...extra };
  if (version) {
    h['OpenStack-API-Version'] = `volume ${versionString(version)}`;
    h.Vary = 'OpenStack-API-Version';
  }
  return h;
}

export function renderFault(fault: CinderFault, rid: string, version: ApiVersion | null): Response {
  const headers = cinderHeaders(rid, version, fault.headers);
  if (fault.bodyless) return new Response(null, { status: fault.status, headers });
  return jsonResponse(fault.status, faultBody(fault.status, fault.message), headers);
}

function render(result: Result, rid: string, version: ApiVersion): Response {
  const headers = cinderHeaders(rid, version, result.headers);
  if (result.body === undefined) return new Response(null, { status: result.status, headers: { 'Content-Type': 'text/html; charset=UTF-8', ...headers } });
  return jsonResponse(result.status, result.body, headers);
}

export async function handleCinder(world: World, request: Request, url: URL, rest: string[]): Promise<Response> {
  const origin = url.origin;
  const method = request.method.toUpperCase();
  const rid = requestId();
  // GET /volume/ : unauthenticated version list (300 Multiple Choices).
  if (rest.length === 0) {
    const v = parseVersionHeader(request.headers.get('OpenStack-API-Version'));
    return jsonResponse(300, versionsDoc(origin), cinderHeaders(rid, v.ok ? v.version : null));
  }
  if (rest[0] !== 'v3') return notFoundHtml({ 'x-openstack-request-id': rid });

  // keystonemiddleware: 401 in Keystone's shape, before Cinder sees the request.
  const auth = validateToken(world, request.headers.get('X-Auth-Token'));
  if (!auth || !auth.project) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE, { 'x-openstack-request-id': rid });

  const parsed = parseVersionHeader(request.headers.get('OpenStack-API-Version'));
  if (!parsed.ok) return renderFault(new CinderFault(parsed.status, parsed.message), rid, parsed.echo);
  const version = parsed.version;

  let segments = rest.slice(1);
  if (segments.length === 0) return jsonResponse(200, versionsDoc(origin), cinderHeaders(rid, version));
  let urlProject: string | null = null;
  if (!isCollection(segments[0]!)) {
    urlProject = segments[0]!;
    segments = segments.slice(1);
    if (urlProject !== auth.project.id) return renderFault(new CinderFault(400, 'Malformed request url'), rid, version);
  }
  const base = `${origin}/volume/v3${urlProject ? `/${urlProject}` : ''}`;
  const ctx: CinderContext = {
    world,
    request,
    url,
    method,
    requestId: rid,
    version,
    auth,
    projectId: auth.project.id,
    userId: auth.user.id,
    isAdmin: auth.roles.includes('admin'),
    base,
    bookmarkBase: `${origin}/volume${urlProject ? `/${urlProject}` : ''}`,
    now: world.now(),
  };
  try {
    const body: BodyResult | null = method === 'POST' || method === 'PUT' ? await readJsonBody(request) : null;
    const result = route(ctx, segments, body);
    return render(result, rid, version);
  } catch (error) {
    if (error instanceof NoRoute) return notFoundHtml(cinderHeaders(rid, null));
    if (error instanceof CinderFault) return renderFault(error, rid, version);
    throw error;
  }
}

function route(ctx: CinderContext, segments: string[], body: BodyResult | null): Result {
  const resource = resourceFor(segments[0]!);
  if (!resource) throw new NoRoute();
  return dispatch(resource, ctx, segments.slice(1), body);
}
