/**
 * The emulator's whole world as plain JSON-able data, so it can be persisted, reset and inspected.
 * Times are epoch milliseconds; views format them per service.
 */
import type { FailAction } from './cinder/registry';

export type { FailAction };

export type RoleName = 'admin' | 'member' | 'reader';

export interface Domain {
  id: string;
  name: string;
}

export interface Project {
  id: string;
  name: string;
  domainId: string;
  description: string;
  enabled: boolean;
}

export interface RoleAssignment {
  projectId: string;
  role: RoleName;
}

export interface User {
  id: string;
  name: string;
  domainId: string;
  password: string;
  assignments: RoleAssignment[];
}

export interface Token {
  id: string;
  userId: string;
  projectId: string | null;
  methods: string[];
  issuedAt: number;
  expiresAt: number;
  auditIds: string[];
}

export interface VolumeType {
  id: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  extraSpecs: Record<string, string>;
  qosSpecsId: string | null;
  /** Projects with access to a private type. */
  projects: string[];
  createdAt: number;
  updatedAt: number | null;
}

export type QosConsumer = 'front-end' | 'back-end' | 'both';

export interface QosSpec {
  id: string;
  name: string;
  consumer: QosConsumer;
  specs: Record<string, string>;
  createdAt: number;
}

export interface Attachment {
  id: string;
  serverId: string;
  hostName: string;
  device: string;
  attachedAt: number;
  /** Cinder's attach_status while Nova attaches (absent: attached). Only attached ones appear on the volume. */
  state?: 'reserved' | 'attaching';
}

export interface Volume {
  id: string;
  projectId: string;
  userId: string;
  name: string | null;
  description: string | null;
  status: string;
  previousStatus: string | null;
  size: number;
  availabilityZone: string;
  createdAt: number;
  updatedAt: number | null;
  volumeTypeId: string;
  snapshotId: string | null;
  sourceVolid: string | null;
  metadata: Record<string, string>;
  bootable: boolean;
  multiattach: boolean;
  readonly: boolean;
  /** os-update_readonly_flag has set the admin metadata (then shown even when false: readonly 'False'). */
  readonlySet?: boolean;
  attachStatus: 'attached' | 'detached';
  attachments: Attachment[];
  host: string | null;
  migrationStatus: string | null;
  nameId: string | null;
  imageMetadata: Record<string, string> | null;
  replicationStatus: string;
  /** Quota "reserved" while an extend is in flight (GiB). */
  reservedGb: number;
  /** Set by the volumeStuckIn scenario: scheduled transitions are dropped until reset. */
  stuck: boolean;
}

export interface Snapshot {
  id: string;
  projectId: string;
  userId: string;
  volumeId: string;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  metadata: Record<string, string>;
  createdAt: number;
  updatedAt: number | null;
  volumeTypeId: string;
  /** "0%".."100%"; while creating it is derived from progressFrom/progressTo and the clock. */
  progress: string;
  progressFrom: number | null;
  progressTo: number | null;
}

export interface Message {
  id: string;
  projectId: string;
  resourceType: 'VOLUME' | 'VOLUME_SNAPSHOT' | 'VOLUME_BACKUP';
  resourceUuid: string | null;
  eventId: string;
  userMessage: string;
  messageLevel: 'ERROR' | 'WARNING' | 'INFO';
  requestId: string;
  createdAt: number;
  expiresAt: number;
}

export interface QuotaLimits {
  [resource: string]: number;
}

export interface Image {
  id: string;
  name: string;
  status: 'active' | 'queued' | 'saving' | 'deactivated' | 'killed';
  visibility: 'public' | 'private' | 'shared' | 'community';
  owner: string;
  size: number | null;
  virtualSize: number | null;
  minDisk: number;
  minRam: number;
  diskFormat: string;
  containerFormat: string;
  checksum: string | null;
  createdAt: number;
  updatedAt: number;
  /** Free-form Glance properties (strings), e.g. bdm_v2 and block_device_mapping. */
  properties: Record<string, string>;
  protected?: boolean;
  /** An upload from a Cinder volume in flight (glance-uploads.ts moves it on with the clock). */
  upload?: ImageUpload;
}

export interface ImageUpload {
  savingAt: number;
  doneAt: number;
  /** A failed upload: Cinder deletes the queued / saving image (volume manager copy_volume_to_image). */
  outcome: 'active' | 'deleted';
  bytes: number;
}

export interface Backend {
  /** Pool-level host, e.g. cinder@lvm-hdd#hdd */
  host: string;
  backendName: string;
  totalCapacityGb: number;
}

/** A record type of one store (see `Stores`). */
export type RecordOf<K extends keyof Stores> = Stores[K] extends Map<string, infer T> ? T : never;

/** A scheduled change of one record of a store: a patch (optionally writing a user message) or its removal. */
export type Transition = {
  [K in keyof Stores]: { store: K; id: string; patch: Partial<RecordOf<K>>; message?: MessageSpec } | { store: K; id: string; remove: true };
}[keyof Stores];

export interface MessageSpec {
  projectId: string;
  resourceType: Message['resourceType'];
  resourceUuid: string;
  action: readonly [string, string];
  detail: readonly [string, string];
  requestId: string;
}

export interface Pending {
  seq: number;
  due: number;
  transition: Transition;
}


/**
 * Id-keyed record stores of the resource modules (`CinderResource.store`). A new resource declares its
 * own beside its module: `declare module '../../state' { interface Stores { backups: Map<string, Backup> } }`.
 * Maps, not objects: thousands of uuid keys put an object in dictionary mode and make Object.values O(n log n).
 */
export interface Stores {
  volumes: Map<string, Volume>;
  snapshots: Map<string, Snapshot>;
}

export interface State extends Stores {
  version: 1;
  domains: Domain[];
  projects: Project[];
  users: User[];
  roles: Record<RoleName, string>;
  tokens: Record<string, Token>;
  volumeTypes: Record<string, VolumeType>;
  defaultVolumeTypeId: string;
  qosSpecs: Record<string, QosSpec>;
  messages: Record<string, Message>;
  /** Explicit per-project limits; missing keys fall back to defaultQuotas. */
  quotas: Record<string, QuotaLimits>;
  defaultQuotas: QuotaLimits;
  images: Image[];
  backends: Backend[];
  pending: Pending[];
  seq: number;
  failNext: Partial<Record<FailAction, number>>;
  /** Failures armed for one resource only (`<action>:<id>`), so parallel tests cannot take each other's. */
  failNextFor?: Record<string, number>;
}

/** JSON form of the state: each store's Map becomes the array of its records. */
export type StateJson = Omit<State, keyof Stores> & { [K in keyof Stores]: RecordOf<K>[] };

export function stateToJson(state: State, storeNames: readonly (keyof Stores)[]): StateJson {
  const json: Record<string, unknown> = { ...state };
  for (const name of storeNames) json[name] = [...state[name].values()];
  return json as StateJson;
}

/** Missing stores (a file written before a resource existed) start empty; old transition shapes are read too. */
export function stateFromJson(json: StateJson, storeNames: readonly (keyof Stores)[]): State {
  const state: Record<string, unknown> = { ...json, pending: json.pending.map(legacyPending) };
  for (const name of storeNames) {
    const records = (json[name] ?? []) as { id: string }[];
    state[name] = new Map(records.map((r) => [r.id, r]));
  }
  return state as unknown as State;
}

/** Files saved before transitions named their store used `kind: 'volume' | 'volume.remove' | 'snapshot' | 'snapshot.remove'`. */
function legacyPending(entry: Pending): Pending {
  const t = entry.transition as Transition & { kind?: string };
  if (!t.kind) return entry;
  const store = t.kind.startsWith('volume') ? 'volumes' : 'snapshots';
  const { kind, ...rest } = t;
  const transition = (kind.endsWith('.remove') ? { store, id: t.id, remove: true } : { ...rest, store }) as Transition;
  return { ...entry, transition };
}
