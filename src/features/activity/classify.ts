/**
 * Turns an observed API call into an operation (or null when it changes nothing). Reads the call's `op`
 * and params (src/api/descriptor.ts) and the response; of the request body only harmless arguments
 * (new size, new type, status, destination host, a create's name) — never anything else, so a password or a secret spec never
 * lands in the store. Calls sent without a descriptor (reads, Keystone) are not operations.
 */
import type { CinderOp } from '../../api/descriptor';
import type { ApiCallEvent } from '../../api/http';
import type { OperationInit } from './model';

type CallShape = Pick<ApiCallEvent, 'op' | 'params' | 'body' | 'data'>;
type Described = CallShape & { op: CinderOp };

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** The arguments of a `POST …/action` body, `{ "os-extend": { … } }` → `{ … }`. */
const actionArgs = (call: Described) => record(Object.values(record(call.body) ?? {})[0]) ?? {};
const id = (call: Described) => call.params?.id ?? null;

/**
 * The id and name Cinder gave a created resource, read from the response body's wrapper; a refused create
 * keeps the name it asked for (the request's `name`, never other fields).
 */
function created(call: Described, wrapper: string) {
  const resource = record(record(call.data)?.[wrapper]);
  const asked = str(record(record(call.body)?.[wrapper])?.name);
  return { resourceId: str(resource?.id) ?? null, resourceName: str(resource?.name) ?? asked ?? null };
}

const OPERATIONS: Record<CinderOp, (call: Described) => OperationInit> = {
  'volume.create': (c) => ({ kind: 'volume', action: 'create', tracking: 'watch', ...created(c, 'volume') }),
  'volume.update': (c) => ({ kind: 'volume', action: 'update', tracking: 'instant', resourceId: id(c) }),
  'volume.delete': (c) => ({ kind: 'volume', action: 'delete', tracking: 'watch', resourceId: id(c) }),
  'volume.replaceMetadata': (c) => ({ kind: 'volume', action: 'metadata', tracking: 'instant', resourceId: id(c), detail: undefined }),
  'volume.setMetadataKey': (c) => ({ kind: 'volume', action: 'metadata', tracking: 'instant', resourceId: id(c), detail: c.params?.key }),
  'volume.deleteMetadataKey': (c) => ({ kind: 'volume', action: 'metadata', tracking: 'instant', resourceId: id(c), detail: c.params?.key }),
  'volume.extend': (c) => {
    const init: OperationInit = { kind: 'volume', action: 'extend', tracking: 'watch', resourceId: id(c) };
    const size = actionArgs(c).new_size;
    if (typeof size === 'number') init.expect = { size };
    return init;
  },
  'volume.retype': (c) => {
    const init: OperationInit = { kind: 'volume', action: 'retype', tracking: 'watch', resourceId: id(c) };
    const type = str(actionArgs(c).new_type);
    if (type) init.expect = { type };
    return init;
  },
  'volume.revert': (c) => ({ kind: 'volume', action: 'revert', tracking: 'watch', resourceId: id(c) }),
  'volume.resetStatus': (c) => withDetail({ kind: 'volume', action: 'resetStatus', tracking: 'instant', resourceId: id(c) }, actionArgs(c).status),
  'volume.migrate': (c) => {
    const init = withDetail({ kind: 'volume', action: 'migrate', tracking: 'watch', resourceId: id(c) }, actionArgs(c).host);
    return init.detail ? { ...init, expect: { host: init.detail } } : init;
  },
  'volume.forceDelete': (c) => ({ kind: 'volume', action: 'forceDelete', tracking: 'watch', resourceId: id(c) }),
  'volume.setBootable': (c) => ({ kind: 'volume', action: 'setBootable', tracking: 'instant', resourceId: id(c) }),

  'snapshot.create': (c) => ({ kind: 'snapshot', action: 'create', tracking: 'watch', ...created(c, 'snapshot') }),
  'snapshot.update': (c) => ({ kind: 'snapshot', action: 'update', tracking: 'instant', resourceId: id(c) }),
  'snapshot.delete': (c) => ({ kind: 'snapshot', action: 'delete', tracking: 'watch', resourceId: id(c) }),
  'snapshot.replaceMetadata': (c) => ({ kind: 'snapshot', action: 'metadata', tracking: 'instant', resourceId: id(c), detail: undefined }),
  'snapshot.resetStatus': (c) => withDetail({ kind: 'snapshot', action: 'resetStatus', tracking: 'instant', resourceId: id(c) }, actionArgs(c).status),
  'snapshot.forceDelete': (c) => ({ kind: 'snapshot', action: 'forceDelete', tracking: 'watch', resourceId: id(c) }),

  'volumeType.create': (c) => ({ kind: 'volumeType', action: 'create', tracking: 'instant', ...created(c, 'volume_type') }),
  'volumeType.update': (c) => ({ kind: 'volumeType', action: 'update', tracking: 'instant', resourceId: id(c) }),
  'volumeType.delete': (c) => ({ kind: 'volumeType', action: 'delete', tracking: 'instant', resourceId: id(c) }),
  'volumeType.setExtraSpecs': (c) => ({ kind: 'volumeType', action: 'extraSpecs', tracking: 'instant', resourceId: id(c), detail: undefined }),
  'volumeType.deleteExtraSpec': (c) => ({ kind: 'volumeType', action: 'extraSpecs', tracking: 'instant', resourceId: id(c), detail: c.params?.key }),
  // The raw Cinder action name is the detail shown beside "access".
  'volumeType.addAccess': (c) => ({ kind: 'volumeType', action: 'access', tracking: 'instant', resourceId: id(c), detail: 'addProjectAccess' }),
  'volumeType.removeAccess': (c) => ({ kind: 'volumeType', action: 'access', tracking: 'instant', resourceId: id(c), detail: 'removeProjectAccess' }),

  'qos.create': (c) => ({ kind: 'qosSpec', action: 'create', tracking: 'instant', ...created(c, 'qos_specs') }),
  'qos.setKeys': (c) => ({ kind: 'qosSpec', action: 'specs', tracking: 'instant', resourceId: id(c) }),
  'qos.unsetKeys': (c) => ({ kind: 'qosSpec', action: 'specs', tracking: 'instant', resourceId: id(c) }),
  'qos.delete': (c) => ({ kind: 'qosSpec', action: 'delete', tracking: 'instant', resourceId: id(c) }),
  'qos.associate': (c) => ({ kind: 'qosSpec', action: 'associate', tracking: 'instant', resourceId: id(c) }),
  'qos.disassociate': (c) => ({ kind: 'qosSpec', action: 'disassociate', tracking: 'instant', resourceId: id(c) }),
  'qos.disassociateAll': (c) => ({ kind: 'qosSpec', action: 'disassociate', tracking: 'instant', resourceId: id(c) }),

  // Of a transfer only ids are read: the create answer and the accept body carry the auth key.
  'transfer.create': (c) => ({ kind: 'volume', action: 'transfer', tracking: 'instant', resourceId: str(record(record(c.body)?.transfer)?.volume_id) ?? null }),
  'transfer.accept': (c) => ({ kind: 'volume', action: 'acceptTransfer', tracking: 'instant', resourceId: str(record(record(c.data)?.transfer)?.volume_id) ?? null }),
  'transfer.delete': (c) => ({ kind: 'transfer', action: 'cancelTransfer', tracking: 'instant', resourceId: id(c) }),
  // The new Glance image is followed (queued → saving → active), not the volume.
  'volume.uploadImage': (c) => {
    const answer = record(record(c.data)?.['os-volume_upload_image']);
    return { kind: 'image', action: 'uploadImage', tracking: 'watch', resourceId: str(answer?.image_id) ?? null, resourceName: str(actionArgs(c).image_name) ?? null };
  },
  'volume.setReadonly': (c) => ({ kind: 'volume', action: 'setReadonly', tracking: 'instant', resourceId: id(c) }),
  // Cloud admin operations. The encryption spec belongs to its type; a service is named `binary@host`.
  'encryption.create': (c) => ({ kind: 'volumeType', action: 'encryption', tracking: 'instant', resourceId: id(c) }),
  'encryption.update': (c) => ({ kind: 'volumeType', action: 'encryption', tracking: 'instant', resourceId: id(c) }),
  'encryption.delete': (c) => ({ kind: 'volumeType', action: 'encryption', tracking: 'instant', resourceId: id(c) }),
  'manage.volume': (c) => ({ kind: 'volume', action: 'manage', tracking: 'watch', ...created(c, 'volume') }),
  'manage.snapshot': (c) => ({ kind: 'snapshot', action: 'manage', tracking: 'watch', ...created(c, 'snapshot') }),
  'manage.unmanageVolume': (c) => ({ kind: 'volume', action: 'unmanage', tracking: 'watch', resourceId: id(c) }),
  'manage.unmanageSnapshot': (c) => ({ kind: 'snapshot', action: 'unmanage', tracking: 'watch', resourceId: id(c) }),
  'service.enable': (c) => ({ kind: 'service', action: 'enable', tracking: 'instant', resourceId: null, resourceName: serviceName(c) }),
  'service.disable': (c) => ({ kind: 'service', action: 'disable', tracking: 'instant', resourceId: null, resourceName: serviceName(c) }),
  'quotaAdmin.update': (c) => ({ kind: 'quota', action: 'quota', tracking: 'instant', resourceId: id(c) }),
  'quotaAdmin.reset': (c) => ({ kind: 'quota', action: 'resetQuota', tracking: 'instant', resourceId: id(c) }),
  'quotaAdmin.updateDefaults': (c) => ({ kind: 'quota', action: 'defaultQuota', tracking: 'instant', resourceId: id(c) }),
  // Nova's attach / detach act on the volume (params.id); Cinder moves it through attaching / detaching.
  'server.addVolume': (c) => ({ kind: 'volume', action: 'attach', tracking: 'watch', resourceId: id(c) }),
  'server.removeVolume': (c) => ({ kind: 'volume', action: 'detach', tracking: 'watch', resourceId: id(c) }),
  'volume.forceDetach': (c) => ({ kind: 'volume', action: 'forceDetach', tracking: 'instant', resourceId: id(c) }),
  'backup.create': (c) => ({ kind: 'backup', action: 'create', tracking: 'watch', ...created(c, 'backup') }),
  'backup.update': (c) => ({ kind: 'backup', action: 'update', tracking: 'instant', resourceId: id(c) }),
  'backup.delete': (c) => ({ kind: 'backup', action: 'delete', tracking: 'watch', resourceId: id(c) }),
  // The backup is followed (restoring → available); the volume it wrote to is named in the detail.
  'backup.restore': (c) => withDetail({ kind: 'backup', action: 'restore', tracking: 'watch', resourceId: id(c) }, record(record(c.data)?.restore)?.volume_id),
  'backup.resetStatus': (c) => withDetail({ kind: 'backup', action: 'resetStatus', tracking: 'instant', resourceId: id(c) }, actionArgs(c).status),
  'backup.forceDelete': (c) => ({ kind: 'backup', action: 'forceDelete', tracking: 'watch', resourceId: id(c) }),
};

/** `cinder-volume@host`: the two harmless body fields naming a service (never the reason). */
function serviceName(call: Described): string | null {
  const body = record(call.body);
  const binary = str(body?.binary);
  const host = str(body?.host);
  return binary && host ? `${binary}@${host}` : null;
}

function withDetail(init: OperationInit, value: unknown): OperationInit {
  const detail = str(value);
  return detail ? { ...init, detail } : init;
}

export function classifyCall(call: CallShape): OperationInit | null {
  const { op } = call;
  return op ? OPERATIONS[op]({ ...call, op }) : null;
}
