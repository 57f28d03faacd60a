import type { TooltipProps } from 'antd';
import { cloneElement, lazy, Suspense, useState, type MouseEvent, type ReactElement, type ReactNode } from 'react';

const loadTooltip = () => import('antd/es/tooltip');
const Tooltip = lazy(loadTooltip);

interface TipTarget {
  onMouseEnter?: (event: MouseEvent) => void;
  onMouseLeave?: (event: MouseEvent) => void;
}

interface HoverTipProps {
  title: ReactNode;
  placement?: TooltipProps['placement'];
  /**
   * Text, not a control: one element that takes a ref and mouse handlers (a DOM element, Tag, Text…).
   * Wrapping it in the Tooltip on hover mounts it anew, which would drop a click or the focus in flight.
   */
  children: ReactElement<TipTarget>;
}

/**
 * antd's Tooltip (shown on hover, as antd's is by default), mounted on the first hover. Lists put a tip
 * on several cells of every row; a mounted Tooltip costs each its trigger's hooks and listeners on
 * every render (100 rows, 200 tips), though few are ever shown.
 */
export function HoverTip({ title, placement, children }: HoverTipProps) {
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  const own = children.props;
  const target = cloneElement(children, {
    onMouseEnter: (event: MouseEvent) => {
      own.onMouseEnter?.(event);
      setArmed(true);
      setOpen(true);
    },
    // Left before the tip's code arrived: it must not pop up afterwards.
    onMouseLeave: (event: MouseEvent) => {
      own.onMouseLeave?.(event);
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
