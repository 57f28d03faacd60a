/**
 * One description per Cinder call the console makes that changes something: a stable `op` name plus
 * exactly what goes on the wire. The API functions send it (http.ts `send`), the CLI panel turns it
 * into a command line and the activity center reads `op` from the observed call — nobody parses a
 * path back. The builders live beside the calls (volumeCalls, snapshotCalls, …).
 */
import type { QueryValue, Service } from './http';

/** Every op, so tests can walk them; adding one makes the CLI and activity tables fail to compile until they map it. */
export const CINDER_OPS = [
  'volume.create',
  'volume.update',
  'volume.replaceMetadata',
  'volume.setMetadataKey',
  'volume.deleteMetadataKey',
  'volume.delete',
  'volume.extend',
  'volume.retype',
  'volume.revert',
  'volume.resetStatus',
  'volume.forceDelete',
  'volume.migrate',
  'volume.setBootable',
  'snapshot.create',
  'snapshot.update',
  'snapshot.replaceMetadata',
  'snapshot.delete',
  'snapshot.resetStatus',
  'snapshot.forceDelete',
  'volumeType.create',
  'volumeType.update',
  'volumeType.delete',
  'volumeType.setExtraSpecs',
  'volumeType.deleteExtraSpec',
  'volumeType.addAccess',
  'volumeType.removeAccess',
  'qos.create',
  'qos.setKeys',
  'qos.unsetKeys',
  'qos.delete',
  'qos.associate',
  'qos.disassociate',
  'qos.disassociateAll',
  'transfer.create',
  'transfer.accept',
  'transfer.delete',
  'volume.uploadImage',
  'volume.setReadonly',
  // Cloud admin operations (#17): encryption, manage/unmanage, services, quota editing.
  'encryption.create',
  'encryption.update',
  'encryption.delete',
  'manage.volume',
  'manage.snapshot',
  'manage.unmanageVolume',
  'manage.unmanageSnapshot',
  'service.enable',
  'service.disable',
  'quotaAdmin.update',
  'quotaAdmin.reset',
  'quotaAdmin.updateDefaults',
  // Nova (optional service) and the Cinder admin action that goes with it
  'server.addVolume',
  'server.removeVolume',
  'volume.forceDetach',
  'backup.create',
  'backup.update',
  'backup.delete',
  'backup.restore',
  'backup.resetStatus',
  'backup.forceDelete',
] as const;

export type CinderOp = (typeof CINDER_OPS)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/** The raw values the path was built from (ids unencoded), so readers never decode the path. */
export interface RequestParams {
  /** The resource the call acts on (volume, snapshot, type or QoS spec id). */
  id?: string;
  /** The metadata or extra-spec key in the path. */
  key?: string;
  /** The Nova server of an attach / detach (params.id is then the volume). */
  serverId?: string;
}

export interface RequestDescriptor {
  op: CinderOp;
  service: Service;
  method: HttpMethod;
  /** Relative to the service endpoint (which already holds the project id), ids encoded. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  params: RequestParams;
}

/** Builds descriptors for one Cinder collection, e.g. `cinderCalls('/volumes')`. */
export function cinderCalls(collection: string) {
  const itemPath = (id: string) => `${collection}/${encodeURIComponent(id)}`;
  const describe = (op: CinderOp, method: HttpMethod, path: string, extra: Partial<Pick<RequestDescriptor, 'query' | 'body' | 'params'>> = {}): RequestDescriptor => {
    const descriptor: RequestDescriptor = { op, service: 'blockStorage', method, path, params: extra.params ?? {} };
    if (extra.query !== undefined) descriptor.query = extra.query;
    if (extra.body !== undefined) descriptor.body = extra.body;
    return descriptor;
  };
  return {
    /** A call on the collection itself (create). */
    onCollection: (op: CinderOp, method: HttpMethod, body?: unknown, query?: Record<string, QueryValue>) =>
      describe(op, method, collection, { body, query }),
    /** A call on one item or a sub-path of it (`/volumes/{id}/metadata`), optionally naming a key. */
    onItem: (op: CinderOp, method: HttpMethod, id: string, options: { sub?: string; key?: string; body?: unknown; query?: Record<string, QueryValue> } = {}) => {
      const sub = options.sub ? `/${options.sub}` : '';
      const key = options.key !== undefined ? `/${encodeURIComponent(options.key)}` : '';
      const params: RequestParams = options.key !== undefined ? { id, key: options.key } : { id };
      return describe(op, method, `${itemPath(id)}${sub}${key}`, { body: options.body, query: options.query, params });
    },
    /** `POST /{collection}/{id}/action` with a single-key body, e.g. action('volume.extend', id, 'os-extend', { new_size: 2 }). */
    action: (op: CinderOp, id: string, name: string, args: unknown = {}) =>
      describe(op, 'POST', `${itemPath(id)}/action`, { body: { [name]: args }, params: { id } }),
  };
}
