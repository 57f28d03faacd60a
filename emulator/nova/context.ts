/** Per-request Nova context, microversion handling and faults (nova/api/openstack/wsgi.py, api_version_request.py). */
import { CinderFault } from '../cinder/faults';
import { atLeast, compare, versionString, type ApiVersion } from '../cinder/microversion';
import type { CinderContext } from '../cinder/context';

/** Zed's compute API: 2.1 … 2.93 (a header-less request is 2.1). */
export const NOVA_MIN: ApiVersion = { major: 2, minor: 1 };
export const NOVA_MAX: ApiVersion = { major: 2, minor: 93 };

/**
 * Per-request Nova context: the same fields as Cinder's (caller, microversion, clock). `base` is
 * `{origin}/compute/v2.1` (plus `/{project_id}` when the URL carried one): links follow the request.
 */
export type NovaContext = Omit<CinderContext, 'bookmarkBase'>;

/** Nova faults render like Cinder's (`{"itemNotFound": {"code", "message"}}`, the name chosen by status). */
export class NovaFault extends CinderFault {}

export const novaBadRequest = (message: string) => new NovaFault(400, message);
export const novaNotFound = (message: string) => new NovaFault(404, message);
export const novaConflict = (message: string) => new NovaFault(409, message);
export const novaForbidden = (rule: string) => new NovaFault(403, `Policy doesn't allow ${rule} to be performed.`);
export const instanceNotFound = (id: string) => novaNotFound(`Instance ${id} could not be found.`);

export function atLeastNova(ctx: NovaContext, min: string): boolean {
  return atLeast(ctx.version, min);
}

/**
 * `OpenStack-API-Version: compute 2.x` or the legacy `X-OpenStack-Nova-API-Version: 2.x`; none = 2.1.
 * Out of range → 406, malformed → 400, as Nova's APIVersionRequest does.
 */
export function novaVersion(headers: Headers): { ok: true; version: ApiVersion } | { ok: false; fault: NovaFault } {
  const modern = (headers.get('OpenStack-API-Version') ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .find(([service]) => service?.toLowerCase() === 'compute')?.[1];
  const value = modern ?? headers.get('X-OpenStack-Nova-API-Version')?.trim();
  if (!value) return { ok: true, version: NOVA_MIN };
  if (value === 'latest') return { ok: true, version: NOVA_MAX };
  const m = /^([1-9]\d*)\.([1-9]\d*|0)$/.exec(value);
  if (!m) return { ok: false, fault: novaBadRequest(`API Version String ${value} is of invalid format. Must be of format MajorNum.MinorNum.`) };
  const version = { major: Number(m[1]), minor: Number(m[2]) };
  if (compare(version, NOVA_MIN) < 0 || compare(version, NOVA_MAX) > 0) {
    return {
      ok: false,
      fault: new NovaFault(406, `Version ${versionString(version)} is not supported by the API. Minimum is ${versionString(NOVA_MIN)} and maximum is ${versionString(NOVA_MAX)}.`),
    };
  }
  return { ok: true, version };
}

export function novaHeaders(requestId: string, version: ApiVersion | null): Record<string, string> {
  const h: Record<string, string> = { 'x-openstack-request-id': requestId, 'x-compute-request-id': requestId };
  if (version) {
    h['OpenStack-API-Version'] = `compute ${versionString(version)}`;
    h['X-OpenStack-Nova-API-Version'] = versionString(version);
    h.Vary = 'OpenStack-API-Version, X-OpenStack-Nova-API-Version';
  }
  return h;
}
