import { DownOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { MenuButton } from '../../../components/menu-button';
import { actionMenuItems } from './action-menu-items';
import { volumeSnapshotsOptions } from '../../../queries/volume-actions';
import type { VolumeAction } from '../../../domain/volumes';
import { useVolumeActions } from './use-volume-actions';

/** Everyday actions as buttons; the rarer ones (clone, revert, admin) in a menu. */
const buttonActions: VolumeAction[] = ['edit', 'attach', 'detach', 'extend', 'createSnapshot', 'retype', 'delete'];

/** The detail header's action bar. Knows the volume's snapshots, so revert/migrate reasons are exact. */
export function VolumeDetailActions({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const snapshots = useQuery(volumeSnapshotsOptions(volume.id));
  const { items, start, dialog } = useVolumeActions(volume, snapshots.data);
  const buttons = items.filter((item) => buttonActions.includes(item.action));
  const menu = items.filter((item) => !buttonActions.includes(item.action));
  return (
    <>
      {buttons.map((item) => (
        <Tooltip key={item.action} title={item.disabledReason}>
          <Button danger={item.danger} disabled={!!item.disabledReason} onClick={() => start(item.action)}>
            {item.label}
          </Button>
        </Tooltip>
      ))}
      {menu.length ? (
        <MenuButton menu={{ items: actionMenuItems(menu), onClick: ({ key }) => start(key as VolumeAction) }}>
          {t('app:actions.more')} <DownOutlined />
        </MenuButton>
      ) : null}
      {dialog}
    </>
  );
}
