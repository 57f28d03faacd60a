/**
 * Cinder v3 front door: version documents, token check (keystonemiddleware), microversion, the
 * project id in the URL, routing, and rendering of results and faults with Cinder's headers.
 */
import { CinderFault, faultBody } from './faults';
import { deleteMessage, listMessages, showMessage } from './messages';
import { metadataCollection, metadataItem } from './metadata';
import { atLeast, parseVersionHeader, versionString, type ApiVersion } from './microversion';
import { associateQos, createQos, deleteQos, listQos, qosAssociations, setQosKeys, showQos, unsetQosKeys } from './qos';
import { deleteQuotas, limits, showDefaultQuotas, showQuotas, updateQuotas } from './quotas';
import { availabilityZones, getPools, listServices, versionsDoc } from './services';
import { createSnapshot, deleteSnapshot, listSnapshots, showSnapshot, snapshotAction, updateSnapshot } from './snapshots';
import { createType, deleteType, extraSpecs, listTypes, showType, typeAccessList, typeAction, typeEncryption, updateType } from './types';
import { volumeAction } from './volume-actions';
import { createVolume, deleteVolumeRequest, listVolumes, showVolume, updateVolume, volumeSummaryTotals } from './volumes';
import { bodyObject } from './validate';
import { getSnapshot } from './lookup';
import type { CinderContext } from './context';
import { keystoneError, UNAUTHORIZED_MESSAGE } from '../keystone/router';
import { validateToken } from '../keystone/tokens';
import { jsonResponse, notFoundHtml, readJsonBody, type BodyResult } from '../util/http';
import { requestId } from '../util/ids';
import type { World } from '../world';

/** First path segments that are collections, i.e. not a project id (project ids are optional from 3.67's max). */
const COLLECTIONS = new Set([
  'volumes', 'snapshots', 'types', 'qos-specs', 'os-quota-sets', 'limits', 'os-availability-zone', 'scheduler-stats', 'messages',
  'os-services', 'extensions', 'attachments', 'backups', 'groups', 'group_types', 'group_snapshots', 'default-types', 'resource_filters',
  'os-volume-transfer', 'volume-transfers', 'workers', 'clusters', 'capabilities', 'os-hosts', 'os-quota-class-sets', 'manageable_volumes',
  'manageable_snapshots', 'os-snapshot-manage', 'os-volume-manage', 'consistencygroups', 'cgsnapshots',
]);

type Result = { status: number; body?: unknown; headers?: Record<string, string> };

class NoRoute extends Error {}

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
  if (!COLLECTIONS.has(segments[0]!)) {
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

function route(ctx: CinderContext, seg: string[], body: BodyResult | null): Result {
  const m = ctx.method;
  const [head, a, b, c] = seg;
  const n = seg.length;
  const ok = (value: unknown, status = 200): Result => ({ status, body: value });
  switch (head) {
    case 'volumes': {
      if (n === 1 && m === 'GET') return ok(listVolumes(ctx, false));
      if (n === 1 && m === 'POST') return createVolume(ctx, body!);
      if (n === 2 && a === 'detail' && m === 'GET') return ok(listVolumes(ctx, true));
      if (n === 2 && a === 'summary' && m === 'GET' && atLeast(ctx.version, '3.12')) return ok(volumeSummaryTotals(ctx));
      if (n === 2 && m === 'GET') return ok(showVolume(ctx, a!));
      if (n === 2 && m === 'PUT') return ok(updateVolume(ctx, a!, body!));
      if (n === 2 && m === 'DELETE') {
        deleteVolumeRequest(ctx, a!);
        return { status: 202 };
      }
      if (n === 3 && b === 'action' && m === 'POST') return volumeAction(ctx, a!, bodyObject(body!));
      if (n === 3 && b === 'metadata' && ['GET', 'POST', 'PUT'].includes(m)) return metadataCollection(ctx, 'volume', a!, body);
      if (n === 4 && b === 'metadata' && ['GET', 'PUT', 'DELETE'].includes(m)) return metadataItem(ctx, 'volume', a!, c!, body);
      break;
    }
    case 'snapshots': {
      if (n === 1 && m === 'GET') return ok(listSnapshots(ctx, false));
      if (n === 1 && m === 'POST') return ok(createSnapshot(ctx, body!), 202);
      if (n === 2 && a === 'detail' && m === 'GET') return ok(listSnapshots(ctx, true));
      if (n === 2 && m === 'GET') return ok(showSnapshot(ctx, a!));
      if (n === 2 && m === 'PUT') return ok(updateSnapshot(ctx, a!, body!));
      if (n === 2 && m === 'DELETE') {
        deleteSnapshot(ctx, getSnapshot(ctx, a!), false);
        return { status: 202 };
      }
      if (n === 3 && b === 'action' && m === 'POST') return snapshotAction(ctx, a!, bodyObject(body!));
      if (n === 3 && b === 'metadata' && ['GET', 'POST', 'PUT'].includes(m)) return metadataCollection(ctx, 'snapshot', a!, body);
      if (n === 4 && b === 'metadata' && ['GET', 'PUT', 'DELETE'].includes(m)) return metadataItem(ctx, 'snapshot', a!, c!, body);
      break;
    }
    case 'types': {
      if (n === 1 && m === 'GET') return ok(listTypes(ctx));
      if (n === 1 && m === 'POST') return ok(createType(ctx, body!));
      if (n === 2 && m === 'GET') return ok(showType(ctx, a!));
      if (n === 2 && m === 'PUT') return ok(updateType(ctx, a!, body!));
      if (n === 2 && m === 'DELETE') {
        deleteType(ctx, a!);
        return { status: 202 };
      }
      if (n === 3 && b === 'action' && m === 'POST') return typeAction(ctx, a!, bodyObject(body!));
      if (n === 3 && b === 'extra_specs' && (m === 'GET' || m === 'POST')) return extraSpecs(ctx, a!, null, body);
      if (n === 4 && b === 'extra_specs' && ['GET', 'PUT', 'DELETE'].includes(m)) return extraSpecs(ctx, a!, c!, body);
      if (n === 3 && b === 'os-volume-type-access' && m === 'GET') return ok(typeAccessList(ctx, a!));
      if (n === 3 && b === 'encryption' && m === 'GET') return ok(typeEncryption(ctx, a!));
      break;
    }
    case 'qos-specs': {
      if (n === 1 && m === 'GET') return ok(listQos(ctx));
      if (n === 1 && m === 'POST') return ok(createQos(ctx, body!));
      if (n === 2 && m === 'GET') return ok(showQos(ctx, a!));
      if (n === 2 && m === 'PUT') return ok(setQosKeys(ctx, a!, body!));
      if (n === 2 && m === 'DELETE') {
        deleteQos(ctx, a!);
        return { status: 202 };
      }
      if (n === 3 && b === 'delete_keys' && m === 'PUT') {
        unsetQosKeys(ctx, a!, body!);
        return { status: 202 };
      }
      if (n === 3 && b === 'associations' && m === 'GET') return ok(qosAssociations(ctx, a!));
      if (n === 3 && (b === 'associate' || b === 'disassociate' || b === 'disassociate_all') && m === 'GET') {
        associateQos(ctx, a!, b);
        return { status: 202 };
      }
      break;
    }
    case 'os-quota-sets': {
      if (n === 2 && m === 'GET') return ok(showQuotas(ctx, a!));
      if (n === 2 && m === 'PUT') return ok(updateQuotas(ctx, a!, body!));
      if (n === 2 && m === 'DELETE') {
        deleteQuotas(ctx, a!);
        return { status: 200 };
      }
      if (n === 3 && b === 'defaults' && m === 'GET') return ok(showDefaultQuotas(ctx, a!));
      break;
    }
    case 'limits':
      if (n === 1 && m === 'GET') return ok(limits(ctx));
      break;
    case 'os-availability-zone':
      if (n === 1 && m === 'GET') return ok(availabilityZones());
      break;
    case 'scheduler-stats':
      if (n === 2 && a === 'get_pools' && m === 'GET') return ok(getPools(ctx));
      break;
    case 'os-services':
      if (n === 1 && m === 'GET') return ok(listServices(ctx));
      break;
    case 'messages': {
      // Added in 3.3: older requests hit no controller method (VersionNotFoundForAPIMethod → 404).
      if (!atLeast(ctx.version, '3.3')) throw new CinderFault(404, 'The resource could not be found.');
      if (n === 1 && m === 'GET') return ok(listMessages(ctx));
      if (n === 2 && m === 'GET') return ok(showMessage(ctx, a!));
      if (n === 2 && m === 'DELETE') {
        deleteMessage(ctx, a!);
        return { status: 204 };
      }
      break;
    }
  }
  throw new NoRoute();
}
