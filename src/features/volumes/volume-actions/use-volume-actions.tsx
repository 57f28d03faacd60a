import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getConfig } from '../../../api/config';
import type { Snapshot, Volume } from '../../../api/models';
import { hasCompute } from '../../../api/servers';
import { FeatureDialog } from '../../../lib/feature-dialogs';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { adminActions, rules, type VolumeAction } from '../../../domain/volumes';
import { myProjectsOptions } from '../../../queries/projects';
import { useReasonText } from './use-reason-text';

// Each dialog is downloaded when it is first opened: the list must not pay for ten forms up front.
const CreateVolumeModal = lazy(() => import('./create/create-volume-modal').then((m) => ({ default: m.CreateVolumeModal })));
const DeleteVolumeModal = lazy(() => import('./modals/delete-volume-modal').then((m) => ({ default: m.DeleteVolumeModal })));
const EditVolumeModal = lazy(() => import('./modals/edit-volume-modal').then((m) => ({ default: m.EditVolumeModal })));
const ExtendVolumeModal = lazy(() => import('./modals/extend-volume-modal').then((m) => ({ default: m.ExtendVolumeModal })));
const ForceDeleteModal = lazy(() => import('./modals/force-delete-modal').then((m) => ({ default: m.ForceDeleteModal })));
const MigrateVolumeModal = lazy(() => import('./modals/migrate-volume-modal').then((m) => ({ default: m.MigrateVolumeModal })));
const ResetStatusModal = lazy(() => import('./modals/reset-status-modal').then((m) => ({ default: m.ResetStatusModal })));
const RetypeVolumeModal = lazy(() => import('./modals/retype-volume-modal').then((m) => ({ default: m.RetypeVolumeModal })));
const UnmanageVolumeModal = lazy(() => import('./volume-manage/unmanage-volume-modal').then((m) => ({ default: m.UnmanageVolumeModal })));
const RevertVolumeModal = lazy(() => import('./modals/revert-volume-modal').then((m) => ({ default: m.RevertVolumeModal })));
const TransferVolumeModal = lazy(() => import('./transfers/transfer-volume-modal').then((m) => ({ default: m.TransferVolumeModal })));
const CancelTransferModal = lazy(() => import('./transfers/cancel-transfer-modal').then((m) => ({ default: m.CancelTransferModal })));
const MoveVolumeModal = lazy(() => import('./transfers/move-volume-modal').then((m) => ({ default: m.MoveVolumeModal })));
const UploadImageModal = lazy(() => import('./upload/upload-image-modal').then((m) => ({ default: m.UploadImageModal })));
const AttachVolumeModal = lazy(() => import('./attach/attach-volume-modal').then((m) => ({ default: m.AttachVolumeModal })));
const DetachVolumeModal = lazy(() => import('./attach/detach-volume-modal').then((m) => ({ default: m.DetachVolumeModal })));

export interface ActionItem {
  action: VolumeAction;
  label: string;
  /** Why Cinder would refuse it now; undefined = allowed. */
  disabledReason?: string;
  danger?: boolean;
  admin?: boolean;
}

/** Display order; admin-only actions come last, before delete. Attach / detach need Nova in the catalog. */
const order: VolumeAction[] = [
  'edit',
  'attach',
  'detach',
  'extend',
  'createSnapshot',
  'createBackup',
  'clone',
  'retype',
  'revert',
  'uploadImage',
  'transfer',
  'cancelTransfer',
  'moveToProject',
  'resetStatus',
  'migrate',
  'unmanage',
  'forceDelete',
  'delete',
];
const novaActions: readonly VolumeAction[] = ['attach', 'detach'];

/** Offered only while the volume awaits a transfer (and the other way round): one of the pair at a time. */
const hiddenFor = (action: VolumeAction, volume: Volume) =>
  (action === 'cancelTransfer' && volume.status !== 'awaiting-transfer') || (action === 'transfer' && volume.status === 'awaiting-transfer');

/**
 * The actions offered for one volume (members never see admin-only ones), each with the reason it is
 * disabled, plus the dialog of the action being run.
 */
export function useVolumeActions(volume: Volume, snapshots?: Snapshot[]): { items: ActionItem[]; start: (action: VolumeAction) => void; dialog: ReactNode } {
  const { t } = useTranslation('volume-actions');
  const session = useRequiredSession();
  const admin = useIsAdmin();
  const reasonText = useReasonText();
  const compute = hasCompute(session);
  const [active, setActive] = useState<VolumeAction | null>(null);
  // The shell's project switcher already holds this list: no extra request.
  const projects = useQuery(myProjectsOptions(session.user.id));
  const hasOtherProject = (projects.data ?? []).some((p) => p.id !== session.project.id);
  const labels: Record<VolumeAction, string> = {
    edit: t('actions.edit'),
    extend: t('actions.extend'),
    createSnapshot: t('actions.createSnapshot'),
    createBackup: t('actions.createBackup'),
    clone: t('actions.clone'),
    retype: t('actions.retype'),
    revert: t('actions.revert'),
    resetStatus: t('actions.resetStatus'),
    migrate: t('actions.migrate'),
    forceDelete: t('actions.forceDelete'),
    delete: t('actions.delete'),
    transfer: t('actions.transfer'),
    cancelTransfer: t('actions.cancelTransfer'),
    moveToProject: t('actions.moveToProject'),
    uploadImage: t('actions.uploadImage'),
    unmanage: t('actions.unmanage'),
    attach: t('actions.attach'),
    detach: t('actions.detach'),
  };
  const items = order
    .filter((action) => (admin || !adminActions.includes(action)) && (action !== 'createBackup' || getConfig().features.backups))
    .filter((action) => compute || !novaActions.includes(action))
    .filter((action) => !hiddenFor(action, volume) && (action !== 'moveToProject' || hasOtherProject))
    .map((action): ActionItem => {
      const verdict = rules[action]({ volume, version: session.volumeApiVersion, snapshots, compute });
      return {
        action,
        label: labels[action],
        disabledReason: verdict.allowed ? undefined : reasonText(verdict.reason),
        danger: action === 'delete' || action === 'forceDelete',
        admin: adminActions.includes(action),
      };
    });
  const close = () => setActive(null);
  const dialogs: Record<VolumeAction, () => ReactNode> = {
    edit: () => <EditVolumeModal volume={volume} onClose={close} />,
    extend: () => <ExtendVolumeModal volume={volume} onClose={close} />,
    createSnapshot: () => <FeatureDialog name="createSnapshot" volume={volume} onClose={close} />,
    createBackup: () => <FeatureDialog name="createBackup" volume={volume} onClose={close} />,
    clone: () => <CreateVolumeModal prefill={{ source: 'volume', sourceVolid: volume.id }} onClose={close} />,
    retype: () => <RetypeVolumeModal volume={volume} onClose={close} />,
    revert: () => <RevertVolumeModal volume={volume} onClose={close} />,
    resetStatus: () => <ResetStatusModal volume={volume} onClose={close} />,
    migrate: () => <MigrateVolumeModal volume={volume} onClose={close} />,
    forceDelete: () => <ForceDeleteModal volume={volume} onClose={close} />,
    delete: () => <DeleteVolumeModal volume={volume} onClose={close} />,
    transfer: () => <TransferVolumeModal volume={volume} onClose={close} />,
    cancelTransfer: () => <CancelTransferModal volume={volume} onClose={close} />,
    moveToProject: () => <MoveVolumeModal volume={volume} onClose={close} />,
    uploadImage: () => <UploadImageModal volume={volume} onClose={close} />,
    unmanage: () => <UnmanageVolumeModal volume={volume} onClose={close} />,
    attach: () => <AttachVolumeModal volume={volume} onClose={close} />,
    detach: () => <DetachVolumeModal volume={volume} onClose={close} />,
  };
  return { items, start: setActive, dialog: active ? <Suspense fallback={null}>{dialogs[active]()}</Suspense> : null };
}
