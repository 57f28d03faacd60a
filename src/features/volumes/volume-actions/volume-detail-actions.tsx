import { DownOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { MenuButton } from '../../../components/menu-button';
import { ReasonButton } from '../../../components/reason-button';
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
  const menuId = useId();
  const buttons = items.filter((item) => buttonActions.includes(item.action));
  const menu = items.filter((item) => !buttonActions.includes(item.action));
  return (
    <>
      {buttons.map((item) => (
        <ReasonButton key={item.action} danger={item.danger} reason={item.disabledReason} onClick={() => start(item.action)}>
          {item.label}
        </ReasonButton>
      ))}
      {menu.length ? (
        <MenuButton menu={{ items: actionMenuItems(menu, { idPrefix: menuId }), onClick: ({ key }) => start(key as VolumeAction) }}>
          {t('app:actions.more')} <DownOutlined />
        </MenuButton>
      ) : null}
      {dialog}
    </>
  );
}
