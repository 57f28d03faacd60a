/**
 * The requests the console's forms send, as plain data (method, path, query, body), built with the
 * same body builders the API functions use — so the CLI equivalent shows exactly what is sent.
 */
import type { QosSpecCreate } from '../../api/qos-specs';
import { buildCreateQosBody } from '../../api/qos-specs';
import { buildCreateSnapshotBody, type CreateSnapshotInput, type SnapshotResetStatus } from '../../api/snapshots';
import {
  buildCreateVolumeBody,
  buildResetStatusBody,
  buildRetypeBody,
  type CreateVolumeBody,
  type DeleteVolumeOptions,
  type MigrateVolumeBody,
  type MigrationPolicy,
  type ResetStatusBody,
  type VendorRetypeOptions,
} from '../../api/volume-actions';
import { buildCreateVolumeTypeBody, buildUpdateVolumeTypeBody, type CreateVolumeTypeInput, type UpdateVolumeTypeInput } from '../../api/volume-types';
import type { Metadata } from '../../api/models';
import type { CliRequest } from './types';

const enc = encodeURIComponent;
const volume = (id: string) => `/volumes/${enc(id)}`;
const action = (path: string, name: string, args: unknown): CliRequest => ({ method: 'POST', path: `${path}/action`, body: { [name]: args } });

export const volumeRequests = {
  create: (input: CreateVolumeBody): CliRequest => ({ method: 'POST', path: '/volumes', body: buildCreateVolumeBody(input) }),
  update: (id: string, changes: { name?: string; description?: string }): CliRequest => ({ method: 'PUT', path: volume(id), body: { volume: changes } }),
  replaceMetadata: (id: string, metadata: Metadata): CliRequest => ({ method: 'PUT', path: `${volume(id)}/metadata`, body: { metadata } }),
  extend: (id: string, newSize: number | null | undefined): CliRequest => action(volume(id), 'os-extend', { new_size: newSize ?? undefined }),
  retype: (id: string, newType: string | undefined, policy: MigrationPolicy, vendor?: VendorRetypeOptions): CliRequest => ({
    method: 'POST',
    path: `${volume(id)}/action`,
    body: buildRetypeBody(newType ?? '', policy, vendor),
  }),
  setBootable: (id: string, bootable: boolean): CliRequest => action(volume(id), 'os-set_bootable', { bootable }),
  revert: (id: string, snapshotId: string): CliRequest => action(volume(id), 'revert', { snapshot_id: snapshotId }),
  resetStatus: (id: string, input: ResetStatusBody): CliRequest => action(volume(id), 'os-reset_status', buildResetStatusBody(input)),
  forceDelete: (id: string): CliRequest => action(volume(id), 'os-force_delete', {}),
  migrate: (id: string, body: MigrateVolumeBody): CliRequest =>
    action(volume(id), 'os-migrate_volume', { host: body.host, force_host_copy: body.force_host_copy, lock_volume: body.lock_volume }),
  remove: (id: string, options: DeleteVolumeOptions = {}): CliRequest => ({
    method: 'DELETE',
    path: volume(id),
    query: { cascade: options.cascade ? 'true' : undefined, force: options.force ? 'true' : undefined },
  }),
};

const snapshot = (id: string) => `/snapshots/${enc(id)}`;

export const snapshotRequests = {
  create: (input: CreateSnapshotInput): CliRequest => ({ method: 'POST', path: '/snapshots', body: buildCreateSnapshotBody(input) }),
  update: (id: string, changes: { name?: string; description?: string }): CliRequest => ({ method: 'PUT', path: snapshot(id), body: { snapshot: changes } }),
  replaceMetadata: (id: string, metadata: Metadata): CliRequest => ({ method: 'PUT', path: `${snapshot(id)}/metadata`, body: { metadata } }),
  remove: (id: string): CliRequest => ({ method: 'DELETE', path: snapshot(id) }),
  resetStatus: (id: string, status: SnapshotResetStatus | string): CliRequest => action(snapshot(id), 'os-reset_status', { status }),
  forceDelete: (id: string): CliRequest => action(snapshot(id), 'os-force_delete', {}),
};

const type = (id: string) => `/types/${enc(id)}`;

export const volumeTypeRequests = {
  create: (input: CreateVolumeTypeInput): CliRequest => ({ method: 'POST', path: '/types', body: buildCreateVolumeTypeBody(input) }),
  update: (id: string, input: UpdateVolumeTypeInput): CliRequest => ({ method: 'PUT', path: type(id), body: buildUpdateVolumeTypeBody(input) }),
  remove: (id: string): CliRequest => ({ method: 'DELETE', path: type(id) }),
  setExtraSpecs: (id: string, specs: Record<string, string>): CliRequest => ({ method: 'POST', path: `${type(id)}/extra_specs`, body: { extra_specs: specs } }),
  deleteExtraSpec: (id: string, key: string): CliRequest => ({ method: 'DELETE', path: `${type(id)}/extra_specs/${enc(key)}` }),
  addAccess: (id: string, project: string): CliRequest => action(type(id), 'addProjectAccess', { project }),
  removeAccess: (id: string, project: string): CliRequest => action(type(id), 'removeProjectAccess', { project }),
};

const qos = (id: string) => `/qos-specs/${enc(id)}`;

export const qosRequests = {
  create: (input: QosSpecCreate): CliRequest => ({ method: 'POST', path: '/qos-specs', body: buildCreateQosBody(input) }),
  setKeys: (id: string, specs: Record<string, string>): CliRequest => ({ method: 'PUT', path: qos(id), body: { qos_specs: specs } }),
  unsetKeys: (id: string, keys: string[]): CliRequest => ({ method: 'PUT', path: `${qos(id)}/delete_keys`, body: { keys } }),
  remove: (id: string, force = false): CliRequest => ({ method: 'DELETE', path: qos(id), query: force ? { force: 'true' } : undefined }),
  associate: (id: string, typeId: string): CliRequest => ({ method: 'GET', path: `${qos(id)}/associate`, query: { vol_type_id: typeId } }),
  disassociate: (id: string, typeId: string): CliRequest => ({ method: 'GET', path: `${qos(id)}/disassociate`, query: { vol_type_id: typeId } }),
  disassociateAll: (id: string): CliRequest => ({ method: 'GET', path: `${qos(id)}/disassociate_all` }),
};
