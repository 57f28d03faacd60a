/** Typed tables from raw values to label keys of the `activity` namespace (static keys only). */
import { REMOVING_ACTIONS, type ActivityAction, type Operation, type Phase, type ResourceKind } from './model';

export const actionLabelKeys = {
  create: 'action.create',
  update: 'action.update',
  delete: 'action.delete',
  metadata: 'action.metadata',
  extend: 'action.extend',
  retype: 'action.retype',
  revert: 'action.revert',
  resetStatus: 'action.resetStatus',
  migrate: 'action.migrate',
  forceDelete: 'action.forceDelete',
  setBootable: 'action.setBootable',
  uploadImage: 'action.uploadImage',
  otherAction: 'action.otherAction',
  extraSpecs: 'action.extraSpecs',
  access: 'action.access',
  specs: 'action.specs',
  associate: 'action.associate',
  disassociate: 'action.disassociate',
  quota: 'action.quota',
  transfer: 'action.transfer',
  acceptTransfer: 'action.acceptTransfer',
  cancelTransfer: 'action.cancelTransfer',
  setReadonly: 'action.setReadonly',
  encryption: 'action.encryption',
  manage: 'action.manage',
  unmanage: 'action.unmanage',
  enable: 'action.enable',
  disable: 'action.disable',
  resetQuota: 'action.resetQuota',
  defaultQuota: 'action.defaultQuota',
  attach: 'action.attach',
  detach: 'action.detach',
  forceDetach: 'action.forceDetach',
  restore: 'action.restore',
} as const satisfies Record<ActivityAction, string>;

export const kindLabelKeys = {
  volume: 'kind.volume',
  snapshot: 'kind.snapshot',
  volumeType: 'kind.volumeType',
  qosSpec: 'kind.qosSpec',
  quota: 'kind.quota',
  image: 'kind.image',
  transfer: 'kind.transfer',
  service: 'kind.service',
  backup: 'kind.backup',
} as const satisfies Record<ResourceKind, string>;

export const phaseLabelKeys = {
  running: 'phase.running',
  succeeded: 'phase.succeeded',
  failed: 'phase.failed',
} as const satisfies Record<Phase, string>;

/** Where a resource's page is, when it has one (deleted resources have none). */
export function resourcePath(kind: ResourceKind, id: string | null, action: ActivityAction, phase: Phase): string | null {
  if (!id) return null;
  const deleted = REMOVING_ACTIONS.has(action) && phase === 'succeeded';
  if (deleted) return null;
  switch (kind) {
    case 'volume':
      return `/volumes/${encodeURIComponent(id)}`;
    case 'snapshot':
      return `/snapshots/${encodeURIComponent(id)}`;
    case 'volumeType':
      return `/volume-types/${encodeURIComponent(id)}`;
    case 'qosSpec':
      return `/qos-specs/${encodeURIComponent(id)}`;
    case 'quota':
      return '/quotas';
    case 'image':
      return `/images/${encodeURIComponent(id)}`;
    case 'transfer':
      return '/volume-transfers';
    case 'service':
      return '/services';
    case 'backup':
      return `/backups/${encodeURIComponent(id)}`;
  }
}

/** What to call the resource: its name, else its id. */
export function operationName(op: Pick<Operation, 'resourceName' | 'resourceId'>): string {
  return op.resourceName?.trim() || op.resourceId || '';
}
