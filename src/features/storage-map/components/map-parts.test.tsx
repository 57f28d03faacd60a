import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Pool, VolumeType } from '../../../api/models';
import { buildStorageMap } from '../../../domain/storage';
import { renderWithProviders } from '../../../test/render';
import { BackendColumn } from './backend-column';
import { TypeLane } from './type-lane';

const pools: Pool[] = [
  { name: 'cinder@lvm-ssd#ssd', capabilities: { volume_backend_name: 'ssd', total_capacity_gb: 500, free_capacity_gb: 125, allocated_capacity_gb: 900, thin_provisioning_support: true, max_over_subscription_ratio: '2.0', storage_protocol: 'iSCSI' } },
];
const types: VolumeType[] = [
  { id: 't-ssd', name: 'ssd', description: null, is_public: true, extra_specs: { volume_backend_name: 'ssd' }, qos_specs_id: 'q-gold' },
  { id: 't-priv', name: 'secret', description: null, is_public: false, extra_specs: { volume_backend_name: 'ssd' } },
  { id: 't-any', name: 'shared', description: null, is_public: true, extra_specs: { multiattach: '<is> True' } },
];
const map = buildStorageMap(pools, types, [{ id: 'q-gold', name: 'gold-iops', consumer: 'front-end', specs: {} }]);

// jsdom renders antd slowly on a busy machine: generous timeouts, not flaky ones.
describe('BackendColumn', { timeout: 60_000 }, () => {
  it('is a named region with the pool figures, and links to each type and its QoS spec', () => {
    renderWithProviders(<BackendColumn backend={map.backends[0]!} />);
    const region = screen.getByRole('region', { name: 'Backend ssd' });
    expect(within(region).getByRole('group', { name: 'Pool cinder@lvm-ssd#ssd: 375 GiB used, 125 GiB free of 500 GiB; 900 GiB allocated by Cinder' })).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'Volume type ssd' })).toHaveAttribute('href', '/volume-types/t-ssd');
    expect(within(region).getByRole('link', { name: 'QoS spec gold-iops' })).toHaveAttribute('href', '/qos-specs/q-gold');
    expect(within(region).getByRole('link', { name: 'Volume type secret' })).toBeInTheDocument();
    expect(within(region).getByLabelText('Private')).toBeInTheDocument();
    // 900 allocated on 500 total: thin over-subscription is called out.
    expect(within(region).getByText('over-subscribed, max ratio 2')).toBeInTheDocument();
    expect(within(region).getByText('iSCSI')).toBeInTheDocument();
  });

  it('says so when no type targets the backend', () => {
    renderWithProviders(<BackendColumn backend={{ ...map.backends[0]!, types: [] }} />);
    expect(screen.getByText(/No volume type targets this backend/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('in Chinese', () => {
    renderWithProviders(<BackendColumn backend={map.backends[0]!} />, 'zh-CN');
    const region = screen.getByRole('region', { name: '后端存储 ssd' });
    expect(within(region).getByRole('link', { name: '云硬盘类型 ssd' })).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'QoS规则 gold-iops' })).toBeInTheDocument();
  });
});

describe('TypeLane', { timeout: 60_000 }, () => {
  it('lists the untargeted types as links, multi-attach marked', () => {
    renderWithProviders(<TypeLane tone="any" title="Any backend" text="anywhere" types={map.anyBackend} emptyText="none" />);
    const lane = screen.getByRole('region', { name: 'Any backend' });
    expect(within(lane).getByRole('link', { name: 'Volume type shared' })).toHaveAttribute('href', '/volume-types/t-any');
    expect(within(lane).getByLabelText('Multi-attach')).toBeInTheDocument();
  });

  it('shows its empty text without types', () => {
    renderWithProviders(<TypeLane tone="any" title="Any backend" text="anywhere" types={[]} emptyText="Every volume type targets a backend." />);
    expect(screen.getByText('Every volume type targets a backend.')).toBeInTheDocument();
  });

  it('names a QoS spec that no longer exists by its id', () => {
    const orphan = buildStorageMap([], [{ ...types[0]!, qos_specs_id: 'q-gone' }], []).missingBackends[0]!;
    renderWithProviders(<TypeLane tone="missing" title="Backend ssd (not reported)" text="x" types={orphan.types} />);
    expect(screen.getByRole('link', { name: 'QoS spec q-gone (not found)' })).toHaveAttribute('href', '/qos-specs/q-gone');
  });
});
