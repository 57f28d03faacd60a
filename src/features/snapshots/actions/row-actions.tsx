import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { RowActionsButton } from '../../../components/list/row-actions-button';
import { canCreateVolumeFrom } from '../../../domain/snapshots';
import { useDeleteBlockReason } from './reasons';
import type { SnapshotDialog } from './snapshot-dialogs';

interface Props {
  snapshot: Snapshot;
  isAdmin: boolean;
  onAction: (dialog: SnapshotDialog, snapshot: Snapshot) => void;
}

/** The row's actions menu: actions Cinder would refuse are disabled with the reason beside them. */
export function SnapshotRowActions({ snapshot, isAdmin, onAction }: Props) {
  const { t } = useTranslation('snapshots');
  const deleteReason = useDeleteBlockReason()(snapshot);
  const items: MenuProps['items'] = [
    { key: 'edit', label: t('actions.edit') },
    {
      key: 'createVolume',
      label: t('actions.createVolume'),
      disabled: !canCreateVolumeFrom(snapshot),
      title: canCreateVolumeFrom(snapshot) ? undefined : t('createVolume.notAvailable'),
    },
    { key: 'delete', label: t('actions.delete'), danger: true, disabled: !!deleteReason, title: deleteReason ?? undefined },
    ...(isAdmin
      ? [
          { type: 'divider' as const },
          { key: 'reset', label: t('actions.resetStatus') },
          { key: 'unmanage', label: t('actions.unmanage'), danger: true },
          { key: 'forceDelete', label: t('actions.forceDelete'), danger: true },
        ]
      : []),
  ];
  return (
    <RowActionsButton label={t('list.rowActions', { name: snapshot.name || snapshot.id })} menu={{ items, onClick: ({ key }) => onAction(key as SnapshotDialog, snapshot) }} />
  );
}
