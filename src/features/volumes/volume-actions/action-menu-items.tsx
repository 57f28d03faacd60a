import type { MenuProps } from 'antd';
import { labelWithReason } from '../../../components/reason-label';
import type { ActionItem } from './use-volume-actions';

/**
 * Volume actions as menu entries: a disabled one shows its reason under its label (no hover needed, so touch
 * and keyboard users see it too) and carries it as its description. `idPrefix` keeps the reasons' ids unique
 * on a page with many menus (one per list row). With `dividers`, admin-only actions and delete each start a
 * group (the row menu lists everything).
 */
export function actionMenuItems(items: ActionItem[], options: { idPrefix: string; dividers?: boolean }): MenuProps['items'] {
  const entries: NonNullable<MenuProps['items']> = [];
  items.forEach((item, index) => {
    if (options.dividers && item.admin && !items[index - 1]?.admin) entries.push({ type: 'divider', key: 'admin-divider' });
    if (options.dividers && item.action === 'delete') entries.push({ type: 'divider', key: 'delete-divider' });
    const reasonId = `${options.idPrefix}-${item.action}-reason`;
    entries.push({
      key: item.action,
      danger: item.danger,
      disabled: !!item.disabledReason,
      ...(item.disabledReason ? { 'aria-describedby': reasonId } : {}),
      label: item.disabledReason ? labelWithReason(item.label, item.disabledReason, reasonId) : item.label,
    });
  });
  return entries;
}
