import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { RowActionsButton } from '../../../components/list/row-actions-button';
import { actionMenuItems } from './action-menu-items';
import { volumeLabel } from '../../../domain/volumes';
import { useVolumeActions } from './use-volume-actions';

/** The compact "More actions" menu of a table row; disabled items say why on hover. */
export function VolumeRowActions({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volume-actions');
  const { items, start, dialog } = useVolumeActions(volume);
  return (
    <>
      <RowActionsButton
        label={t('actions.moreFor', { name: volumeLabel(volume) })}
        menu={{ items: actionMenuItems(items, { dividers: true }), onClick: ({ key }) => start(key as (typeof items)[number]['action']) }}
      />
      {dialog}
    </>
  );
}
