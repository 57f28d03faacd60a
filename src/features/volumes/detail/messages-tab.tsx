import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { supports } from '../../../api/microversion';
import type { UserMessage, Volume } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useRequiredSession } from '../../../lib/use-session';
import { RelativeTime } from '../../../components/relative-time';
import { volumeMessagesOptions } from '../../../queries/volumes';

/** Failure history of the volume from Cinder's user messages (3.3+). */
export function MessagesTab({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volumes');
  const session = useRequiredSession();
  const available = supports(session, 'messages');
  const query = useQuery({ ...volumeMessagesOptions(volume.id), staleTime: 10_000, enabled: available });
  if (!available) return <Alert type="info" showIcon title={t('messages.unsupported')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} title={t('messages.failed')} />;
  return (
    <Table<UserMessage>
      aria-label={t('detail.tabs.messages')}
      loading={query.isPending}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={query.data ?? []}
      locale={{ emptyText: t('messages.none') }}
      columns={[
        {
          key: 'when',
          title: t('messages.when'),
          render: (_, m) => <RelativeTime iso={m.created_at} />,
        },
        { key: 'level', title: t('messages.level'), render: (_, m) => <Tag color={m.message_level === 'ERROR' ? 'error' : 'default'}>{m.message_level}</Tag> },
        { key: 'message', title: t('messages.message'), render: (_, m) => m.user_message },
        { key: 'event', title: t('messages.event'), render: (_, m) => <Typography.Text code>{m.event_id}</Typography.Text> },
        { key: 'request', title: t('messages.requestId'), render: (_, m) => <Typography.Text code copyable>{m.request_id}</Typography.Text> },
      ]}
    />
  );
}
