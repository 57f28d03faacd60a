/**
 * Nova (compute API v2.1) front door, only what the console needs: version documents, token check,
 * microversion, the optional project id in the URL, servers, flavors and volume attachments, with
 * Nova's fault bodies and headers. `/compute/v2.1/…` in the catalog (type `compute`).
 */
import { faultBody } from '../cinder/faults';
import { versionString } from '../cinder/microversion';
import { keystoneError, UNAUTHORIZED_MESSAGE } from '../keystone/router';
import { validateToken } from '../keystone/tokens';
import { jsonResponse, notFoundHtml, readJsonBody } from '../util/http';
import { requestId } from '../util/ids';
import type { World } from '../world';
import { NOVA_MAX, NOVA_MIN, NovaFault, novaBadRequest, novaHeaders, novaVersion, type NovaContext } from './context';
import { createServer, deleteServer, listFlavors, listServers, showServer } from './server-routes';
import { attachVolume, detachVolume, listAttachments, showAttachment } from './volume-attachments';

type Answer = { status: number; body?: unknown };

function versionDoc(origin: string) {
  return {
    id: 'v2.1',
    status: 'CURRENT',
    version: versionString(NOVA_MAX),
    min_version: versionString(NOVA_MIN),
    updated: '2013-07-23T11:33:21Z',
    links: [{ rel: 'self', href: `${origin}/compute/v2.1/` }],
  };
}

function renderFault(fault: NovaFault, rid: string, ctxVersion: NovaContext['version'] | null): Response {
  return jsonResponse(fault.status, faultBody(fault.status, fault.message), novaHeaders(rid, ctxVersion));
}

export async function handleNova(world: World, request: Request, url: URL, rest: string[]): Promise<Response> {
  const origin = url.origin;
  const method = request.method.toUpperCase();
  const rid = requestId();
  // Version documents need no token (Nova's versions pipeline has no auth).
  if (rest.length === 0) {
    return jsonResponse(200, { versions: [{ id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '', updated: '2011-01-21T11:33:21Z', links: [{ rel: 'self', href: `${origin}/compute/v2/` }] }, versionDoc(origin)] }, novaHeaders(rid, null));
  }
  if (rest[0] !== 'v2.1') return notFoundHtml({ 'x-openstack-request-id': rid });
  if (rest.length === 1) return jsonResponse(200, { version: versionDoc(origin) }, novaHeaders(rid, null));

  const auth = validateToken(world, request.headers.get('X-Auth-Token'));
  if (!auth || !auth.project) return keystoneError(origin, 401, UNAUTHORIZED_MESSAGE, { 'x-openstack-request-id': rid });
  const parsed = novaVersion(request.headers);
  if (!parsed.ok) return renderFault(parsed.fault, rid, null);

  let segments = rest.slice(1);
  let base = `${origin}/compute/v2.1`;
  // Legacy URLs carry the project id: /v2.1/{project_id}/servers.
  if (/^[0-9a-f]{32}$/i.test(segments[0] ?? '')) {
    const urlProject = segments[0]!;
    if (urlProject !== auth.project.id) {
      return renderFault(novaBadRequest(`Malformed request URL: URL's project_id '${urlProject}' doesn't match Context's project_id '${auth.project.id}'`), rid, parsed.version);
    }
    base = `${base}/${urlProject}`;
    segments = segments.slice(1);
  }
  const ctx: NovaContext = {
    world,
    request,
    url,
    method,
    requestId: rid,
    version: parsed.version,
    auth,
    projectId: auth.project.id,
    userId: auth.user.id,
    isAdmin: auth.roles.includes('admin'),
    base,
    now: world.now(),
  };
  try {
    const body = method === 'POST' || method === 'PUT' ? await readJsonBody(request) : null;
    if (body?.kind === 'malformed') throw novaBadRequest('Malformed request body');
    const answer = route(ctx, segments, body?.kind === 'json' ? body.value : null);
    if (!answer) return notFoundHtml(novaHeaders(rid, null));
    const headers = novaHeaders(rid, ctx.version);
    if (answer.body === undefined) return new Response(null, { status: answer.status, headers });
    return jsonResponse(answer.status, answer.body, headers);
  } catch (error) {
    if (error instanceof NovaFault) return renderFault(error, rid, ctx.version);
    throw error;
  }
}

function route(ctx: NovaContext, s: string[], body: unknown): Answer | null {
  const m = ctx.method;
  const ok = (payload: unknown, status = 200): Answer => ({ status, body: payload });
  if (s[0] === 'flavors' && m === 'GET' && s.length <= 2 && (s.length === 1 || s[1] === 'detail')) return ok(listFlavors(ctx, s[1] === 'detail'));
  if (s[0] !== 'servers') return null;
  if (s.length === 1 && m === 'GET') return ok(listServers(ctx, false));
  if (s.length === 1 && m === 'POST') return ok(createServer(ctx, body), 202);
  if (s.length === 2 && s[1] === 'detail' && m === 'GET') return ok(listServers(ctx, true));
  const id = s[1]!;
  if (s.length === 2 && m === 'GET') return ok(showServer(ctx, id));
  if (s.length === 2 && m === 'DELETE') return (deleteServer(ctx, id), { status: 204 });
  if (s[2] !== 'os-volume_attachments') return null;
  if (s.length === 3 && m === 'GET') return ok(listAttachments(ctx, id));
  if (s.length === 3 && m === 'POST') return ok(attachVolume(ctx, id, body));
  if (s.length === 4 && m === 'GET') return ok(showAttachment(ctx, id, s[3]!));
  if (s.length === 4 && m === 'DELETE') return (detachVolume(ctx, id, s[3]!), { status: 202 });
  return null;
}
