import { Button, Tooltip, type ButtonProps } from 'antd';

interface ReasonButtonProps extends ButtonProps {
  /** Why the button cannot be used now; none when it can. */
  reason?: string | null;
}

/**
 * A button that cannot be used now and says why to everyone. A native `disabled` button takes no focus and no
 * tap, so its reason only ever showed on mouse hover: this one stays focusable (`aria-disabled`, antd's own
 * disabled look), shows the reason on hover, keyboard focus and a tap, and a screen reader reads it as the
 * button's description. Always the same elements, reason or not: a re-render never remounts the button
 * (which would drop a click or the focus in flight).
 */
export function ReasonButton({ reason, onClick, className, children, ...button }: ReasonButtonProps) {
  const blocked = !!reason;
  return (
    <Tooltip title={reason || null} trigger={blocked ? ['hover', 'focus', 'click'] : 'hover'}>
      <Button
        {...button}
        className={[className, blocked ? 'ant-btn-disabled' : null].filter(Boolean).join(' ') || undefined}
        aria-disabled={blocked || undefined}
        // An attribute, not hidden text: the page's text has the reason once (a search for it finds the
        // tip, not a hidden copy); while the tip shows, antd's aria-describedby to it takes precedence.
        aria-description={reason || undefined}
        onClick={(event) => {
          if (blocked) event.preventDefault();
          else onClick?.(event);
        }}
      >
        {children}
      </Button>
    </Tooltip>
  );
}
