/**
 * Volume create and lifecycle actions (Cinder v3 `POST /volumes`, `DELETE /volumes/{id}` and the
 * `POST /volumes/{id}/action` family). Bodies follow upstream Cinder exactly; `volumeActionCalls` describes
 * each call once, for the functions that send it, the forms' CLI panels and the activity center.
 */
import { cinderCalls } from './descriptor';
import { send } from './http';
import type { Metadata, Volume } from './models';

export interface CreateVolumeBody {
  size?: number;
  name?: string;
  description?: string;
  /** Type name or id; omitted = the project's default type. */
  volume_type?: string;
  availability_zone?: string;
  metadata?: Metadata;
  snapshot_id?: string;
  source_volid?: string;
  imageRef?: string;
  backup_id?: string;
}

/** Drops empty optional fields so Cinder applies its own defaults (and strict 3.53 schemas stay happy). */
export function buildCreateVolumeBody(input: CreateVolumeBody): { volume: CreateVolumeBody } {
  const volume: CreateVolumeBody = {};
  for (const [key, value] of Object.entries(input) as [keyof CreateVolumeBody, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'metadata' && Object.keys(value as Metadata).length === 0) continue;
    (volume as Record<string, unknown>)[key] = value;
  }
  return { volume };
}

/** `POST /volumes` → 202 with the new volume in status `creating`. */
export async function createVolume(body: CreateVolumeBody): Promise<Volume> {
  return (await send<{ volume: Volume }>(volumeActionCalls.create(body))).volume;
}

export interface DeleteVolumeOptions {
  /** Also delete the volume's snapshots (they must be available, error or deleting). */
  cascade?: boolean;
  /** Admin, 3.23+: skip the status check. */
  force?: boolean;
}

/** `DELETE /volumes/{id}[?cascade=true][&force=true]` → 202, no body. */
export async function deleteVolume(id: string, options: DeleteVolumeOptions = {}): Promise<void> {
  await send(volumeActionCalls.remove(id, options));
}

/** `os-extend` → 202; the volume goes `extending` → previous status, or `error_extending`. */
export async function extendVolume(id: string, newSize: number): Promise<void> {
  await send(volumeActionCalls.extend(id, newSize));
}

/** `revert` (3.40+) to the volume's latest snapshot → 202. */
export async function revertVolume(id: string, snapshotId: string): Promise<void> {
  await send(volumeActionCalls.revert(id, snapshotId));
}

export type MigrationPolicy = 'never' | 'on-demand';

/** Fields only the vendor's Cinder accepts (upstream answers 400); offered when config.features.vendorRetypeOptions. */
export interface VendorRetypeOptions {
  qos_bps_limit?: number;
  force_host_copy?: boolean;
  delete_old?: boolean;
}

export function buildRetypeBody(newType: string, migrationPolicy: MigrationPolicy, vendorOptions?: VendorRetypeOptions) {
  const body: Record<string, unknown> = { new_type: newType, migration_policy: migrationPolicy };
  if (vendorOptions) {
    for (const [key, value] of Object.entries(vendorOptions)) {
      if (value !== undefined && value !== null) body[key] = value;
    }
  }
  return { 'os-retype': body };
}

/** `os-retype` (member action, not admin-only) → 202; the volume goes `retyping` → previous status. */
export async function retypeVolume(
  id: string,
  newType: string,
  migrationPolicy: MigrationPolicy = 'never',
  vendorOptions?: VendorRetypeOptions,
): Promise<void> {
  await send(volumeActionCalls.retype(id, newType, migrationPolicy, vendorOptions));
}

export interface ResetStatusBody {
  status?: string;
  attach_status?: 'attached' | 'detached';
  /** "none" clears it (Cinder stores null). */
  migration_status?: string;
}

export function buildResetStatusBody(input: ResetStatusBody): ResetStatusBody {
  const body: ResetStatusBody = {};
  if (input.status) body.status = input.status;
  if (input.attach_status) body.attach_status = input.attach_status;
  if (input.migration_status) body.migration_status = input.migration_status;
  return body;
}

/** Admin `os-reset_status` → 202. At least one field is required. */
export async function resetVolumeStatus(id: string, input: ResetStatusBody): Promise<void> {
  if (Object.keys(buildResetStatusBody(input)).length === 0) throw new Error('Reset status needs at least one of status, attach_status, migration_status.');
  await send(volumeActionCalls.resetStatus(id, input));
}

/** Admin `os-force_delete` → 202, whatever the status. */
export async function forceDeleteVolume(id: string): Promise<void> {
  await send(volumeActionCalls.forceDelete(id));
}

export interface MigrateVolumeBody {
  /** `host@backend#pool` from get_pools. */
  host: string;
  force_host_copy: boolean;
  lock_volume: boolean;
}

/** Admin `os-migrate_volume` → 202. */
export async function migrateVolume(id: string, body: MigrateVolumeBody): Promise<void> {
  await send(volumeActionCalls.migrate(id, body));
}

/** `os-set_bootable` → 200. */
export async function setBootable(id: string, bootable: boolean): Promise<void> {
  await send(volumeActionCalls.setBootable(id, bootable));
}

/** `os-update_readonly_flag` → 202; Cinder only changes it on an available volume. */
export async function setReadonly(id: string, readonly: boolean): Promise<void> {
  await send(volumeActionCalls.setReadonly(id, readonly));
}

const volumes = cinderCalls('/volumes');

/** The volume calls of this module as descriptors (the functions above send exactly these). */
export const volumeActionCalls = {
  create: (input: CreateVolumeBody) => volumes.onCollection('volume.create', 'POST', buildCreateVolumeBody(input)),
  remove: (id: string, options: DeleteVolumeOptions = {}) =>
    volumes.onItem('volume.delete', 'DELETE', id, {
      query: { cascade: options.cascade ? 'true' : undefined, force: options.force ? 'true' : undefined },
    }),
  /** A form may hold no size yet; the panel then shows the command without one. */
  extend: (id: string, newSize: number | null | undefined) => volumes.action('volume.extend', id, 'os-extend', { new_size: newSize ?? undefined }),
  revert: (id: string, snapshotId: string) => volumes.action('volume.revert', id, 'revert', { snapshot_id: snapshotId }),
  retype: (id: string, newType: string, migrationPolicy: MigrationPolicy = 'never', vendorOptions?: VendorRetypeOptions) =>
    volumes.action('volume.retype', id, 'os-retype', buildRetypeBody(newType, migrationPolicy, vendorOptions)['os-retype']),
  resetStatus: (id: string, input: ResetStatusBody) => volumes.action('volume.resetStatus', id, 'os-reset_status', buildResetStatusBody(input)),
  forceDelete: (id: string) => volumes.action('volume.forceDelete', id, 'os-force_delete', {}),
  migrate: (id: string, body: MigrateVolumeBody) =>
    volumes.action('volume.migrate', id, 'os-migrate_volume', { host: body.host, force_host_copy: body.force_host_copy, lock_volume: body.lock_volume }),
  setBootable: (id: string, bootable: boolean) => volumes.action('volume.setBootable', id, 'os-set_bootable', { bootable }),
  setReadonly: (id: string, readonly: boolean) => volumes.action('volume.setReadonly', id, 'os-update_readonly_flag', { readonly }),
  forceDetach: (id: string, attachmentId: string) => volumes.action('volume.forceDetach', id, 'os-force_detach', { attachment_id: attachmentId }),
};

/** Admin `os-force_detach` → 202: drops one attachment record at once. Cinder refuses (409) while Nova still uses it. */
export async function forceDetachVolume(id: string, attachmentId: string): Promise<void> {
  await send(volumeActionCalls.forceDetach(id, attachmentId));
}
