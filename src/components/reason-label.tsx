import type { ReactNode } from 'react';

/**
 * A menu entry's label with the reason it cannot be chosen on a second line. The reason is hidden from the
 * entry's name (tests and screen readers find "Delete", not a sentence); give the entry
 * `aria-describedby={id}` so it is read as the description.
 */
export function labelWithReason(label: ReactNode, reason: string, id: string) {
  return (
    <span className="reason-item">
      <span>{label}</span>
      <span id={id} className="reason-item-text" aria-hidden>
        {reason}
      </span>
    </span>
  );
}
