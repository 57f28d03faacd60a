import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume, VolumeAttachment } from '../../../api/models';
import { hasCompute } from '../../../api/servers';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { AttachmentActions } from '../action-slots';
import { RelativeTime } from '../../../components/relative-time';
import { ServerNamesProvider, useServer } from '../server-names';

/** The server by name with its id and Nova status beside it (the console has no server page to link to). */
function ServerCell({ attachment, compute }: { attachment: VolumeAttachment; compute: boolean }) {
  const { t } = useTranslation('volumes');
  const server = useServer(attachment.server_id);
  return (
    <div>
      {server?.name ? <Typography.Text strong>{server.name}</Typography.Text> : null}
      {server === null && compute ? <Typography.Text type="warning">{t('attachments.unknownServer')}</Typography.Text> : null}
      <div>
        <Typography.Text code copyable style={{ fontSize: 12 }}>
          {attachment.server_id}
        </Typography.Text>
      </div>
    </div>
  );
}

function ServerStatus({ serverId }: { serverId: string }) {
  return <>{useServer(serverId)?.status ?? '—'}</>;
}

export function AttachmentsTab({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volumes');
  const isAdmin = useIsAdmin();
  const compute = hasCompute(useRequiredSession());
  const columns = [
    { key: 'server', title: t('attachments.server'), render: (_: unknown, a: VolumeAttachment) => <ServerCell attachment={a} compute={compute} /> },
    ...(compute ? [{ key: 'serverStatus', title: t('attachments.serverStatus'), render: (_: unknown, a: VolumeAttachment) => <ServerStatus serverId={a.server_id} /> }] : []),
    { key: 'device', title: t('attachments.device'), dataIndex: 'device' },
    ...(isAdmin ? [{ key: 'host', title: t('attachments.host'), render: (_: unknown, a: VolumeAttachment) => a.host_name ?? '—' }] : []),
    {
      key: 'attached',
      title: t('attachments.attachedAt'),
      render: (_: unknown, a: VolumeAttachment) => <RelativeTime iso={a.attached_at} />,
    },
    { key: 'id', title: t('attachments.id'), render: (_: unknown, a: VolumeAttachment) => <Typography.Text code>{a.attachment_id || a.id}</Typography.Text> },
    ...(compute || isAdmin
      ? [{ key: 'actions', title: t('attachments.actions'), render: (_: unknown, a: VolumeAttachment) => <AttachmentActions volume={volume} attachment={a} /> }]
      : []),
  ];
  return (
    <ServerNamesProvider volumes={[volume]}>
      <Table<VolumeAttachment>
        aria-label={t('detail.tabs.attachments', { count: volume.attachments?.length ?? 0 })}
        rowKey={(a) => a.attachment_id || a.id}
        columns={columns}
        dataSource={volume.attachments ?? []}
        pagination={false}
        size="small"
        locale={{ emptyText: t('attachments.none') }}
      />
    </ServerNamesProvider>
  );
}
