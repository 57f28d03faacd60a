import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { UserMessage } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { backupMessagesOptions } from '../../../queries/backups';

/** Cinder's user messages about the backup (why a create or restore failed). */
export function BackupMessagesTab({ backupId }: { backupId: string }) {
  const { t } = useTranslation('backups');
  const query = useQuery(backupMessagesOptions(backupId));
  if (query.isError) return <ApiErrorAlert error={query.error} title={t('detail.messagesError')} />;
  return (
    <Table<UserMessage>
      aria-label={t('detail.messages')}
      loading={query.isPending}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={query.data ?? []}
      locale={{ emptyText: t('detail.messagesEmpty') }}
      columns={[
        { key: 'when', title: t('fields.created'), render: (_, m) => dayjs(`${m.created_at.replace(/Z$/, '')}Z`).format('YYYY-MM-DD HH:mm:ss') },
        { key: 'level', title: t('detail.messageLevel'), render: (_, m) => <Tag color={m.message_level === 'ERROR' ? 'error' : 'default'}>{m.message_level}</Tag> },
        { key: 'message', title: t('detail.messages'), render: (_, m) => m.user_message },
        { key: 'request', title: t('detail.requestId'), render: (_, m) => <Typography.Text code copyable>{m.request_id}</Typography.Text> },
      ]}
    />
  );
}
