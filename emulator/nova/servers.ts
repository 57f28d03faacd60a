/**
 * Nova's servers as the emulator keeps them: a store of records (reset and persisted with Cinder's), the
 * seeded servers the seed's volume attachments point at, and the vm_state ↔ status table of
 * nova/api/openstack/common.py. Volume attachments are not duplicated here: a server's block device
 * mappings are the attachments Cinder volumes record for it (one source of truth).
 */
import { SEED, SEED_EPOCH } from '../seed';
import type { State, Volume } from '../state';
import { seedUuid } from '../util/ids';

export type VmState = 'active' | 'building' | 'stopped' | 'paused' | 'suspended' | 'error' | 'shelved_offloaded' | 'rescued' | 'resized';

export interface Server {
  id: string;
  projectId: string;
  userId: string;
  name: string;
  vmState: VmState;
  host: string;
  imageId: string | null;
  flavorId: string;
  /** A volume-backed server's boot volume (Nova refuses to detach it). */
  rootVolumeId: string | null;
  locked: boolean;
  createdAt: number;
  updatedAt: number;
}

declare module '../state' {
  interface Stores {
    servers: Map<string, Server>;
  }
}

/** vm_state → the API's status (task states left out: the emulator has no rebooting or migrating). */
export const STATUS_OF: Record<VmState, string> = {
  active: 'ACTIVE',
  building: 'BUILD',
  stopped: 'SHUTOFF',
  paused: 'PAUSED',
  suspended: 'SUSPENDED',
  error: 'ERROR',
  shelved_offloaded: 'SHELVED_OFFLOADED',
  rescued: 'RESCUE',
  resized: 'VERIFY_RESIZE',
};

/** The vm_states compute/api.py's attach_volume / detach_volume accept (check_instance_state). */
export const ATTACHABLE_VM_STATES: readonly VmState[] = ['active', 'paused', 'stopped', 'resized', 'shelved_offloaded'];

export const FLAVORS = [
  { id: '1', name: 'm1.tiny', ram: 512, vcpus: 1, disk: 1 },
  { id: '2', name: 'm1.small', ram: 2048, vcpus: 1, disk: 20 },
] as const;

const u = (name: string) => seedUuid(name);

/** Seeded servers: the ids the seed's attachments use (SEED.servers) plus a few in other states and projects. */
export const SEEDED_SERVERS = {
  ...SEED.servers,
  building: u('server:build-runner'),
  broken: u('server:broken-vm'),
  stopped: u('server:batch-stopped'),
  bastion: u('server:admin-bastion'),
  lab2: u('server:lab-2'),
} as const;

export function seedServers(state: State): Server[] {
  const { demo, research, admin } = SEED.projects;
  const user = (projectId: string) => state.users.find((x) => x.assignments.some((a) => a.projectId === projectId))?.id ?? state.users[0]!.id;
  const cirros = SEED.images.cirros;
  const s = SEEDED_SERVERS;
  const rows: [string, string, string, VmState, string][] = [
    [s.web1, 'web-1', demo, 'active', 'compute-1'],
    [s.web2, 'web-2', demo, 'active', 'compute-2'],
    [s.db1, 'db-1', demo, 'active', 'compute-1'],
    [s.db2, 'db-2', demo, 'active', 'compute-2'],
    [s.app1, 'app-1', demo, 'active', 'compute-1'],
    [s.building, 'build-runner', demo, 'building', 'compute-2'],
    [s.broken, 'broken-vm', demo, 'error', 'compute-1'],
    [s.stopped, 'batch-stopped', demo, 'stopped', 'compute-2'],
    [s.lab1, 'lab-1', research, 'active', 'compute-1'],
    [s.lab2, 'lab-2', research, 'active', 'compute-2'],
    [s.bastion, 'admin-bastion', admin, 'active', 'compute-1'],
  ];
  // seed: false (identity only) has no seeded volumes to attach, and no servers either.
  if (!state.volumes.has(SEED.volumes.bootCirros)) return [];
  return rows.map(([id, name, projectId, vmState, host], i) => ({
    id,
    projectId,
    userId: user(projectId),
    name,
    vmState,
    host,
    imageId: id === s.web1 ? null : cirros,
    flavorId: '1',
    // web-1 boots from the boot-cirros volume (attached as /dev/vda in the seed).
    rootVolumeId: id === s.web1 ? SEED.volumes.bootCirros : null,
    locked: false,
    createdAt: SEED_EPOCH - (rows.length - i) * 3_600_000,
    updatedAt: SEED_EPOCH,
  }));
}

/** The server's block device mappings: every attachment (in any state) a volume records for it. */
export function attachedVolumes(state: State, serverId: string): { volume: Volume; device: string; attachmentId: string }[] {
  const out: { volume: Volume; device: string; attachmentId: string }[] = [];
  for (const volume of state.volumes.values()) {
    for (const a of volume.attachments) if (a.serverId === serverId) out.push({ volume, device: a.device, attachmentId: a.id });
  }
  return out;
}
