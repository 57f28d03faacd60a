/**
 * Cinder v3 backups (api-ref ext-backups.inc, ext-backups-actions-v3.inc): reads with `cinder.get`,
 * writes described once in `backupCalls` for the functions that send them, the CLI panel and the activity center.
 */
import type { Backup, BackupList, BackupRestore, BackupSummary, CinderService } from './backup-models';
import { cinderCalls } from './descriptor';
import { cinder, send, type QueryValue } from './http';
import type { Metadata } from './models';
import { nextMarkerFrom, sortParam, type SortDirection } from './snapshots';

/** Sort keys Cinder accepts for backups (`name` maps to display_name from 3.37). */
export type BackupSortKey = 'created_at' | 'updated_at' | 'name' | 'status' | 'size' | 'volume_id' | 'id';

export interface BackupListQuery {
  limit?: number;
  marker?: string;
  offset?: number;
  sort?: { key: BackupSortKey; dir: SortDirection }[];
  name?: string;
  status?: string;
  volume_id?: string;
  /** Admin only: every project's backups (Cinder ignores it for members). */
  allProjects?: boolean;
  /** Ask for `count` (3.45+). */
  withCount?: boolean;
}

export interface BackupPage {
  backups: Backup[];
  count?: number;
  /** Marker of the next page, read from the query of `backups_links` only. */
  nextMarker?: string;
}

export function backupListParams(query: BackupListQuery): Record<string, QueryValue> {
  return {
    limit: query.limit,
    marker: query.marker,
    offset: query.offset,
    sort: sortParam(query.sort),
    name: query.name,
    status: query.status,
    volume_id: query.volume_id,
    all_tenants: query.allProjects ? 1 : undefined,
    with_count: query.withCount ? true : undefined,
  };
}

export async function listBackups(query: BackupListQuery = {}, signal?: AbortSignal): Promise<BackupPage> {
  const body = await cinder.get<BackupList>('/backups/detail', { query: backupListParams(query), signal });
  return { backups: body.backups, count: body.count, nextMarker: nextMarkerFrom(body.backups_links) };
}

export async function getBackup(id: string, signal?: AbortSignal): Promise<Backup> {
  return (await cinder.get<{ backup: Backup }>(`/backups/${encodeURIComponent(id)}`, { signal })).backup;
}

/** Every backup of one volume (one page of Cinder's maximum), for the incremental rule and the volume's view. */
export async function listVolumeBackups(volumeId: string, signal?: AbortSignal): Promise<Backup[]> {
  return (await listBackups({ volume_id: volumeId, limit: 1000, sort: [{ key: 'created_at', dir: 'desc' }] }, signal)).backups;
}

export interface CreateBackupInput {
  volume_id: string;
  name?: string;
  description?: string;
  /** Cinder's default container when empty (the POSIX driver files it under the backup id). */
  container?: string;
  incremental?: boolean;
  /** Needed to back up an in-use volume. */
  force?: boolean;
  snapshot_id?: string;
  /** 3.43+ */
  metadata?: Metadata;
}

/** The `POST /backups` body: empty optional fields left out so Cinder applies its defaults. */
export function buildCreateBackupBody(input: CreateBackupInput): { backup: Record<string, unknown> } {
  const backup: Record<string, unknown> = { volume_id: input.volume_id };
  if (input.name) backup.name = input.name;
  if (input.description) backup.description = input.description;
  if (input.container) backup.container = input.container;
  if (input.incremental) backup.incremental = true;
  if (input.force) backup.force = true;
  if (input.snapshot_id) backup.snapshot_id = input.snapshot_id;
  if (input.metadata && Object.keys(input.metadata).length) backup.metadata = input.metadata;
  return { backup };
}

export async function createBackup(input: CreateBackupInput): Promise<BackupSummary> {
  return (await send<{ backup: BackupSummary }>(backupCalls.create(input))).backup;
}

export interface UpdateBackupInput {
  name?: string;
  description?: string;
  metadata?: Metadata;
}

export async function updateBackup(id: string, input: UpdateBackupInput): Promise<BackupSummary> {
  return (await send<{ backup: BackupSummary }>(backupCalls.update(id, input))).backup;
}

export async function deleteBackup(id: string): Promise<void> {
  await send(backupCalls.remove(id));
}

/** Restore onto `volume_id`, or into a new volume (named `name`, else Cinder's `restore_backup_<id>`). */
export interface RestoreBackupInput {
  volume_id?: string;
  name?: string;
}

export async function restoreBackup(id: string, input: RestoreBackupInput): Promise<BackupRestore> {
  return (await send<{ restore: BackupRestore }>(backupCalls.restore(id, input))).restore;
}

/** Statuses os-reset_status accepts for a backup (Cinder's backup_status format). */
export const backupResetStatuses = ['available', 'error'] as const;
export type BackupResetStatus = (typeof backupResetStatuses)[number];

export async function resetBackupStatus(id: string, status: BackupResetStatus): Promise<void> {
  await send(backupCalls.resetStatus(id, status));
}

export async function forceDeleteBackup(id: string): Promise<void> {
  await send(backupCalls.forceDelete(id));
}

/** Admin: the cinder-backup services (`GET /os-services?binary=cinder-backup`). */
export async function listBackupServices(signal?: AbortSignal): Promise<CinderService[]> {
  return (await cinder.get<{ services: CinderService[] }>('/os-services', { query: { binary: 'cinder-backup' }, signal })).services;
}

const backups = cinderCalls('/backups');

/** Every backup write as a descriptor (the functions above send exactly these). */
export const backupCalls = {
  create: (input: CreateBackupInput) => backups.onCollection('backup.create', 'POST', buildCreateBackupBody(input)),
  update: (id: string, input: UpdateBackupInput) => backups.onItem('backup.update', 'PUT', id, { body: { backup: input } }),
  remove: (id: string) => backups.onItem('backup.delete', 'DELETE', id),
  restore: (id: string, input: RestoreBackupInput) => {
    const restore: Record<string, string> = {};
    if (input.volume_id) restore.volume_id = input.volume_id;
    if (input.name) restore.name = input.name;
    return backups.onItem('backup.restore', 'POST', id, { sub: 'restore', body: { restore } });
  },
  resetStatus: (id: string, status: BackupResetStatus) => backups.action('backup.resetStatus', id, 'os-reset_status', { status }),
  forceDelete: (id: string) => backups.action('backup.forceDelete', id, 'os-force_delete', {}),
};
