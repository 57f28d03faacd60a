/**
 * os-services (cinder/api/contrib/services.py): the scheduler and one cinder-volume per backend. A
 * service's `updated_at` is its last heartbeat (every REPORT_INTERVAL while it runs); it is "down" once
 * that is older than SERVICE_DOWN_TIME (cinder.conf defaults 10 s / 60 s). The serviceDown scenario stops
 * the heartbeats. A disabled or down cinder-volume takes no new volumes and leaves the pools list, as
 * Cinder's scheduler drops it from its backend map.
 */
import { badRequest, CinderFault, fieldError, notFound } from './faults';
import { requireAdmin } from './policy';
import { bodyObject, checkObject, typeMsg } from './validate';
import type { CinderContext } from './context';
import { SEED_EPOCH } from '../seed';
import type { Backend, State } from '../state';
import type { BodyResult } from '../util/http';
import { pyRepr } from '../util/pyrepr';
import { cinderTime } from '../util/time';

export const REPORT_INTERVAL_MS = 10_000;
export const SERVICE_DOWN_TIME_MS = 60_000;

export interface CinderService {
  /** `<binary>:<host>` */
  id: string;
  binary: string;
  host: string;
  zone: string;
  disabled: boolean;
  disabledReason: string | null;
  createdAt: number;
  /** When the process stopped reporting (null: it heartbeats). */
  stoppedAt: number | null;
  /** Last enable/disable (services.modified_at). */
  modifiedAt: number | null;
}

declare module '../state' {
  interface Stores {
    services: Map<string, CinderService>;
  }
}

export const serviceId = (binary: string, host: string) => `${binary}:${host}`;

/** The backend part of a pool-level host: `cinder@lvm-hdd#hdd` → `cinder@lvm-hdd`. */
export const backendHost = (host: string) => host.split('#')[0]!;

/** The host cinder-scheduler and cinder-backup run on (cinder-volume runs per backend). */
export const CONTROL_HOST = 'cinder';

export function newService(binary: string, host: string, createdAt = SEED_EPOCH): CinderService {
  return { id: serviceId(binary, host), binary, host, zone: 'nova', disabled: false, disabledReason: null, createdAt, stoppedAt: null, modifiedAt: null };
}

export function seedServices(state: State): CinderService[] {
  const hosts = [...new Set(state.backends.map((b) => backendHost(b.host)))];
  return [newService('cinder-scheduler', CONTROL_HOST), ...hosts.map((h) => newService('cinder-volume', h)), newService('cinder-backup', CONTROL_HOST)];
}

export function lastHeartbeat(s: CinderService, now: number): number {
  const until = s.stoppedAt ?? now;
  const since = Math.max(0, until - s.createdAt);
  return until - (since % REPORT_INTERVAL_MS);
}

export function serviceIsUp(s: CinderService, now: number): boolean {
  return Math.abs(now - lastHeartbeat(s, now)) <= SERVICE_DOWN_TIME_MS;
}

/** Can the scheduler place volumes on this backend (its cinder-volume enabled and up)? */
export function backendActive(state: State, backend: Backend, now: number): boolean {
  const s = state.services.get(serviceId('cinder-volume', backendHost(backend.host)));
  return !s || (!s.disabled && serviceIsUp(s, now));
}

/** The backup scheduler needs an enabled cinder-backup that is up; otherwise every create fails. */
export function backupServiceAvailable(state: State, now: number): boolean {
  return [...state.services.values()].some((s) => s.binary === 'cinder-backup' && !s.disabled && serviceIsUp(s, now));
}

export function listServices(ctx: CinderContext): unknown {
  requireAdmin(ctx, 'volume_extension:services:index');
  const q = ctx.url.searchParams;
  const host = q.get('host');
  const binary = q.get('binary');
  const state = ctx.world.state;
  const services = [...state.services.values()]
    .filter((s) => (host === null || s.host === host) && (binary === null || s.binary === binary))
    .map((s) => {
      const beat = lastHeartbeat(s, ctx.now);
      const shown = s.modifiedAt !== null && s.modifiedAt > beat ? s.modifiedAt : beat;
      const out: Record<string, unknown> = {
        binary: s.binary,
        host: s.host,
        zone: s.zone,
        status: s.disabled ? 'disabled' : 'enabled',
        state: serviceIsUp(s, ctx.now) ? 'up' : 'down',
        updated_at: cinderTime(shown),
      };
      if (s.binary === 'cinder-volume' && ctx.version.minor >= 49) {
        const active = state.backends.some((b) => backendHost(b.host) === s.host && backendActive(state, b, ctx.now));
        out.backend_state = active ? 'up' : null;
      }
      if (ctx.version.minor >= 7) out.cluster = null;
      out.disabled_reason = s.disabledReason;
      if (s.binary === 'cinder-volume') {
        out.replication_status = 'disabled';
        out.active_backend_id = null;
        out.frozen = false;
      }
      return out;
    });
  return { services };
}

function checkString(field: string, value: unknown, pattern?: RegExp): string {
  if (typeof value !== 'string') throw fieldError(field, value, typeMsg(value, ['string']));
  if (value.length < 1) throw fieldError(field, value, `${pyRepr(value)} should be non-empty`);
  if (value.length > 255) throw fieldError(field, value, `${pyRepr(value)} is too long`);
  if (pattern && !pattern.test(value)) throw fieldError(field, value, `${pyRepr(value)} does not match '${pattern.source}'`);
  return value;
}

const HOST_PATTERN = /^[a-zA-Z0-9-._#@:/+[\]]*$/;

/** PUT /os-services/{enable|disable|disable-log-reason}: 200 with what changed. */
export function updateService(ctx: CinderContext, action: string, body: BodyResult): unknown {
  requireAdmin(ctx, 'volume_extension:services:update');
  if (action !== 'enable' && action !== 'disable' && action !== 'disable-log-reason') {
    throw badRequest('Invalid input received: Unknown action');
  }
  const allowed = ['binary', 'host', 'cluster', 'service', ...(action === 'disable-log-reason' ? ['disabled_reason'] : [])];
  const args = checkObject(null, bodyObject(body), { allowed });
  if (!('binary' in args) && !('service' in args)) throw badRequest("'binary' is a required property");
  const binaryArg = args.binary === undefined ? '' : checkString('binary', args.binary);
  const serviceArg = args.service === undefined ? '' : checkString('service', args.service);
  if (args.host !== undefined && args.host !== null) checkString('host', args.host, HOST_PATTERN);
  let reason: string | undefined;
  if (action === 'disable-log-reason') {
    reason = args.disabled_reason === undefined ? undefined : checkString('disabled_reason', args.disabled_reason);
    // The format checker strips whitespace first (validators._validate_disabled_reason).
    if (reason !== undefined && !reason.trim()) throw badRequest(`Invalid input for field/attribute disabled_reason. Value: ${reason}. ${pyRepr(reason)} is not a 'disabled_reason'`);
  }
  const host = typeof args.host === 'string' ? args.host : null;
  if (!host) throw badRequest('Invalid input received: Host field is missing.');
  const binary = binaryArg || serviceArg;
  const svc = ctx.world.state.services.get(serviceId(binary, host));
  if (!svc) throw notFound(`Service ${binary} could not be found on host ${host}.`);
  svc.disabled = action !== 'enable';
  if (action === 'disable-log-reason') svc.disabledReason = reason ?? null;
  svc.modifiedAt = ctx.now;
  ctx.world.changed();
  const out: Record<string, unknown> = {};
  if (action === 'disable-log-reason') out.disabled_reason = args.disabled_reason ?? null;
  return { ...out, disabled: svc.disabled, host, service: serviceArg, binary: binaryArg, status: svc.disabled ? 'disabled' : 'enabled' };
}

/** For manage calls: the cinder-volume service of a host (volume_api._get_service_by_host_cluster). */
export function volumeServiceFor(ctx: CinderContext, host: string): CinderService {
  const svc = ctx.world.state.services.get(serviceId('cinder-volume', backendHost(host)));
  if (!svc) throw new ServiceNotFound(host);
  if (svc.disabled || !serviceIsUp(svc, ctx.now)) throw badRequest('Service is unavailable at this time.');
  return svc;
}

export class ServiceNotFound extends CinderFault {
  constructor(readonly host: string) {
    super(404, `Service cinder-volume could not be found on host ${host}.`);
  }
}
