import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { RowActionsButton } from '../../../components/list/row-actions-button';
import { actionMenuItems } from './action-menu-items';
import { volumeLabel } from '../../../domain/volumes';
import { useVolumeActions } from './use-volume-actions';
import { volumeSnapshotsOptions } from '../../../queries/volume-actions';

/** The compact "More actions" menu of a table row; disabled items say why under their label. */
export function VolumeRowActions({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volume-actions');
  // A list row does not know the volume's snapshots, and asking for every row would cost a request each: the
  // row asks when its menu opens, so revert (and migrate, unmanage, force delete) then say why they cannot run.
  const [opened, setOpened] = useState(false);
  const snapshots = useQuery({ ...volumeSnapshotsOptions(volume.id), enabled: opened });
  const { items, start, dialog } = useVolumeActions(volume, snapshots.data);
  const menuId = useId();
  return (
    <>
      <RowActionsButton
        label={t('actions.moreFor', { name: volumeLabel(volume) })}
        onOpenChange={(open) => open && setOpened(true)}
        menu={{ items: actionMenuItems(items, { idPrefix: menuId, dividers: true }), onClick: ({ key }) => start(key as (typeof items)[number]['action']) }}
      />
      {dialog}
    </>
  );
}
