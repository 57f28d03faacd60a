import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../api/models';
import { startCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';
import { OverviewTab } from './overview-tab';

const volume = {
  id: '5f0c6a52-1f7e-4bd4-9a33-0c2b9f3c1d10',
  name: 'db-data',
  description: null,
  status: 'available',
  size: 10,
  availability_zone: 'nova',
  created_at: '2026-12-01T08:00:00Z',
  updated_at: '2026-12-01T08:00:00Z',
  volume_type: 'standard',
  bootable: 'false',
  encrypted: false,
  multiattach: false,
  attachments: [],
  metadata: {},
  user_id: 'u-1',
  replication_status: 'disabled',
  migration_status: 'migrating',
  'os-vol-mig-status-attr:migstat': 'migrating',
  'os-vol-mig-status-attr:name_id': null,
  'os-vol-host-attr:host': 'cinder@lvm#pool',
  'os-vol-tenant-attr:tenant_id': 'p-1',
} as unknown as Volume;

describe('OverviewTab in zh-CN', { timeout: 60_000 }, () => {
  it('names replication and migration status in words with the code beside them, in one migration row', async () => {
    await startCloud().signIn('admin');
    renderWithProviders(<OverviewTab volume={volume} />, 'zh-CN');
    expect(screen.getByText('未启用（disabled）')).toBeInTheDocument();
    // migstat is migration_status under another name: one row, not "迁移状态" beside "迁移状态（内部）".
    expect(screen.getAllByText(/^迁移状态/)).toHaveLength(1);
    expect(screen.getByText('迁移中（migrating）')).toBeInTheDocument();
  });
});
