import { DownOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { MenuButton } from '../../../components/menu-button';
import { ReasonButton } from '../../../components/reason-button';
import { PageHeader } from '../../../components/page-header';
import { PageError, PageLoading } from '../../../components/page-states';
import { backupLabel } from '../../../domain/backups';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { backupDetailOptions } from '../../../queries/backups';
import type { BackupDialog } from '../actions/backup-dialog';
import { BackupDialogs } from '../actions/backup-dialogs';
import { useBackupReasons } from '../actions/reasons';
import { BackupStatusBadge } from '../components/backup-status-badge';
import { BackupMessagesTab } from './messages-tab';
import { BackupOverview } from './overview';
import { StatusHistoryTab } from './status-history-tab';

const TABS = ['overview', 'messages', 'history'] as const;
type Tab = (typeof TABS)[number];

/** /backups/:id — every field Cinder returns, its user messages, and what this tab saw it go through. */
export function BackupDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['backups', 'app']);
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const reasons = useBackupReasons(session.volumeApiVersion);
  const [dialog, setDialog] = useState<BackupDialog | null>(null);
  const query = useQuery(backupDetailOptions(id));
  const tab: Tab = TABS.find((candidate) => candidate === search.get('tab')) ?? 'overview';

  if (query.isPending) return <PageLoading />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const backup = query.data;
  const name = backupLabel(backup);
  const button = (key: BackupDialog, label: string, reason: string | null, danger = false) => (
    <ReasonButton key={key} danger={danger} reason={reason} onClick={() => setDialog(key)}>
      {label}
    </ReasonButton>
  );
  const adminItems = [
    { key: 'reset', label: t('actions.resetStatus') },
    { key: 'forceDelete', label: t('actions.forceDelete'), danger: true },
  ];

  return (
    <>
      <PageHeader
        title={name}
        breadcrumbs={[{ label: t('detail.back'), to: '/backups' }, { label: name }]}
        subtitle={<BackupStatusBadge status={backup.status} failReason={backup.fail_reason} />}
        extra={
          <>
            {button('restore', t('actions.restore'), reasons.restore(backup))}
            {button('createVolume', t('actions.createVolume'), reasons.createVolume(backup))}
            {button('edit', t('actions.edit'), null)}
            {button('delete', t('actions.delete'), reasons.delete(backup), true)}
            {isAdmin ? (
              <MenuButton menu={{ items: adminItems, onClick: ({ key }) => setDialog(key as BackupDialog) }}>
                {t('app:header.admin')} <DownOutlined />
              </MenuButton>
            ) : null}
          </>
        }
      />
      {backup.fail_reason ? <Alert type="error" showIcon title={t('detail.failedTitle')} description={backup.fail_reason} style={{ marginBottom: 16 }} /> : null}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch(key === 'overview' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'overview', label: t('detail.overview'), children: <BackupOverview backup={backup} /> },
            { key: 'messages', label: t('detail.messages'), children: <BackupMessagesTab backupId={backup.id} /> },
            { key: 'history', label: t('detail.history'), children: <StatusHistoryTab backupId={backup.id} /> },
          ]}
        />
      </Card>
      <BackupDialogs backup={backup} dialog={dialog} onClose={() => setDialog(null)} onDeleted={() => navigate('/backups')} />
    </>
  );
}
