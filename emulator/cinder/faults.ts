/**
 * Cinder faults: `{"<name>": {"code": N, "message": "…"}}` with the name chosen by status code, as
 * cinder.api.openstack.wsgi.Fault renders them. Handlers throw CinderFault; the router renders it.
 */
import { pyRepr } from '../util/pyrepr';

export const FAULT_NAMES: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

export function faultName(status: number): string {
  return FAULT_NAMES[status] ?? 'computeFault';
}

export class CinderFault extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** 412 on an Etag mismatch has no body at all. */
    readonly bodyless = false,
  ) {
    super(message);
  }
}

export function faultBody(status: number, message: string): Record<string, unknown> {
  const inner: Record<string, unknown> = { code: status, message };
  if (status === 413) inner.retryAfter = '0';
  return { [faultName(status)]: inner };
}

export const badRequest = (message: string) => new CinderFault(400, message);
export const notFound = (message: string) => new CinderFault(404, message);
export const conflict = (message: string) => new CinderFault(409, message);
export const forbiddenPolicy = (rule: string) => new CinderFault(403, `Policy doesn't allow ${rule} to be performed.`);
/** QuotaError subclasses reach the FaultWrapper, which prefixes the exception class name. */
export const overLimit = (exceptionName: string, message: string) => new CinderFault(413, `${exceptionName}: ${message}`, { 'Retry-After': '0' });
/** What an action gated by a newer microversion answers (VersionNotFoundForAPIMethod → 404). */
export const resourceNotFound = () => notFound('The resource could not be found.');

export const invalidInput = (reason: string) => badRequest(`Invalid input received: ${reason}`);
export const invalidVolume = (reason: string) => badRequest(`Invalid volume: ${reason}`);
export const invalidSnapshot = (reason: string) => badRequest(`Invalid snapshot: ${reason}`);
export const malformedBody = () => badRequest('Malformed request body');

export const volumeNotFound = (id: string) => notFound(`Volume ${id} could not be found.`);
export const snapshotNotFound = (id: string) => notFound(`Snapshot ${id} could not be found.`);
export const volumeTypeNotFound = (id: string) => notFound(`Volume type ${id} could not be found.`);
export const qosNotFound = (id: string) => notFound(`No such QoS spec ${id}.`);
export const messageNotFound = (id: string) => notFound(`Message ${id} could not be found.`);

/** jsonschema-style validation failure with a path, as cinder.api.validation renders it. */
export function fieldError(field: string, value: unknown, message: string): CinderFault {
  return badRequest(`Invalid input for field/attribute ${field}. Value: ${pyRepr(value)}. ${message}`);
}

export const SERVER_ERROR_MESSAGE = 'The server has either erred or is incapable of performing the requested operation.';
export const SERVICE_UNAVAILABLE_MESSAGE = 'The server is currently unavailable. Please try again at a later time.';
