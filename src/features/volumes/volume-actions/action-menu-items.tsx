import { Tooltip, type MenuProps } from 'antd';
import type { ActionItem } from './use-volume-actions';

/**
 * Volume actions as menu entries: a disabled one keeps its reason as a tooltip and title. With
 * `dividers`, admin-only actions and delete each start a group (the row menu lists everything).
 */
export function actionMenuItems(items: ActionItem[], options: { dividers?: boolean } = {}): MenuProps['items'] {
  const entries: NonNullable<MenuProps['items']> = [];
  items.forEach((item, index) => {
    if (options.dividers && item.admin && !items[index - 1]?.admin) entries.push({ type: 'divider', key: 'admin-divider' });
    if (options.dividers && item.action === 'delete') entries.push({ type: 'divider', key: 'delete-divider' });
    entries.push({
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
  return entries;
}
