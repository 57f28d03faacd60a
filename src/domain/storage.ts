import type { Pool, QosConsumer, QosSpec, VolumeType } from '../api/models';

/** The picture the storage map draws: backends with their pools and the types that target them. */

/** 'infinite' / 'unknown' are what thin or unreporting drivers send instead of a number. */
export type CapacityValue = number | 'infinite' | 'unknown';

export interface PoolNode {
  /** host@backend#pool */
  name: string;
  host: string;
  /** The part after '#', or the whole name when there is none. */
  poolName: string;
  total: CapacityValue;
  free: CapacityValue;
  /** What Cinder has allocated on the pool (sum of its volumes), GiB. */
  allocated: number | null;
  provisioned: number | null;
  /** Physically used share of the total, 0…1 (null when total or free is not a number). */
  usedRatio: number | null;
  /** Allocated share of the total; above 1 when thin provisioning over-subscribes. */
  allocatedRatio: number | null;
  overSubscriptionRatio: number | null;
  thin: boolean;
  protocol?: string;
  vendor?: string;
  driverVersion?: string;
  /** `backend_state` (down means the scheduler will not place volumes there). */
  state?: string;
}

export type QosRef = { id: string; name: string; consumer: QosConsumer } | { id: string; name: null; consumer: null };

export interface TypeNode {
  id: string;
  name: string;
  isPublic: boolean;
  /** The `volume_backend_name` extra spec, or null when the type has none. */
  backendName: string | null;
  qos: QosRef | null;
  multiattach: boolean;
}

export interface BackendNode {
  /** volume_backend_name as the pools report it. */
  name: string;
  /** False when no pool reports `volume_backend_name` and the name is taken from host@backend. */
  reported: boolean;
  pools: PoolNode[];
  types: TypeNode[];
  total: number;
  free: number;
  allocated: number;
}

export interface StorageMap {
  backends: BackendNode[];
  /** Backend names that types target but no pool reports: volumes of these types cannot be scheduled. */
  missingBackends: { name: string; types: TypeNode[] }[];
  /** Types without `volume_backend_name`: the scheduler may place them on any backend. */
  anyBackend: TypeNode[];
  poolCount: number;
  typeCount: number;
  total: number;
  free: number;
}

export function parseCapacity(value: unknown): CapacityValue {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const lowered = value.trim().toLowerCase();
    if (lowered === 'infinite') return 'infinite';
    const parsed = Number(lowered);
    if (lowered !== '' && Number.isFinite(parsed)) return parsed;
  }
  return 'unknown';
}

function optionalNumber(value: unknown): number | null {
  const parsed = typeof value === 'string' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : null;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** host@backend#pool → { host, backend, pool }; Cinder always names pools this way, but be lenient. */
export function splitPoolName(name: string): { host: string; backend: string | null; pool: string } {
  const [hostPart, pool] = name.split('#', 2) as [string, string | undefined];
  const at = hostPart.indexOf('@');
  return { host: hostPart, backend: at >= 0 ? hostPart.slice(at + 1) : null, pool: pool ?? hostPart };
}

export function toPoolNode(pool: Pool): PoolNode {
  const caps = pool.capabilities ?? {};
  const { host, pool: poolName } = splitPoolName(pool.name);
  const total = parseCapacity(caps.total_capacity_gb);
  const free = parseCapacity(caps.free_capacity_gb);
  const allocated = optionalNumber(caps.allocated_capacity_gb);
  const numericTotal = typeof total === 'number' && total > 0 ? total : null;
  return {
    name: pool.name,
    host,
    poolName,
    total,
    free,
    allocated,
    provisioned: optionalNumber(caps.provisioned_capacity_gb),
    usedRatio: numericTotal !== null && typeof free === 'number' ? clamp((numericTotal - free) / numericTotal, 0, 1) : null,
    allocatedRatio: numericTotal !== null && allocated !== null ? Math.max(0, allocated / numericTotal) : null,
    overSubscriptionRatio: optionalNumber(caps.max_over_subscription_ratio),
    thin: caps.thin_provisioning_support === true,
    protocol: optionalString(caps.storage_protocol),
    vendor: optionalString(caps.vendor_name),
    driverVersion: optionalString(caps.driver_version),
    state: optionalString(caps.backend_state),
  };
}

/** The backend a pool belongs to for the scheduler: its `volume_backend_name` capability. */
function backendOf(pool: Pool): { name: string; reported: boolean } {
  const reported = pool.capabilities?.volume_backend_name;
  if (typeof reported === 'string' && reported) return { name: reported, reported: true };
  const { backend, host } = splitPoolName(pool.name);
  return { name: backend ?? host, reported: false };
}

export function toTypeNode(type: VolumeType, qosById: ReadonlyMap<string, QosSpec>): TypeNode {
  const specs = type.extra_specs ?? {};
  const backend = specs.volume_backend_name?.trim();
  const qosId = type.qos_specs_id ?? null;
  const spec = qosId ? qosById.get(qosId) : undefined;
  return {
    id: type.id,
    name: type.name,
    isPublic: type['os-volume-type-access:is_public'] ?? type.is_public,
    backendName: backend ? backend : null,
    qos: qosId ? (spec ? { id: spec.id, name: spec.name, consumer: spec.consumer } : { id: qosId, name: null, consumer: null }) : null,
    multiattach: /^\s*<is>\s*true\s*$/i.test(specs.multiattach ?? ''),
  };
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

export function buildStorageMap(pools: Pool[], types: VolumeType[], qosSpecs: QosSpec[]): StorageMap {
  const qosById = new Map(qosSpecs.map((spec) => [spec.id, spec]));
  const backends = new Map<string, BackendNode>();
  for (const pool of pools) {
    const { name, reported } = backendOf(pool);
    const node = toPoolNode(pool);
    const backend = backends.get(name) ?? { name, reported, pools: [], types: [], total: 0, free: 0, allocated: 0 };
    backend.reported ||= reported;
    backend.pools.push(node);
    if (typeof node.total === 'number') backend.total += node.total;
    if (typeof node.free === 'number') backend.free += node.free;
    backend.allocated += node.allocated ?? 0;
    backends.set(name, backend);
  }

  const missing = new Map<string, TypeNode[]>();
  const anyBackend: TypeNode[] = [];
  for (const type of types) {
    const node = toTypeNode(type, qosById);
    if (node.backendName === null) anyBackend.push(node);
    else if (backends.has(node.backendName)) backends.get(node.backendName)!.types.push(node);
    else missing.set(node.backendName, [...(missing.get(node.backendName) ?? []), node]);
  }

  const sortedBackends = [...backends.values()].sort(byName);
  for (const backend of sortedBackends) {
    backend.pools.sort(byName);
    backend.types.sort(byName);
  }
  return {
    backends: sortedBackends,
    missingBackends: [...missing.entries()].map(([name, list]) => ({ name, types: list.sort(byName) })).sort(byName),
    anyBackend: anyBackend.sort(byName),
    poolCount: pools.length,
    typeCount: types.length,
    total: sortedBackends.reduce((sum, b) => sum + b.total, 0),
    free: sortedBackends.reduce((sum, b) => sum + b.free, 0),
  };
}

/**
 * A backend's capacity as shown: the sum of its pools, unless one pool reports 'infinite' (then the
 * backend is too) or 'unknown' (then the sum would lie).
 */
export function backendCapacity(backend: Pick<BackendNode, 'pools' | 'total' | 'free'>): { total: CapacityValue; free: CapacityValue } {
  const combine = (values: CapacityValue[], sum: number): CapacityValue =>
    values.includes('infinite') ? 'infinite' : values.includes('unknown') ? 'unknown' : sum;
  return {
    total: combine(backend.pools.map((p) => p.total), backend.total),
    free: combine(backend.pools.map((p) => p.free), backend.free),
  };
}

/** How full a pool is, for the bar colour: thresholds an operator watches. */
export function capacityLevel(usedRatio: number | null): 'normal' | 'warning' | 'critical' {
  if (usedRatio === null) return 'normal';
  if (usedRatio >= 0.95) return 'critical';
  if (usedRatio >= 0.8) return 'warning';
  return 'normal';
}

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}
