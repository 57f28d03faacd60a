import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume, VolumeAttachment } from '../../../api/models';
import { useIsAdmin } from '../../../lib/use-session';
import { RelativeTime } from '../../../components/relative-time';

export function AttachmentsTab({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volumes');
  const isAdmin = useIsAdmin();
  const columns = [
    { key: 'server', title: t('attachments.server'), render: (_: unknown, a: VolumeAttachment) => <Typography.Text code copyable>{a.server_id}</Typography.Text> },
    { key: 'device', title: t('attachments.device'), dataIndex: 'device' },
    ...(isAdmin ? [{ key: 'host', title: t('attachments.host'), render: (_: unknown, a: VolumeAttachment) => a.host_name ?? '—' }] : []),
    {
      key: 'attached',
      title: t('attachments.attachedAt'),
      render: (_: unknown, a: VolumeAttachment) => <RelativeTime iso={a.attached_at} />,
    },
    { key: 'id', title: t('attachments.id'), render: (_: unknown, a: VolumeAttachment) => <Typography.Text code>{a.attachment_id || a.id}</Typography.Text> },
  ];
  return (
    <Table<VolumeAttachment>
      aria-label={t('detail.tabs.attachments', { count: volume.attachments?.length ?? 0 })}
      rowKey={(a) => a.attachment_id || a.id}
      columns={columns}
      dataSource={volume.attachments ?? []}
      pagination={false}
      size="small"
      locale={{ emptyText: t('attachments.none') }}
    />
  );
}
