import type { MenuProps } from 'antd';
import { Button, type ButtonProps } from 'antd';
import { lazy, Suspense, useState, type MouseEvent } from 'react';

const loadDropdown = () => import('antd/es/dropdown');
// antd's Dropdown brings its Menu (~18 KB gzip). Lists show a menu button on every row, yet most visits
// never open one: the menu code loads on the first hover, focus or click, and that click opens it.
const Dropdown = lazy(loadDropdown);

interface MenuButtonProps extends Omit<ButtonProps, 'onClick'> {
  menu: MenuProps;
  /** The menu opened or closed (e.g. to load what its items depend on only when someone looks). */
  onOpenChange?: (open: boolean) => void;
}

/** A button that opens a dropdown menu (antd Dropdown, click trigger, focus moved into the menu). */
export function MenuButton({ menu, onOpenChange, ...button }: MenuButtonProps) {
  const [wanted, setWanted] = useState(false);
  const [open, setOpenState] = useState(false);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onOpenChange?.(next);
  };
  const trigger = (
    <Button
      {...button}
      aria-haspopup="menu"
      aria-expanded={open}
      onMouseEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      onClick={(event: MouseEvent) => {
        // Inside a clickable row, the menu is not a click on the row.
        event.stopPropagation();
        if (!wanted) {
          setWanted(true);
          setOpen(true);
        }
      }}
    />
  );
  if (!wanted) return trigger;
  return (
    <Suspense fallback={trigger}>
      <Dropdown
        trigger={['click']}
        // No fade-out: while a closing popup animates, rc-component puts it back on top of the Escape stack,
        // so a dialog opened by the chosen item ignored Escape for ~0.2 s (13 of 20 presses lost).
        transitionName=""
        autoFocus
        open={open}
        onOpenChange={setOpen}
        menu={{
          ...menu,
          onClick: (info) => {
            info.domEvent.stopPropagation();
            setOpen(false);
            menu.onClick?.(info);
          },
        }}
      >
        {trigger}
      </Dropdown>
    </Suspense>
  );
}
