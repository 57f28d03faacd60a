import type { TooltipProps } from 'antd';
import { cloneElement, lazy, Suspense, useState, type MouseEvent, type ReactElement, type ReactNode, type Ref } from 'react';

const loadTooltip = () => import('antd/es/tooltip');
const Tooltip = lazy(loadTooltip);

interface TipTarget {
  onMouseEnter?: (event: MouseEvent) => void;
  onMouseLeave?: (event: MouseEvent) => void;
  ref?: Ref<HTMLElement>;
}

interface HoverTipProps {
  title: ReactNode;
  placement?: TooltipProps['placement'];
  /** One element that takes a ref and mouse handlers (a DOM element, Button, Tag, Text…), as for antd's Tooltip; its own ref is not kept. */
  children: ReactElement<TipTarget>;
}

/**
 * antd's Tooltip (shown on hover, as antd's is by default), mounted on the first hover. Lists put a tip
 * on several cells of every row and the toolbar has its own; a mounted Tooltip costs each its trigger's
 * hooks and listeners on every render, and its styles on the first screen, though few are ever shown.
 */
export function HoverTip({ title, placement, children }: HoverTipProps) {
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  // Wrapping the target in the Tooltip mounts it anew: a target that had the focus keeps it.
  const [refocus, setRefocus] = useState(false);
  const own = children.props;
  const target = cloneElement(children, {
    onMouseEnter: (event: MouseEvent) => {
      own.onMouseEnter?.(event);
      setRefocus(event.currentTarget === document.activeElement);
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
  const wrapped = cloneElement(children, {
    ref: (node: HTMLElement | null) => {
      if (node && refocus) {
        setRefocus(false);
        node.focus();
      }
    },
  });
  return (
    <Suspense fallback={target}>
      <Tooltip title={title} placement={placement} open={open} onOpenChange={setOpen}>
        {wrapped}
      </Tooltip>
    </Suspense>
  );
}
