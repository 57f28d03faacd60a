import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseQuotaSet } from '../../../api/quotas';
import { quotaOverview, toGauge } from '../../../domain/quotas';
import { renderWithProviders } from '../../../test/render';
import { PerTypeTable } from './per-type-table';
import { QuotaGauge } from './quota-gauge';

const usage = parseQuotaSet({
  id: 'p',
  volumes: { limit: 10, in_use: 9, reserved: 0 },
  gigabytes: { limit: -1, in_use: 1234, reserved: 0 },
  snapshots: { limit: 0, in_use: 0, reserved: 0 },
  volumes_gold: { limit: 4, in_use: 1, reserved: 1 },
  gigabytes_gold: { limit: -1, in_use: 20, reserved: 0 },
  snapshots_gold: { limit: -1, in_use: 0, reserved: 0 },
  volumes_idle: { limit: -1, in_use: 0, reserved: 0 },
  gigabytes_idle: { limit: -1, in_use: 0, reserved: 0 },
  snapshots_idle: { limit: -1, in_use: 0, reserved: 0 },
});
const overview = quotaOverview(usage);

// jsdom renders antd slowly on a busy machine: generous timeouts, not flaky ones.
describe('QuotaGauge', { timeout: 60_000 }, () => {
  it('names the dial with used of limit and says what is left', () => {
    renderWithProviders(<QuotaGauge resource="Volumes" gauge={overview.volumes} />);
    expect(screen.getByRole('progressbar', { name: 'Volumes: 9 of 10 used (90 %)' })).toHaveAttribute('aria-valuenow', '90');
    expect(screen.getByText('1 left')).toBeInTheDocument();
  });

  it('shows -1 as unlimited, with the figure alone', () => {
    renderWithProviders(<QuotaGauge resource="Gigabytes" gauge={overview.gigabytes} unit="gib" />);
    expect(screen.getByRole('progressbar', { name: 'Gigabytes: 1,234 GiB used, unlimited' })).toBeInTheDocument();
    expect(screen.getAllByText('Unlimited').length).toBeGreaterThan(0);
    expect(screen.queryByText(/left$/)).not.toBeInTheDocument();
  });

  it('a zero limit reads as reached', () => {
    renderWithProviders(<QuotaGauge resource="Snapshots" gauge={overview.snapshots} />);
    expect(screen.getByText('Quota reached')).toBeInTheDocument();
  });

  it('in Chinese', () => {
    renderWithProviders(<QuotaGauge resource="云硬盘" gauge={toGauge({ limit: 50, in_use: 5, reserved: 2, remaining: 43 })} />, 'zh-CN');
    expect(screen.getByRole('progressbar', { name: '云硬盘：已用 7，配额 50（14 %）' })).toBeInTheDocument();
    expect(screen.getByText(/已使用 5 · 预留 2/)).toBeInTheDocument();
  });
});

describe('PerTypeTable', { timeout: 60_000 }, () => {
  it('one row per type: bars for limited quotas, reserved shown, unlimited as text; the filter hides idle types', () => {
    renderWithProviders(<PerTypeTable rows={overview.types} />);
    const gold = screen.getByRole('row', { name: /^gold / });
    expect(within(gold).getByRole('progressbar', { name: 'gold Volumes: 2 of 4' })).toBeInTheDocument();
    expect(within(gold).getByText('2 / 4 (+1 reserved)')).toBeInTheDocument();
    expect(within(gold).getByText('20 / unlimited')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^idle / })).toBeInTheDocument();

    fireEvent.click(screen.getByLabelText('Only types with a limit or usage'));
    expect(screen.queryByRole('row', { name: /^idle / })).not.toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^gold / })).toBeInTheDocument();
  });

  it('says when a project has no per-type quotas', () => {
    renderWithProviders(<PerTypeTable rows={[]} />);
    expect(screen.getByText('This project has no per-type quotas.')).toBeInTheDocument();
  });
});
