import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot, Volume } from '../../../api/models';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { CreateVolumeModal } from './create/create-volume-modal';
import { CreateSnapshotModal } from './modals/create-snapshot-modal';
import { DeleteVolumeModal } from './modals/delete-volume-modal';
import { EditVolumeModal } from './modals/edit-volume-modal';
import { ExtendVolumeModal } from './modals/extend-volume-modal';
import { ForceDeleteModal } from './modals/force-delete-modal';
import { MigrateVolumeModal } from './modals/migrate-volume-modal';
import { ResetStatusModal } from './modals/reset-status-modal';
import { RetypeVolumeModal } from './modals/retype-volume-modal';
import { RevertVolumeModal } from './modals/revert-volume-modal';
import { adminActions, rules, type VolumeAction } from './rules';
import { useReasonText } from './use-reason-text';

export interface ActionItem {
  action: VolumeAction;
  label: string;
  /** Why Cinder would refuse it now; undefined = allowed. */
  disabledReason?: string;
  danger?: boolean;
  admin?: boolean;
}

/** Display order; admin-only actions come last, before delete. */
const order: VolumeAction[] = ['edit', 'extend', 'createSnapshot', 'clone', 'retype', 'revert', 'resetStatus', 'migrate', 'forceDelete', 'delete'];

/**
 * The actions offered for one volume (members never see admin-only ones), each with the reason it is
 * disabled, plus the dialog of the action being run.
 */
export function useVolumeActions(volume: Volume, snapshots?: Snapshot[]): { items: ActionItem[]; start: (action: VolumeAction) => void; dialog: ReactNode } {
  const { t } = useTranslation('volume-actions');
  const session = useRequiredSession();
  const admin = useIsAdmin();
  const reasonText = useReasonText();
  const [active, setActive] = useState<VolumeAction | null>(null);
  const labels: Record<VolumeAction, string> = {
    edit: t('actions.edit'),
    extend: t('actions.extend'),
    createSnapshot: t('actions.createSnapshot'),
    clone: t('actions.clone'),
    retype: t('actions.retype'),
    revert: t('actions.revert'),
    resetStatus: t('actions.resetStatus'),
    migrate: t('actions.migrate'),
    forceDelete: t('actions.forceDelete'),
    delete: t('actions.delete'),
  };
  const items = order
    .filter((action) => admin || !adminActions.includes(action))
    .map((action): ActionItem => {
      const verdict = rules[action]({ volume, version: session.volumeApiVersion, snapshots });
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
    createSnapshot: () => <CreateSnapshotModal volume={volume} onClose={close} />,
    clone: () => <CreateVolumeModal prefill={{ source: 'volume', sourceVolid: volume.id }} onClose={close} />,
    retype: () => <RetypeVolumeModal volume={volume} onClose={close} />,
    revert: () => <RevertVolumeModal volume={volume} onClose={close} />,
    resetStatus: () => <ResetStatusModal volume={volume} onClose={close} />,
    migrate: () => <MigrateVolumeModal volume={volume} onClose={close} />,
    forceDelete: () => <ForceDeleteModal volume={volume} onClose={close} />,
    delete: () => <DeleteVolumeModal volume={volume} onClose={close} />,
  };
  return { items, start: setActive, dialog: active ? dialogs[active]() : null };
}
