import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { volumeLabel } from './modals/volume-label';
import { useVolumeActions } from './use-volume-actions';

/** The compact "More actions" menu of a table row; disabled items say why on hover. */
export function VolumeRowActions({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const { items, start, dialog } = useVolumeActions(volume);
  const menuItems: MenuProps['items'] = [];
  items.forEach((item, index) => {
    if (item.admin && !items[index - 1]?.admin) menuItems.push({ type: 'divider', key: 'admin-divider' });
    if (item.action === 'delete') menuItems.push({ type: 'divider', key: 'delete-divider' });
    menuItems.push({
      key: item.action,
      danger: item.danger,
      disabled: !!item.disabledReason,
      title: item.disabledReason,
      label: item.disabledReason ? (
        <Tooltip title={item.disabledReason} placement="left">
          <span>{item.label}</span>
        </Tooltip>
      ) : (
        item.label
      ),
    });
  });
  return (
    <>
      <Dropdown trigger={['click']} autoFocus menu={{ items: menuItems, onClick: ({ key, domEvent }) => { domEvent.stopPropagation(); start(key as (typeof items)[number]['action']); } }}>
        <Button size="small" aria-label={t('actions.moreFor', { name: volumeLabel(volume) })} onClick={(e) => e.stopPropagation()}>
          {t('app:actions.more')} <DownOutlined />
        </Button>
      </Dropdown>
      {dialog}
    </>
  );
}
