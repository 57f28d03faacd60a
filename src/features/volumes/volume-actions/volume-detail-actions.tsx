import { DownOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Dropdown, Tooltip, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { volumeSnapshotsOptions } from './queries';
import type { VolumeAction } from './rules';
import { useVolumeActions } from './use-volume-actions';

/** Everyday actions as buttons; the rarer ones (clone, revert, admin) in a menu. */
const buttonActions: VolumeAction[] = ['edit', 'extend', 'createSnapshot', 'retype', 'delete'];

/** The detail header's action bar. Knows the volume's snapshots, so revert/migrate reasons are exact. */
export function VolumeDetailActions({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const snapshots = useQuery(volumeSnapshotsOptions(volume.id));
  const { items, start, dialog } = useVolumeActions(volume, snapshots.data);
  const buttons = items.filter((item) => buttonActions.includes(item.action));
  const menu = items.filter((item) => !buttonActions.includes(item.action));
  const menuItems: MenuProps['items'] = menu.map((item) => ({
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
  }));
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
        <Dropdown trigger={['click']} autoFocus menu={{ items: menuItems, onClick: ({ key }) => start(key as VolumeAction) }}>
          <Button>
            {t('app:actions.more')} <DownOutlined />
          </Button>
        </Dropdown>
      ) : null}
      {dialog}
    </>
  );
}
