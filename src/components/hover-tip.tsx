import type { TooltipProps } from 'antd';
import { cloneElement, lazy, Suspense, useState, type FocusEvent, type MouseEvent, type ReactElement, type ReactNode } from 'react';

const loadTooltip = () => import('antd/es/tooltip');
const Tooltip = lazy(loadTooltip);

interface TipTarget {
  onMouseEnter?: (event: MouseEvent) => void;
  onMouseLeave?: (event: MouseEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
}

interface HoverTipProps {
  title: ReactNode;
  placement?: TooltipProps['placement'];
  /** One element that takes a ref and mouse / focus handlers (a DOM element, Tag, Text…), as for antd's Tooltip. */
  children: ReactElement<TipTarget>;
}

/**
 * antd's Tooltip, mounted on the first hover or focus. Lists put a tip on several cells of every row;
 * a mounted Tooltip costs each of them its trigger's hooks and listeners on every render (100 rows,
 * 200 tips), though few are ever shown.
 */
export function HoverTip({ title, placement, children }: HoverTipProps) {
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  const own = children.props;
  const show = (opened: boolean) => {
    setArmed(true);
    setOpen(opened);
  };
  const target = cloneElement(children, {
    onMouseEnter: (event: MouseEvent) => {
      own.onMouseEnter?.(event);
      show(true);
    },
    onFocus: (event: FocusEvent) => {
      own.onFocus?.(event);
      show(true);
    },
    // Left before the tip's code arrived: it must not pop up afterwards.
    onMouseLeave: (event: MouseEvent) => {
      own.onMouseLeave?.(event);
      setOpen(false);
    },
    onBlur: (event: FocusEvent) => {
      own.onBlur?.(event);
      setOpen(false);
    },
  });
  if (!armed) return target;
  return (
    <Suspense fallback={target}>
      <Tooltip title={title} placement={placement} open={open} onOpenChange={setOpen}>
        {children}
      </Tooltip>
    </Suspense>
  );
}
