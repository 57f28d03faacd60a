/**
 * Deterministic seed data. Every id here is stable across runs so tests, docs and screenshots can
 * refer to them (import SEED). Runtime-created objects get random ids.
 */
import { seedUuid } from './util/ids';
import type { Attachment, Image, Message, Project, QuotaLimits, Snapshot, State, Stores, User, Volume, VolumeType } from './state';

/** What this file seeds: everything but the stores of resource modules that bring their own seed. */
export type SeedState = Omit<State, keyof Stores> & Pick<Stores, 'volumes' | 'snapshots'>;

/** All seed objects are dated from here (fixed, so bodies are reproducible). */
export const SEED_EPOCH = Date.UTC(2024, 4, 1, 8, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEFAULT_DOMAIN = { id: 'default', name: 'Default' } as const;

const projects = {
  admin: 'e1e824a085e98ff6ed92db264a04fd98',
  demo: '86e2002e5a6c66385ff7d74452c4f8e1',
  research: '06e6d474e897f763e89e022fbe9ca0d5',
} as const;

const users = {
  admin: '6c1712ffeec4993cfa6a0b21f96960ab',
  demo: '42dd4c8e0c234b7be9f4fcc316fa3787',
  alice: '89e7706c31175a88711311f4e6decf76',
} as const;

const roles = {
  admin: '1b5b862fd7703a62048e187cc1b92455',
  member: '83fbe60793f28110e37fd7d310587cae',
  reader: '4ad84b06c81a2f53a4371e1f65f00e41',
} as const;

const u = (name: string) => seedUuid(name);

const volumeTypes = {
  default: u('type:__DEFAULT__'),
  standard: u('type:standard'),
  ssd: u('type:ssd'),
  shared: u('type:shared'),
  goldPrivate: u('type:gold-private'),
} as const;

const qos = {
  goldIops: u('qos:gold-iops'),
  silver: u('qos:silver'),
} as const;

const servers = {
  web1: u('server:web-1'),
  web2: u('server:web-2'),
  db1: u('server:db-1'),
  db2: u('server:db-2'),
  app1: u('server:app-1'),
  lab1: u('server:lab-1'),
} as const;

const images = {
  cirros: u('image:cirros-0.6.2-x86_64-disk'),
  ubuntu: u('image:ubuntu-22.04'),
  vmSnapshot: u('image:web-1-snapshot'),
  queued: u('image:upload-in-progress'),
} as const;

export const BACKENDS = {
  hdd: { host: 'cinder@lvm-hdd#hdd', backendName: 'hdd', totalCapacityGb: 1000 },
  ssd: { host: 'cinder@lvm-ssd#ssd', backendName: 'ssd', totalCapacityGb: 500 },
} as const;

type TypeKey = keyof typeof volumeTypes;
type ServerKey = keyof typeof servers;
type ImageKey = 'cirros' | 'ubuntu';

interface VolumeSeed {
  name: string | null;
  size: number;
  type?: TypeKey;
  status?: string;
  attach?: [ServerKey, string][];
  image?: ImageKey;
  metadata?: Record<string, string>;
  description?: string;
  readonly?: boolean;
  snapshot?: string;
  source?: string;
  host?: 'hdd' | 'ssd' | null;
  migrationStatus?: string;
}

/** Volumes of project demo (key → seed). Order = creation order (oldest first). */
const demoVolumeSeeds = {
  webData: { name: 'web-data', size: 10, type: 'standard', metadata: { tier: 'web' }, description: 'Static assets of the web tier' },
  dbPrimary: { name: 'db-primary', size: 50, type: 'ssd', status: 'in-use', attach: [['db1', '/dev/vdb']] },
  dbReplica: { name: 'db-replica', size: 50, type: 'ssd', status: 'in-use', attach: [['db2', '/dev/vdb']] },
  bootCirros: { name: 'boot-cirros', size: 1, type: 'standard', status: 'in-use', image: 'cirros', attach: [['web1', '/dev/vda']] },
  bootUbuntu: { name: 'boot-ubuntu', size: 10, image: 'ubuntu' },
  sharedLogs: { name: 'shared-logs', size: 20, type: 'shared', status: 'in-use', attach: [['web1', '/dev/vdc'], ['web2', '/dev/vdc']] },
  sharedSpare: { name: 'shared-spare', size: 5, type: 'shared' },
  brokenCreate: { name: 'broken-create', size: 8, type: 'standard', status: 'error', host: null },
  extendFailed: { name: 'extend-failed', size: 4, type: 'standard', status: 'error_extending' },
  deleteFailed: { name: 'delete-failed', size: 2, status: 'error_deleting' },
  snapChain: { name: 'snap-chain', size: 20, type: 'standard', description: 'Has two snapshots; the newer one can be reverted to' },
  withSnapshot: { name: 'with-snapshot', size: 5, type: 'ssd' },
  archive: { name: 'archive', size: 80, type: 'standard', metadata: { purpose: 'archive', owner: 'ops' } },
  readonlyData: { name: 'readonly-data', size: 3, readonly: true },
  appData: { name: 'app-data', size: 15, type: 'ssd', status: 'in-use', attach: [['app1', '/dev/vdb']] },
  appCache: { name: 'app-cache', size: 2, type: 'ssd' },
  unnamed: { name: null, size: 1 },
  bigData: { name: 'big-data', size: 200, type: 'standard', metadata: { purpose: 'analytics' } },
  migrated: { name: 'migrated-volume', size: 6, host: 'ssd', migrationStatus: 'success' },
  scratch01: { name: 'scratch-01', size: 1 },
  scratch02: { name: 'scratch-02', size: 2, type: 'standard' },
  scratch03: { name: 'scratch-03', size: 3, type: 'ssd' },
  scratch04: { name: 'scratch-04', size: 4 },
  scratch05: { name: 'scratch-05', size: 5, type: 'standard', description: 'temporary' },
  scratch06: { name: 'scratch-06', size: 6 },
  scratch07: { name: 'scratch-07', size: 7, type: 'ssd' },
  scratch08: { name: 'scratch-08', size: 8 },
  scratch09: { name: 'scratch-09', size: 9, type: 'standard' },
  scratch10: { name: 'scratch-10', size: 10, metadata: { env: 'test' } },
  // Created from other seed objects (must come after them).
  fromSnapshot: { name: 'from-snapshot', size: 5, type: 'ssd', snapshot: 'withSnapshotSnap' },
  webDataClone: { name: 'web-data-clone', size: 10, type: 'standard', source: 'webData' },
} satisfies Record<string, VolumeSeed>;

const adminVolumeSeeds = {
  adminTools: { name: 'admin-tools', size: 1 },
  adminImages: { name: 'admin-images', size: 20, type: 'standard' },
} satisfies Record<string, VolumeSeed>;

const researchVolumeSeeds = {
  researchData: { name: 'research-data', size: 100, type: 'goldPrivate' },
  researchScratch: { name: 'research-scratch', size: 10, type: 'standard' },
  researchResults: { name: 'research-results', size: 30, type: 'ssd', status: 'in-use', attach: [['lab1', '/dev/vdb']] },
} satisfies Record<string, VolumeSeed>;

type VolumeKey = keyof typeof demoVolumeSeeds | keyof typeof adminVolumeSeeds | keyof typeof researchVolumeSeeds;

const volumeIds = Object.fromEntries(
  [
    ...Object.keys(demoVolumeSeeds).map((k) => [k, `demo:${k}`]),
    ...Object.keys(adminVolumeSeeds).map((k) => [k, `admin:${k}`]),
    ...Object.keys(researchVolumeSeeds).map((k) => [k, `research:${k}`]),
  ].map(([k, name]) => [k, u(`volume:${name}`)]),
) as Record<VolumeKey, string>;

interface SnapshotSeed {
  volume: VolumeKey;
  name: string;
  status?: string;
  metadata?: Record<string, string>;
  description?: string;
}

const snapshotSeeds = {
  snapChainOld: { volume: 'snapChain', name: 'snap-chain-1', description: 'older snapshot (not revertable)' },
  snapChainLatest: { volume: 'snapChain', name: 'snap-chain-2', description: 'latest snapshot (revertable)' },
  withSnapshotSnap: { volume: 'withSnapshot', name: 'with-snapshot-snap', metadata: { reason: 'before upgrade' } },
  bootCirrosSnap: { volume: 'bootCirros', name: 'snapshot for web-1-snapshot', description: 'Root disk of web-1 (Nova VM snapshot)' },
  dbPrimarySnap: { volume: 'dbPrimary', name: 'db-primary-nightly' },
  archiveSnapFailed: { volume: 'archive', name: 'archive-snap', status: 'error' },
  researchDataSnap: { volume: 'researchData', name: 'research-data-snap' },
} satisfies Record<string, SnapshotSeed>;

type SnapshotKey = keyof typeof snapshotSeeds;
const snapshotIds = Object.fromEntries(Object.keys(snapshotSeeds).map((k) => [k, u(`snapshot:${k}`)])) as Record<SnapshotKey, string>;

const messageIds = {
  brokenCreate: u('message:broken-create'),
  extendFailed: u('message:extend-failed'),
  archiveSnapFailed: u('message:archive-snap-failed'),
  archiveBackupFailed: u('message:archive-backup-failed'),
} as const;

/** Seeded backups (records in emulator/cinder/resources/backups.ts): a full + incremental chain, one in error. */
const backupIds = {
  webDataFull: u('backup:web-data-full'),
  webDataIncr: u('backup:web-data-incr'),
  dbPrimaryNightly: u('backup:db-primary-nightly'),
  archiveFailed: u('backup:archive-failed'),
  researchData: u('backup:research-data'),
} as const;

/** Every stable id of the seed, for tests and docs. */
export const SEED = {
  domain: DEFAULT_DOMAIN,
  projects,
  users,
  passwords: { admin: 'admin', demo: 'demo', alice: 'alice' },
  roles,
  volumeTypes,
  qos,
  servers,
  images,
  volumes: volumeIds,
  snapshots: snapshotIds,
  messages: messageIds,
  backends: BACKENDS,
  backups: backupIds,
} as const;

/** Cinder's defaults for a project nobody configured (cinder.conf quota_* options). */
export const DEFAULT_QUOTAS: QuotaLimits = {
  volumes: 10,
  snapshots: 10,
  gigabytes: 1000,
  backups: 10,
  backup_gigabytes: 1000,
  groups: 10,
  per_volume_gigabytes: -1,
};

/** Seeded projects need room for the ~30 demo volumes. */
// Room for a whole e2e run's volumes and snapshots on top of the seed (tests share one emulator).
const SEEDED_PROJECT_QUOTAS: QuotaLimits = { volumes: 200, snapshots: 200, gigabytes: 2000, backups: 200, backup_gigabytes: 5000 };

function hostForType(typeKey: TypeKey): string {
  return typeKey === 'ssd' ? BACKENDS.ssd.host : BACKENDS.hdd.host;
}

function imageMetadataFor(image: Image): Record<string, string> {
  return {
    image_id: image.id,
    image_name: image.name,
    checksum: image.checksum ?? '',
    container_format: image.containerFormat,
    disk_format: image.diskFormat,
    min_disk: String(image.minDisk),
    min_ram: String(image.minRam),
    size: String(image.size ?? 0),
    signature_verified: 'False',
  };
}

export function seedImages(): Image[] {
  const t = SEED_EPOCH - 30 * DAY;
  return [
    {
      id: images.cirros,
      name: 'cirros-0.6.2-x86_64-disk',
      status: 'active',
      visibility: 'public',
      owner: projects.admin,
      size: 21430272,
      virtualSize: 117440512,
      minDisk: 1,
      minRam: 0,
      diskFormat: 'qcow2',
      containerFormat: 'bare',
      checksum: 'c8fc807773e5354afe61636071771906',
      createdAt: t,
      updatedAt: t,
      properties: { os_distro: 'cirros', hw_rng_model: 'virtio' },
    },
    {
      id: images.ubuntu,
      name: 'ubuntu-22.04',
      status: 'active',
      visibility: 'public',
      owner: projects.admin,
      size: 629145600,
      virtualSize: 2361393152,
      minDisk: 3,
      minRam: 512,
      diskFormat: 'qcow2',
      containerFormat: 'bare',
      checksum: '5e2b4d0a1f7d6c3b9a8e7f6d5c4b3a29',
      createdAt: t + HOUR,
      updatedAt: t + HOUR,
      properties: { os_distro: 'ubuntu', os_version: '22.04' },
    },
    {
      // What Nova leaves behind for a snapshot of a volume-backed server: no data, a BDM pointing at a Cinder snapshot.
      id: images.vmSnapshot,
      name: 'web-1-snapshot',
      status: 'active',
      visibility: 'private',
      owner: projects.demo,
      size: 0,
      virtualSize: null,
      minDisk: 1,
      minRam: 0,
      diskFormat: 'qcow2',
      containerFormat: 'bare',
      checksum: 'd41d8cd98f00b204e9800998ecf8427e',
      createdAt: SEED_EPOCH + 40 * HOUR,
      updatedAt: SEED_EPOCH + 40 * HOUR,
      properties: {
        bdm_v2: 'True',
        root_device_name: '/dev/vda',
        block_device_mapping: JSON.stringify([
          {
            source_type: 'snapshot',
            destination_type: 'volume',
            snapshot_id: snapshotIds.bootCirrosSnap,
            boot_index: 0,
            delete_on_termination: false,
            volume_size: 1,
            device_name: '/dev/vda',
            disk_bus: 'virtio',
            device_type: 'disk',
            guest_format: null,
            image_id: null,
            volume_id: null,
            no_device: null,
            tag: null,
          },
        ]),
      },
    },
    {
      id: images.queued,
      name: 'upload-in-progress',
      status: 'queued',
      visibility: 'private',
      owner: projects.demo,
      size: null,
      virtualSize: null,
      minDisk: 0,
      minRam: 0,
      diskFormat: 'raw',
      containerFormat: 'bare',
      checksum: null,
      createdAt: SEED_EPOCH + 41 * HOUR,
      updatedAt: SEED_EPOCH + 41 * HOUR,
      properties: {},
    },
  ];
}

function seedVolumeTypes(): Record<string, VolumeType> {
  const t = SEED_EPOCH - 60 * DAY;
  const list: VolumeType[] = [
    { id: volumeTypes.default, name: '__DEFAULT__', description: 'Default Volume Type', isPublic: true, extraSpecs: {}, qosSpecsId: null, projects: [], createdAt: t, updatedAt: null },
    { id: volumeTypes.standard, name: 'standard', description: 'HDD-backed volumes', isPublic: true, extraSpecs: { volume_backend_name: 'hdd' }, qosSpecsId: null, projects: [], createdAt: t + HOUR, updatedAt: null },
    { id: volumeTypes.ssd, name: 'ssd', description: 'SSD-backed volumes with an IOPS limit', isPublic: true, extraSpecs: { volume_backend_name: 'ssd' }, qosSpecsId: qos.goldIops, projects: [], createdAt: t + 2 * HOUR, updatedAt: null },
    { id: volumeTypes.shared, name: 'shared', description: 'Multi-attach volumes', isPublic: true, extraSpecs: { multiattach: '<is> True' }, qosSpecsId: null, projects: [], createdAt: t + 3 * HOUR, updatedAt: null },
    { id: volumeTypes.goldPrivate, name: 'gold-private', description: 'Private type for the research project', isPublic: false, extraSpecs: { volume_backend_name: 'ssd', 'RESKEY:availability_zones': 'nova' }, qosSpecsId: null, projects: [projects.research], createdAt: t + 4 * HOUR, updatedAt: null },
  ];
  return Object.fromEntries(list.map((t) => [t.id, t]));
}

function attachmentsFor(volumeKey: string, attach: [ServerKey, string][] | undefined, at: number): Attachment[] {
  return (attach ?? []).map(([server, device], i) => ({
    id: u(`attachment:${volumeKey}:${i}`),
    serverId: servers[server],
    hostName: i % 2 === 0 ? 'compute-1' : 'compute-2',
    device,
    attachedAt: at + 10 * 60_000,
  }));
}

function seedProjects(): Project[] {
  return [
    { id: projects.admin, name: 'admin', domainId: DEFAULT_DOMAIN.id, description: 'Bootstrap project for initializing the cloud.', enabled: true },
    { id: projects.demo, name: 'demo', domainId: DEFAULT_DOMAIN.id, description: 'Demo project', enabled: true },
    { id: projects.research, name: 'research', domainId: DEFAULT_DOMAIN.id, description: 'Research group', enabled: true },
  ];
}

function seedUsers(): User[] {
  return [
    { id: users.admin, name: 'admin', domainId: DEFAULT_DOMAIN.id, password: 'admin', assignments: [{ projectId: projects.admin, role: 'admin' }] },
    { id: users.demo, name: 'demo', domainId: DEFAULT_DOMAIN.id, password: 'demo', assignments: [{ projectId: projects.demo, role: 'member' }] },
    {
      id: users.alice,
      name: 'alice',
      domainId: DEFAULT_DOMAIN.id,
      password: 'alice',
      assignments: [
        { projectId: projects.demo, role: 'member' },
        { projectId: projects.research, role: 'member' },
      ],
    },
  ];
}

/** The empty world: identity, types and backends only (seed:false). */
export function baseState(): SeedState {
  return {
    version: 1,
    domains: [{ ...DEFAULT_DOMAIN }],
    projects: seedProjects(),
    users: seedUsers(),
    roles: { ...roles },
    tokens: {},
    volumeTypes: {
      [volumeTypes.default]: {
        id: volumeTypes.default,
        name: '__DEFAULT__',
        description: 'Default Volume Type',
        isPublic: true,
        extraSpecs: {},
        qosSpecsId: null,
        projects: [],
        createdAt: SEED_EPOCH - 60 * DAY,
        updatedAt: null,
      },
    },
    defaultVolumeTypeId: volumeTypes.default,
    qosSpecs: {},
    volumes: new Map(),
    snapshots: new Map(),
    messages: {},
    quotas: {},
    defaultQuotas: { ...DEFAULT_QUOTAS },
    images: seedImages(),
    backends: [{ ...BACKENDS.hdd }, { ...BACKENDS.ssd }],
    pending: [],
    seq: 0,
    failNext: {},
  };
}

export function seedState(options: { seed?: boolean; volumeCount?: number } = {}): SeedState {
  const state = baseState();
  const volumeCount = Math.max(0, Math.floor(options.volumeCount ?? 0));
  if (options.seed !== false) addSeedData(state);
  if (volumeCount > 0) addBulkVolumes(state, volumeCount);
  return state;
}

function addSeedData(state: SeedState): void {
  state.volumeTypes = seedVolumeTypes();
  state.qosSpecs = {
    [qos.goldIops]: { id: qos.goldIops, name: 'gold-iops', consumer: 'front-end', specs: { total_iops_sec: '1000', read_bytes_sec: '104857600' }, createdAt: SEED_EPOCH - 50 * DAY },
    [qos.silver]: { id: qos.silver, name: 'silver', consumer: 'back-end', specs: { total_iops_sec: '500' }, createdAt: SEED_EPOCH - 49 * DAY },
  };
  for (const p of Object.values(projects)) state.quotas[p] = { ...SEEDED_PROJECT_QUOTAS };

  const imagesById = new Map(state.images.map((i) => [i.id, i]));
  let index = 0;
  const addVolumes = (projectId: string, userId: string, seeds: Record<string, VolumeSeed>) => {
    for (const [key, seed] of Object.entries(seeds)) {
      const createdAt = SEED_EPOCH + index++ * HOUR;
      const typeKey: TypeKey = seed.type ?? 'default';
      const status = seed.status ?? 'available';
      const attachments = attachmentsFor(key, seed.attach, createdAt);
      const image = seed.image ? imagesById.get(images[seed.image]) : undefined;
      const hostKey = seed.host;
      const host = hostKey === null ? null : hostKey ? BACKENDS[hostKey].host : hostForType(typeKey);
      const source = seed.source ? state.volumes.get(volumeIds[seed.source as VolumeKey]) : undefined;
      const volume: Volume = {
        id: volumeIds[key as VolumeKey],
        projectId,
        userId,
        name: seed.name,
        description: seed.description ?? null,
        status,
        previousStatus: null,
        size: seed.size,
        availabilityZone: 'nova',
        createdAt,
        updatedAt: createdAt + 5 * 60_000,
        volumeTypeId: volumeTypes[typeKey],
        snapshotId: seed.snapshot ? snapshotIds[seed.snapshot as SnapshotKey] : null,
        sourceVolid: source?.id ?? null,
        metadata: { ...(seed.metadata ?? {}) },
        bootable: Boolean(image) || Boolean(source?.bootable),
        multiattach: typeKey === 'shared',
        readonly: seed.readonly ?? false,
        attachStatus: attachments.length ? 'attached' : 'detached',
        attachments,
        host,
        migrationStatus: seed.migrationStatus ?? null,
        nameId: null,
        imageMetadata: image ? imageMetadataFor(image) : null,
        replicationStatus: 'disabled',
        reservedGb: 0,
        stuck: false,
      };
      state.volumes.set(volume.id, volume);
      if (key === 'snapChain' || key === 'withSnapshot' || key === 'bootCirros' || key === 'dbPrimary' || key === 'archive' || key === 'researchData') {
        addSnapshotsOf(key as VolumeKey);
      }
    }
  };
  const addSnapshotsOf = (volumeKey: VolumeKey) => {
    for (const [key, seed] of Object.entries(snapshotSeeds) as [SnapshotKey, SnapshotSeed][]) {
      if (seed.volume !== volumeKey) continue;
      const volume = state.volumes.get(volumeIds[volumeKey])!;
      const createdAt = SEED_EPOCH + index++ * HOUR;
      const snap: Snapshot = {
        id: snapshotIds[key],
        projectId: volume.projectId,
        userId: volume.userId,
        volumeId: volume.id,
        name: seed.name,
        description: seed.description ?? null,
        status: seed.status ?? 'available',
        size: volume.size,
        metadata: { ...(seed.metadata ?? {}) },
        createdAt,
        updatedAt: createdAt + 60_000,
        volumeTypeId: volume.volumeTypeId,
        progress: seed.status === 'error' ? '0%' : '100%',
        progressFrom: null,
        progressTo: null,
      };
      state.snapshots.set(snap.id, snap);
    }
  };
  addVolumes(projects.admin, users.admin, adminVolumeSeeds);
  addVolumes(projects.demo, users.demo, demoVolumeSeeds);
  addVolumes(projects.research, users.alice, researchVolumeSeeds);

  const msg = (id: string, projectId: string, resourceUuid: string, resourceType: Message['resourceType'], event: string, text: string, at: number): Message => ({
    id,
    projectId,
    resourceType,
    resourceUuid,
    eventId: event,
    userMessage: text,
    messageLevel: 'ERROR',
    requestId: `req-${u(`request:${id}`)}`,
    createdAt: at,
    expiresAt: at + 30 * DAY,
  });
  const vol = (k: VolumeKey) => state.volumes.get(volumeIds[k])!;
  state.messages = Object.fromEntries(
    [
      msg(messageIds.brokenCreate, projects.demo, volumeIds.brokenCreate, 'VOLUME', 'VOLUME_VOLUME_001_003', 'schedule allocate volume:Could not find any available weighted backend.', vol('brokenCreate').createdAt + 2000),
      msg(messageIds.extendFailed, projects.demo, volumeIds.extendFailed, 'VOLUME', 'VOLUME_VOLUME_007_010', 'extend volume:Volume Driver failed to extend volume.', vol('extendFailed').createdAt + 30 * 60_000),
      msg(messageIds.archiveSnapFailed, projects.demo, snapshotIds.archiveSnapFailed, 'VOLUME_SNAPSHOT', 'VOLUME_VOLUME_SNAPSHOT_009_013', 'create snapshot:Snapshot failed to create.', state.snapshots.get(snapshotIds.archiveSnapFailed)!.createdAt + 3000),
    ].map((m) => [m.id, m]),
  );
}

/** The size knob: cheap, uniform volumes in project demo ("bulk-0001" …), older than the seed. */
function addBulkVolumes(state: SeedState, count: number): void {
  const typeId = state.defaultVolumeTypeId;
  const width = Math.max(4, String(count).length);
  for (let i = 1; i <= count; i++) {
    const createdAt = SEED_EPOCH - (count - i + 1) * 60_000;
    const id = u(`volume:bulk:${i}`);
    state.volumes.set(id, {
      id,
      projectId: projects.demo,
      userId: users.demo,
      name: `bulk-${String(i).padStart(width, '0')}`,
      description: null,
      status: i % 25 === 0 ? 'error' : 'available',
      previousStatus: null,
      size: 1,
      availabilityZone: 'nova',
      createdAt,
      updatedAt: createdAt,
      volumeTypeId: typeId,
      snapshotId: null,
      sourceVolid: null,
      metadata: {},
      bootable: false,
      multiattach: false,
      readonly: false,
      attachStatus: 'detached',
      attachments: [],
      host: i % 25 === 0 ? null : BACKENDS.hdd.host,
      migrationStatus: null,
      nameId: null,
      imageMetadata: null,
      replicationStatus: 'disabled',
      reservedGb: 0,
      stuck: false,
    });
  }
  // Bulk projects are effectively unlimited, and the hdd pool grows so the scheduler keeps finding room.
  state.quotas[projects.demo] = { ...(state.quotas[projects.demo] ?? {}), volumes: -1, gigabytes: -1, snapshots: -1 };
  const hdd = state.backends.find((b) => b.backendName === 'hdd');
  if (hdd) hdd.totalCapacityGb += count;
}

export { imageMetadataFor };
