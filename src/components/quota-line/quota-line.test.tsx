import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { QuotaLine } from './quota-line';

describe('QuotaLine', { timeout: 60_000 }, () => {
  it('groups thousands as the header and the quotas page do', () => {
    renderWithProviders(<QuotaLine label="Gigabytes" entry={{ limit: 2000, in_use: 1200, reserved: 0, remaining: 800 }} adding={1000} unit="gib" />);
    expect(screen.getByText('1,200 + 1,000 of 2,000 GiB')).toBeInTheDocument();
  });

  it('keeps "不限" on one line with its figure', () => {
    renderWithProviders(<QuotaLine label="云硬盘总容量" entry={{ limit: -1, in_use: 1500, reserved: 0, remaining: null }} adding={10} unit="gib" />, 'zh-CN');
    expect(screen.getByText('已用 1,500 GiB，不限')).toHaveStyle({ whiteSpace: 'nowrap' });
  });
});
