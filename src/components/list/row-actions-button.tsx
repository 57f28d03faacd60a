import { DownOutlined, MoreOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { MenuButton } from '../menu-button';
import { useIsPhone } from './use-phone';

interface RowActionsButtonProps {
  /** The button's accessible name, naming the row ("More actions for data-01"). */
  label: string;
  menu: MenuProps;
  /** The menu opened or closed (a row loads what its items depend on only when someone looks). */
  onOpenChange?: (open: boolean) => void;
}

/**
 * Every list row's actions menu, alike on all lists: "More ▾" beside the row, a "⋮" on a phone, where
 * the name and its status need the width.
 */
export function RowActionsButton({ label, menu, onOpenChange }: RowActionsButtonProps) {
  const { t } = useTranslation('app');
  const phone = useIsPhone();
  return (
    <MenuButton size="small" aria-label={label} menu={menu} onOpenChange={onOpenChange} icon={phone ? <MoreOutlined /> : undefined}>
      {phone ? null : (
        <>
          {t('actions.more')} <DownOutlined />
        </>
      )}
    </MenuButton>
  );
}
