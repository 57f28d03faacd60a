import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Volume } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useIsAdmin } from '../../../lib/use-session';
import { createdVolumesOptions } from '../../../queries/snapshots';

/** Volumes whose snapshot_id is this snapshot. */
export function CreatedVolumesCard({ snapshotId }: { snapshotId: string }) {
  const { t } = useTranslation(['snapshots', 'app']);
  const isAdmin = useIsAdmin();
  const query = useQuery(createdVolumesOptions([snapshotId], isAdmin));
  return (
    <Card title={t('detail.volumes')}>
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {query.data && !query.data.complete ? <Alert type="info" showIcon title={t('detail.volumesIncomplete')} style={{ marginBottom: 12 }} /> : null}
      {!query.isError ? (
        <Table<Volume>
          aria-label={t('detail.volumes')}
          size="small"
          rowKey="id"
          loading={query.isLoading}
          pagination={false}
          dataSource={query.data?.volumes ?? []}
          locale={{ emptyText: t('detail.volumesEmpty') }}
          columns={[
            { title: t('fields.name'), key: 'name', render: (_, v) => <Link to={`/volumes/${v.id}`}>{v.name || v.id}</Link> },
            { title: t('fields.status'), dataIndex: 'status' },
            { title: t('fields.size'), key: 'size', render: (_, v) => t('app:common.sizeGiB', { size: v.size }) },
            { title: t('fields.created'), key: 'created', render: (_, v) => dayjs(v.created_at).format('YYYY-MM-DD HH:mm') },
          ]}
        />
      ) : null}
    </Card>
  );
}
