import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ReasonButton } from './reason-button';

function Counter({ reason }: { reason: string | null }) {
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <button type="button">Before</button>
      <ReasonButton reason={reason} onClick={() => setClicks((n) => n + 1)}>
        Delete
      </ReasonButton>
      <output aria-label="Clicks">{clicks}</output>
    </>
  );
}

describe('ReasonButton', () => {
  it('takes the keyboard focus while it cannot be used, says why on focus, and ignores a press', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Counter reason="The volume is attached to a server." />);
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('The volume is attached to a server.');

    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(button).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('The volume is attached to a server.');
    expect(button).toHaveAccessibleDescription('The volume is attached to a server.');
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(screen.getByRole('status', { name: 'Clicks' })).toHaveTextContent('0');
  });

  it('runs its action once the reason is gone, as the same element (a re-render does not remount it)', async () => {
    const user = userEvent.setup({ delay: null });
    const view = render(<Counter reason="Still creating." />);
    const before = screen.getByRole('button', { name: 'Delete' });
    view.rerender(<Counter reason={null} />);
    const after = screen.getByRole('button', { name: 'Delete' });
    expect(after).toBe(before);
    expect(after).not.toHaveAttribute('aria-disabled');
    expect(after).not.toHaveAccessibleDescription();
    await user.click(after);
    expect(screen.getByRole('status', { name: 'Clicks' })).toHaveTextContent('1');
  });
});
