/**
 * Manage / unmanage (admin): what a backend holds outside Cinder (`GET /manageable_volumes/detail?host=`,
 * `/manageable_snapshots/detail`, 3.8), taking it in (`POST /manageable_volumes|snapshots`) and letting a
 * volume or snapshot go without deleting its data (`os-unmanage`).
 */
import { cinderCalls } from '../descriptor';
import { cinder, send } from '../http';
import type { Snapshot, Volume } from '../models';

export interface ManageableReference {
  'source-name'?: string;
  'source-id'?: string;
  [key: string]: unknown;
}

export interface ManageableVolume {
  reference: ManageableReference;
  size: number;
  safe_to_manage: boolean;
  reason_not_safe?: string | null;
  cinder_id?: string | null;
  extra_info?: unknown;
}

export interface ManageableSnapshot extends ManageableVolume {
  source_reference: ManageableReference;
}

/** The name a reference shows: `source-name`, else `source-id`, else its JSON. */
export function referenceLabel(ref: ManageableReference): string {
  return ref['source-name'] ?? ref['source-id'] ?? JSON.stringify(ref);
}

/** Cinder caps a page at 1000; a backend with more objects than that is paged by offset. */
const PAGE = 1000;

async function listAll<T>(path: string, key: string, host: string, signal?: AbortSignal): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; offset < 20 * PAGE; offset += PAGE) {
    const data = await cinder.get<Record<string, T[]>>(path, { signal, query: { host, limit: PAGE, offset: offset || undefined } });
    const page = data[key] ?? [];
    all.push(...page);
    if (page.length < PAGE) break;
  }
  return all;
}

export function listManageableVolumes(host: string, signal?: AbortSignal): Promise<ManageableVolume[]> {
  return listAll<ManageableVolume>('/manageable_volumes/detail', 'manageable-volumes', host, signal);
}

export function listManageableSnapshots(host: string, signal?: AbortSignal): Promise<ManageableSnapshot[]> {
  return listAll<ManageableSnapshot>('/manageable_snapshots/detail', 'manageable-snapshots', host, signal);
}

export interface ManageVolumeInput {
  host: string;
  reference: ManageableReference;
  name?: string;
  description?: string;
  volumeType?: string;
  availabilityZone?: string;
  bootable?: boolean;
}

export function buildManageVolumeBody(input: ManageVolumeInput): { volume: Record<string, unknown> } {
  const volume: Record<string, unknown> = { host: input.host, ref: input.reference };
  if (input.name) volume.name = input.name;
  if (input.description) volume.description = input.description;
  if (input.volumeType) volume.volume_type = input.volumeType;
  if (input.availabilityZone) volume.availability_zone = input.availabilityZone;
  if (input.bootable) volume.bootable = true;
  return { volume };
}

export interface ManageSnapshotInput {
  volumeId: string;
  reference: ManageableReference;
  name?: string;
  description?: string;
}

export function buildManageSnapshotBody(input: ManageSnapshotInput): { snapshot: Record<string, unknown> } {
  const snapshot: Record<string, unknown> = { volume_id: input.volumeId, ref: input.reference };
  if (input.name) snapshot.name = input.name;
  if (input.description) snapshot.description = input.description;
  return { snapshot };
}

const manageableVolumes = cinderCalls('/manageable_volumes');
const manageableSnapshots = cinderCalls('/manageable_snapshots');
const volumes = cinderCalls('/volumes');
const snapshots = cinderCalls('/snapshots');

export const manageCalls = {
  manageVolume: (input: ManageVolumeInput) => manageableVolumes.onCollection('manage.volume', 'POST', buildManageVolumeBody(input)),
  manageSnapshot: (input: ManageSnapshotInput) => manageableSnapshots.onCollection('manage.snapshot', 'POST', buildManageSnapshotBody(input)),
  unmanageVolume: (id: string) => volumes.action('manage.unmanageVolume', id, 'os-unmanage', {}),
  unmanageSnapshot: (id: string) => snapshots.action('manage.unmanageSnapshot', id, 'os-unmanage', {}),
};

export async function manageVolume(input: ManageVolumeInput): Promise<Volume> {
  return (await send<{ volume: Volume }>(manageCalls.manageVolume(input))).volume;
}

export async function manageSnapshot(input: ManageSnapshotInput): Promise<Snapshot> {
  return (await send<{ snapshot: Snapshot }>(manageCalls.manageSnapshot(input))).snapshot;
}

export async function unmanageVolume(id: string): Promise<void> {
  await send(manageCalls.unmanageVolume(id));
}

export async function unmanageSnapshot(id: string): Promise<void> {
  await send(manageCalls.unmanageSnapshot(id));
}
