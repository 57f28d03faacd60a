import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Snapshot, Volume } from '../../../api/models';
import { isTransitional as isSnapshotTransitional } from '../../../domain/snapshots';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useIsAdmin } from '../../../lib/use-session';
import { CreateSnapshotButton } from '../action-slots';
import { RelativeTime } from '../../../components/relative-time';
import { volumeSnapshotsTabOptions } from '../../../queries/volumes';

// The raw status in a plain colour (the snapshots page owns the labels and their finer colours).
const snapshotColor = (status: string) =>
  status === 'available' ? 'success' : status.startsWith('error') ? 'error' : isSnapshotTransitional(status) ? 'processing' : 'default';

/** The volume's snapshots (GET /snapshots/detail?volume_id=), polled while one of them is changing. */
export function SnapshotsTab({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volumes', 'app']);
  const isAdmin = useIsAdmin();
  // An admin may be looking at another project's volume: its snapshots need all_tenants.
  const query = useQuery(volumeSnapshotsTabOptions(volume.id, isAdmin));
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <CreateSnapshotButton volume={volume} />
      </Flex>
      {query.isError ? (
        <ApiErrorAlert error={query.error} title={t('snapshots.failed')} />
      ) : (
        <Table<Snapshot>
          aria-label={t('detail.tabs.snapshots')}
          loading={query.isPending}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={query.data?.snapshots ?? []}
          locale={{ emptyText: t('snapshots.none') }}
          columns={[
            {
              key: 'name',
              title: t('fields.name'),
              render: (_, s) => <Link to={`/snapshots/${s.id}`}>{s.name?.trim() ? s.name : <Typography.Text code>{s.id}</Typography.Text>}</Link>,
            },
            { key: 'status', title: t('fields.status'), render: (_, s) => <Tag color={snapshotColor(s.status)}>{s.status}</Tag> },
            { key: 'size', title: t('fields.size'), render: (_, s) => t('app:common.sizeGiB', { size: s.size }) },
            { key: 'created', title: t('fields.created'), render: (_, s) => <RelativeTime iso={s.created_at} /> },
            { key: 'description', title: t('fields.description'), render: (_, s) => s.description || '—' },
          ]}
        />
      )}
    </>
  );
}
