import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { HoverTip } from './hover-tip';

describe('HoverTip', { timeout: 60_000 }, () => {
  it('mounts no tooltip until the target is hovered, then shows the tip', async () => {
    renderWithProviders(
      <HoverTip title="2026-11-27 07:00:00">
        <time>3 minutes ago</time>
      </HoverTip>,
    );
    const target = screen.getByText('3 minutes ago');
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseEnter(target);
    // The tip's code is imported on first hover: a cold transform of antd's Tooltip can take over 1 s.
    expect(await screen.findByRole('tooltip', undefined, { timeout: 10_000 })).toHaveTextContent('2026-11-27 07:00:00');
  });

  it("keeps the target's own handlers", () => {
    let entered = 0;
    renderWithProviders(
      <HoverTip title="available">
        <span onMouseEnter={() => (entered += 1)}>Available</span>
      </HoverTip>,
    );
    fireEvent.mouseEnter(screen.getByText('Available'));
    expect(entered).toBe(1);
  });

  it('hides the tip again when the pointer leaves', async () => {
    renderWithProviders(
      <HoverTip title="exact time">
        <time>yesterday</time>
      </HoverTip>,
    );
    fireEvent.mouseEnter(screen.getByText('yesterday'));
    expect(await screen.findByRole('tooltip', undefined, { timeout: 10_000 })).toHaveTextContent('exact time');
    // The target is now antd's Tooltip's own child: leaving it is the Tooltip's business.
    fireEvent.mouseLeave(screen.getByText('yesterday'));
    // Hidden tips are not in the accessibility tree.
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull(), { timeout: 5000 });
  });
});
