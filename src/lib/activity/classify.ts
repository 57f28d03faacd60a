/**
 * Turns an observed API call into an operation (or null when it changes nothing). Reads method, path
 * and the response; of the request body only the action's name and harmless arguments (new size, new
 * type, spec key) — never anything else, so a password or a secret spec never lands in the store.
 */
import type { ApiCallEvent } from '../../api/http';
import type { ActivityAction, OperationInit } from './model';

type CallShape = Pick<ApiCallEvent, 'method' | 'service' | 'path' | 'body' | 'data'>;

const VOLUME_ACTIONS: Record<string, { action: ActivityAction; watch: boolean }> = {
  'os-extend': { action: 'extend', watch: true },
  'os-retype': { action: 'retype', watch: true },
  revert: { action: 'revert', watch: true },
  'os-reset_status': { action: 'resetStatus', watch: false },
  'os-migrate_volume': { action: 'migrate', watch: true },
  'os-force_delete': { action: 'forceDelete', watch: true },
  'os-set_bootable': { action: 'setBootable', watch: false },
  'os-volume_upload_image': { action: 'uploadImage', watch: true },
};

const SNAPSHOT_ACTIONS: Record<string, { action: ActivityAction; watch: boolean }> = {
  'os-reset_status': { action: 'resetStatus', watch: false },
  'os-force_delete': { action: 'forceDelete', watch: true },
};

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function actionName(body: unknown): { name: string; args: Record<string, unknown> } | null {
  const b = record(body);
  const name = b ? Object.keys(b)[0] : undefined;
  return name ? { name, args: record(b![name]) ?? {} } : null;
}

function decode(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function classifyCall(call: CallShape): OperationInit | null {
  if (call.service !== 'blockStorage') return null;
  const parts = call.path.split('?')[0]!.split('/').filter(Boolean);
  const [collection, rawId, sub, rawKey] = parts;
  const id = decode(rawId);
  const m = call.method;
  const created = (wrapper: string) => record(record(call.data)?.[wrapper]);

  if (collection === 'volumes') {
    if (!id && m === 'POST') {
      const volume = created('volume');
      return { kind: 'volume', action: 'create', tracking: 'watch', resourceId: str(volume?.id) ?? null, resourceName: str(volume?.name) ?? null };
    }
    if (!id || id === 'detail' || id === 'summary') return null;
    if (!sub) {
      if (m === 'PUT') return { kind: 'volume', action: 'update', tracking: 'instant', resourceId: id };
      if (m === 'DELETE') return { kind: 'volume', action: 'delete', tracking: 'watch', resourceId: id };
      return null;
    }
    if (sub === 'metadata' && m !== 'GET') return { kind: 'volume', action: 'metadata', tracking: 'instant', resourceId: id, detail: decode(rawKey) ?? undefined };
    if (sub === 'action' && m === 'POST') {
      const named = actionName(call.body);
      if (!named) return null;
      const known = VOLUME_ACTIONS[named.name];
      if (!known) return { kind: 'volume', action: 'otherAction', tracking: 'instant', resourceId: id, detail: named.name };
      const init: OperationInit = { kind: 'volume', action: known.action, tracking: known.watch ? 'watch' : 'instant', resourceId: id };
      if (known.action === 'extend' && typeof named.args.new_size === 'number') init.expect = { size: named.args.new_size };
      if (known.action === 'retype' && str(named.args.new_type)) init.expect = { type: str(named.args.new_type) };
      if (known.action === 'resetStatus' && str(named.args.status)) init.detail = str(named.args.status);
      if (known.action === 'migrate' && str(named.args.host)) init.detail = str(named.args.host);
      return init;
    }
    return null;
  }

  if (collection === 'snapshots') {
    if (!id && m === 'POST') {
      const snapshot = created('snapshot');
      return { kind: 'snapshot', action: 'create', tracking: 'watch', resourceId: str(snapshot?.id) ?? null, resourceName: str(snapshot?.name) ?? null };
    }
    if (!id || id === 'detail') return null;
    if (!sub) {
      if (m === 'PUT') return { kind: 'snapshot', action: 'update', tracking: 'instant', resourceId: id };
      if (m === 'DELETE') return { kind: 'snapshot', action: 'delete', tracking: 'watch', resourceId: id };
      return null;
    }
    if (sub === 'metadata' && m !== 'GET') return { kind: 'snapshot', action: 'metadata', tracking: 'instant', resourceId: id, detail: decode(rawKey) ?? undefined };
    if (sub === 'action' && m === 'POST') {
      const named = actionName(call.body);
      if (!named) return null;
      const known = SNAPSHOT_ACTIONS[named.name];
      if (!known) return { kind: 'snapshot', action: 'otherAction', tracking: 'instant', resourceId: id, detail: named.name };
      const init: OperationInit = { kind: 'snapshot', action: known.action, tracking: known.watch ? 'watch' : 'instant', resourceId: id };
      if (known.action === 'resetStatus' && str(named.args.status)) init.detail = str(named.args.status);
      return init;
    }
    return null;
  }

  if (collection === 'types') {
    if (!id && m === 'POST') {
      const type = created('volume_type');
      return { kind: 'volumeType', action: 'create', tracking: 'instant', resourceId: str(type?.id) ?? null, resourceName: str(type?.name) ?? null };
    }
    if (!id) return null;
    if (!sub) {
      if (m === 'PUT') return { kind: 'volumeType', action: 'update', tracking: 'instant', resourceId: id };
      if (m === 'DELETE') return { kind: 'volumeType', action: 'delete', tracking: 'instant', resourceId: id };
      return null;
    }
    if (sub === 'extra_specs' && m !== 'GET') return { kind: 'volumeType', action: 'extraSpecs', tracking: 'instant', resourceId: id, detail: decode(rawKey) ?? undefined };
    if (sub === 'action' && m === 'POST') {
      const named = actionName(call.body);
      return named ? { kind: 'volumeType', action: 'access', tracking: 'instant', resourceId: id, detail: named.name } : null;
    }
    return null;
  }

  if (collection === 'qos-specs') {
    if (!id && m === 'POST') {
      const spec = created('qos_specs');
      return { kind: 'qosSpec', action: 'create', tracking: 'instant', resourceId: str(spec?.id) ?? null, resourceName: str(spec?.name) ?? null };
    }
    if (!id) return null;
    if (!sub) {
      if (m === 'PUT') return { kind: 'qosSpec', action: 'specs', tracking: 'instant', resourceId: id };
      if (m === 'DELETE') return { kind: 'qosSpec', action: 'delete', tracking: 'instant', resourceId: id };
      return null;
    }
    if (sub === 'delete_keys' && m === 'PUT') return { kind: 'qosSpec', action: 'specs', tracking: 'instant', resourceId: id };
    // Cinder's QoS (dis)association is a GET that changes state.
    if (sub === 'associate' && m === 'GET') return { kind: 'qosSpec', action: 'associate', tracking: 'instant', resourceId: id };
    if ((sub === 'disassociate' || sub === 'disassociate_all') && m === 'GET') return { kind: 'qosSpec', action: 'disassociate', tracking: 'instant', resourceId: id };
    return null;
  }

  if (collection === 'os-quota-sets' && id && (m === 'PUT' || m === 'DELETE')) {
    return { kind: 'quota', action: 'quota', tracking: 'instant', resourceId: id };
  }
  return null;
}
