/**
 * /backups reads and simple writes: list, detail, show, update (3.9), delete, and the admin actions
 * (os-reset_status, os-force_delete). Creating and restoring are flows: ./backup-flows.ts.
 */
import { badRequest, CinderFault, notFound } from './faults';
import { buildPredicate, generalFiltering, takeAllTenants, takeWithCount } from './filters';
import { atLeast } from './microversion';
import { collectionLinks, paginate, parseListParams, type Column } from './paging';
import { requireAdmin } from './policy';
import { bodyObject, checkMetadata, checkObject, checkOptionalString, requiredMsg, type Json } from './validate';
import { links } from './views';
import type { CinderContext } from './context';
import { cancelTransitions, schedule } from '../flows';
import type { BodyResult } from '../util/http';
import { cinderTime } from '../util/time';

export interface Backup {
  id: string;
  projectId: string;
  userId: string;
  volumeId: string;
  snapshotId: string | null;
  /** The backup this incremental one builds on; null for a full backup. */
  parentId: string | null;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  objectCount: number;
  container: string | null;
  availabilityZone: string | null;
  failReason: string | null;
  /** When the data was taken: the backup's creation, or the snapshot's for a backup of a snapshot. */
  dataTimestamp: number;
  metadata: Record<string, string>;
  createdAt: number;
  updatedAt: number | null;
}

declare module '../state' {
  interface Stores {
    backups: Map<string, Backup>;
  }
}

export const backupNotFound = (id: string) => notFound(`Backup ${id} could not be found.`);
export const invalidBackup = (reason: string) => badRequest(`Invalid backup: ${reason}`);

export function getBackup(ctx: CinderContext, id: string): Backup {
  const b = ctx.world.state.backups.get(id);
  if (!b || (!ctx.isAdmin && b.projectId !== ctx.projectId)) throw backupNotFound(id);
  return b;
}

/** Backups whose parent is this one (Cinder: parent_id filter; what blocks a delete). */
export function dependentsOf(ctx: CinderContext, backup: Backup): Backup[] {
  return [...ctx.world.state.backups.values()].filter((b) => b.parentId === backup.id);
}

const BACKUP_COLUMNS: Column<Backup> = {
  id: (b) => b.id,
  created_at: (b) => b.createdAt,
  updated_at: (b) => b.updatedAt,
  display_name: (b) => b.name,
  display_description: (b) => b.description,
  status: (b) => b.status,
  size: (b) => b.size,
  volume_id: (b) => b.volumeId,
  snapshot_id: (b) => b.snapshotId,
  parent_id: (b) => b.parentId,
  project_id: (b) => b.projectId,
  user_id: (b) => b.userId,
  container: (b) => b.container,
  availability_zone: (b) => b.availabilityZone,
  object_count: (b) => b.objectCount,
  data_timestamp: (b) => b.dataTimestamp,
  fail_reason: (b) => b.failReason,
  deleted: () => false,
};

export function backupSummary(ctx: CinderContext, b: Backup) {
  return { id: b.id, name: b.name, links: links(ctx, 'backups', b.id) };
}

/** views/backups.py detail + the v3 extras (metadata 3.43; project and user attributes for admins at 3.18 / 3.56). */
export function backupDetail(ctx: CinderContext, b: Backup): Record<string, unknown> {
  ctx.world.counters.recordsRendered++;
  const body: Record<string, unknown> = {
    id: b.id,
    status: b.status,
    size: b.size,
    object_count: b.objectCount,
    availability_zone: b.availabilityZone,
    container: b.container,
    created_at: cinderTime(b.createdAt),
    updated_at: cinderTime(b.updatedAt),
    name: b.name,
    description: b.description,
    fail_reason: b.failReason,
    volume_id: b.volumeId,
    links: links(ctx, 'backups', b.id),
    is_incremental: b.parentId !== null,
    has_dependent_backups: dependentsOf(ctx, b).length > 0,
    snapshot_id: b.snapshotId,
    data_timestamp: cinderTime(b.dataTimestamp),
  };
  if (atLeast(ctx.version, '3.43')) body.metadata = { ...b.metadata };
  if (ctx.isAdmin && atLeast(ctx.version, '3.18')) body['os-backup-project-attr:project_id'] = b.projectId;
  if (ctx.isAdmin && atLeast(ctx.version, '3.56')) body.user_id = b.userId;
  return body;
}

export function listBackups(ctx: CinderContext, detail: boolean): unknown {
  const state = ctx.world.state;
  const params = parseListParams(ctx.url.searchParams);
  const filters = params.filters;
  const withCount = takeWithCount(ctx, filters);
  // Sorting by name (display_name) arrived in 3.37.
  if (atLeast(ctx.version, '3.37') && params.sortKeys.includes('name')) params.sortKeys[params.sortKeys.indexOf('name')] = 'display_name';
  generalFiltering(ctx, filters, 'backup', ['name', 'status', 'volume_id']);
  if (filters.has('name')) {
    filters.set('display_name', filters.get('name')!);
    filters.delete('name');
  }
  const allTenants = takeAllTenants(ctx, filters);
  let base = [...state.backups.values()];
  if (!allTenants) base = base.filter((b) => b.projectId === ctx.projectId);
  const predicate = buildPredicate(filters, BACKUP_COLUMNS, { metadata: (b) => b.metadata, booleans: ['deleted'] });
  const matching = predicate ? base.filter(predicate) : [];
  const page = paginate(matching, params, BACKUP_COLUMNS, backupNotFound, (id) => {
    const b = state.backups.get(id);
    return b && (ctx.isAdmin || b.projectId === ctx.projectId) ? b : undefined;
  });
  const body: Record<string, unknown> = { backups: page.map((b) => (detail ? backupDetail(ctx, b) : backupSummary(ctx, b))) };
  const pageLinks = collectionLinks(ctx, page, detail ? 'backups/detail' : 'backups', withCount ? matching.length : undefined);
  if (pageLinks.length) body.backups_links = pageLinks;
  if (withCount) body.count = matching.length;
  return body;
}

export function showBackup(ctx: CinderContext, id: string): unknown {
  return { backup: backupDetail(ctx, getBackup(ctx, id)) };
}

/** PUT /backups/{id} (3.9; metadata 3.43) answers the summary view. */
export function updateBackup(ctx: CinderContext, id: string, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['backup'], allowed: ['backup'] });
  const allowed = atLeast(ctx.version, '3.43') ? ['name', 'description', 'metadata'] : ['name', 'description'];
  const fields = checkObject('backup', top.backup, { allowed });
  const name = checkOptionalString('name', fields.name, 255);
  const description = checkOptionalString('description', fields.description, 255);
  const metadata = fields.metadata === undefined ? undefined : checkMetadata('metadata', fields.metadata, false);
  const backup = getBackup(ctx, id);
  if (name !== undefined) backup.name = name;
  if (description !== undefined) backup.description = description;
  if (metadata) backup.metadata = metadata;
  backup.updatedAt = ctx.now;
  ctx.world.changed();
  return { backup: backupSummary(ctx, backup) };
}

/** backup/api.py delete: status first (unless forced), then dependent incrementals (even when forced). */
export function deleteBackup(ctx: CinderContext, backup: Backup, force: boolean): void {
  if (!force && !['available', 'error'].includes(backup.status)) throw invalidBackup('Backup status must be available or error');
  if (dependentsOf(ctx, backup).length) throw invalidBackup('Incremental backups exist for this backup.');
  const world = ctx.world;
  cancelTransitions(world, 'backups', backup.id);
  backup.status = 'deleting';
  backup.updatedAt = ctx.now;
  world.changed();
  schedule(world, ctx.now + world.delays.backupDelete, { store: 'backups', id: backup.id, remove: true });
}

const RESET_STATUSES = ['available', 'error'];

export function backupAction(ctx: CinderContext, id: string, body: Json): { status: number } {
  const name = Object.keys(body)[0];
  if (name === 'os-reset_status') {
    const args = checkObject('os-reset_status', body['os-reset_status'], { required: ['status'], allowed: ['status'] });
    const status = typeof args.status === 'string' ? args.status : '';
    if (!RESET_STATUSES.includes(status.toLowerCase())) {
      throw badRequest(`Backup status: ${String(args.status)} is invalid, valid statuses are: ['available', 'error'].`);
    }
    const backup = getBackup(ctx, id);
    requireAdmin(ctx, 'volume_extension:backup_admin_actions:reset_status');
    cancelTransitions(ctx.world, 'backups', backup.id);
    backup.status = status.toLowerCase();
    backup.updatedAt = ctx.now;
    ctx.world.changed();
    return { status: 202 };
  }
  if (name === 'os-force_delete') {
    const backup = getBackup(ctx, id);
    requireAdmin(ctx, 'volume_extension:backup_admin_actions:force_delete');
    deleteBackup(ctx, backup, true);
    return { status: 202 };
  }
  if (name === undefined) throw badRequest(requiredMsg('os-reset_status'));
  throw new CinderFault(400, `There is no such action: ${name}`);
}
