import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { MenuButton } from '../../../components/menu-button';
import { actionMenuItems } from './action-menu-items';
import { volumeLabel } from '../../../domain/volumes';
import { useVolumeActions } from './use-volume-actions';

/** The compact "More actions" menu of a table row; disabled items say why on hover. */
export function VolumeRowActions({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const { items, start, dialog } = useVolumeActions(volume);
  return (
    <>
      <MenuButton
        size="small"
        aria-label={t('actions.moreFor', { name: volumeLabel(volume) })}
        menu={{ items: actionMenuItems(items, { dividers: true }), onClick: ({ key }) => start(key as (typeof items)[number]['action']) }}
      >
        {t('app:actions.more')} <DownOutlined />
      </MenuButton>
      {dialog}
    </>
  );
}
