import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { StatusBadge } from './status-badge';

describe('StatusBadge', { timeout: 20_000 }, () => {
  it('shows the label on hover with Cinder’s code beside it, not the code alone', async () => {
    renderWithProviders(<StatusBadge label="可用" presentation={{ color: 'success', transitional: false }} raw="available" />, 'zh-CN');
    fireEvent.mouseEnter(screen.getByText('可用'));
    // The tip's code is imported on first hover: a cold transform of antd's Tooltip can take over 1 s.
    expect(await screen.findByRole('tooltip', undefined, { timeout: 10_000 })).toHaveTextContent('可用（available）');
  });

  it('has no tip when the label is the code (an unknown status)', () => {
    renderWithProviders(<StatusBadge label="frobbing" presentation={{ color: 'default', transitional: false }} raw="frobbing" />);
    fireEvent.mouseEnter(screen.getByText('frobbing'));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
