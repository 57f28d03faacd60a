import { DownOutlined } from '@ant-design/icons';
import { IdentityName } from '../../../components/identity-name';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Progress, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { supports } from '../../../api/microversion';
import { MenuButton } from '../../../components/menu-button';
import { ReasonButton } from '../../../components/reason-button';
import { PageHeader } from '../../../components/page-header';
import { PageError, PageLoading } from '../../../components/page-states';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { CreatedVolumesCard } from './created-volumes-card';
import { MetadataCard } from './metadata-card';
import { useDeleteBlockReason } from '../actions/reasons';
import { RevertButton } from '../actions/revert-button';
import { SnapshotDialogs, type SnapshotDialog } from '../actions/snapshot-dialogs';
import { SnapshotStatusBadge } from '../components/snapshot-status-badge';
import { latestSnapshotOptions, snapshotDetailOptions, sourceVolumeOptions } from '../../../queries/snapshots';
import { canCreateVolumeFrom, parseProgress } from '../../../domain/snapshots';
import { isTransitional } from '../../../domain/snapshots';


export function SnapshotDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['snapshots', 'app']);
  const navigate = useNavigate();
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const [dialog, setDialog] = useState<SnapshotDialog | null>(null);
  const deleteReason = useDeleteBlockReason();

  const snapshotQuery = useQuery(snapshotDetailOptions(id));
  const snapshot = snapshotQuery.data;
  const volumeQuery = useQuery({
    ...sourceVolumeOptions(snapshot?.volume_id ?? '', !!snapshot && isTransitional(snapshot.status)),
    enabled: !!snapshot,
    retry: false,
  });
  const latestQuery = useQuery({ ...latestSnapshotOptions(snapshot?.volume_id ?? '', isAdmin), enabled: !!snapshot && snapshot.status === 'available' });

  if (snapshotQuery.isPending) return <PageLoading />;
  if (snapshotQuery.isError) return <PageError error={snapshotQuery.error} onRetry={() => void snapshotQuery.refetch()} />;
  const s = snapshotQuery.data;
  const name = s.name || s.id;
  const progress = parseProgress(s['os-extended-snapshot-attributes:progress']);
  const blockedDelete = deleteReason(s);
  const volumeMissing = volumeQuery.isError;
  const volume = volumeQuery.data;
  const close = () => setDialog(null);
  const backToList = () => navigate('/snapshots');

  const adminItems = [
    { key: 'reset', label: t('actions.resetStatus') },
    { key: 'forceDelete', label: t('actions.forceDelete'), danger: true },
  ];

  return (
    <>
      <PageHeader
        title={name}
        breadcrumbs={[{ label: t('detail.back'), to: '/snapshots' }, { label: name }]}
        subtitle={<SnapshotStatusBadge status={s.status} />}
        extra={
          <>
            <Button onClick={() => setDialog('edit')}>{t('actions.edit')}</Button>
            <ReasonButton onClick={() => setDialog('createVolume')} reason={canCreateVolumeFrom(s) ? null : t('createVolume.notAvailable')}>
              {t('actions.createVolume')}
            </ReasonButton>
            <RevertButton
              snapshot={s}
              volume={volumeMissing ? null : volume}
              latestSnapshotId={latestQuery.data?.id ?? null}
              checking={volumeQuery.isLoading || (s.status === 'available' && latestQuery.isLoading)}
              supportsRevert={supports(session, 'revert')}
              version={session.volumeApiVersion}
            />
            <ReasonButton danger onClick={() => setDialog('delete')} reason={blockedDelete}>
              {t('actions.delete')}
            </ReasonButton>
            {isAdmin ? (
              <MenuButton menu={{ items: adminItems, onClick: ({ key }) => setDialog(key as SnapshotDialog) }}>
                {t('app:header.admin')} <DownOutlined />
              </MenuButton>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {s.status === 'creating' ? (
          <Card size="small">
            <Typography.Text id="snapshot-progress-label">{t('detail.progressLabel')}</Typography.Text>
            <Progress percent={progress ?? 0} status="active" aria-labelledby="snapshot-progress-label" />
          </Card>
        ) : null}
        <Card title={t('detail.overview')}>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'name', label: t('fields.name'), children: s.name || <Typography.Text type="secondary">{t('list.unnamed')}</Typography.Text> },
              { key: 'id', label: t('fields.id'), children: <Typography.Text copyable>{s.id}</Typography.Text> },
              { key: 'status', label: t('fields.status'), children: <SnapshotStatusBadge status={s.status} /> },
              { key: 'progress', label: t('fields.progress'), children: s['os-extended-snapshot-attributes:progress'] ?? '—' },
              { key: 'size', label: t('fields.size'), children: t('app:common.sizeGiB', { size: s.size }) },
              {
                key: 'volume',
                label: t('fields.volume'),
                children: volumeMissing ? (
                  <Tooltip title={t('detail.volumeMissing')}>
                    <Typography.Text type="secondary">{t('list.missingVolume', { id: s.volume_id })}</Typography.Text>
                  </Tooltip>
                ) : (
                  <Link to={`/volumes/${s.volume_id}`}>{volume?.name || s.volume_id}</Link>
                ),
              },
              { key: 'created', label: t('fields.created'), children: dayjs(s.created_at).format('YYYY-MM-DD HH:mm:ss') },
              { key: 'updated', label: t('fields.updated'), children: s.updated_at ? dayjs(s.updated_at).format('YYYY-MM-DD HH:mm:ss') : '—' },
              ...(isAdmin
                ? [{ key: 'project', label: t('fields.project'), children: <IdentityName kind="project" id={s['os-extended-snapshot-attributes:project_id']} /> }]
                : []),
              ...(s.user_id ? [{ key: 'user', label: t('fields.user'), children: <IdentityName kind="user" id={s.user_id} /> }] : []),
              ...(s.group_snapshot_id ? [{ key: 'group', label: t('fields.groupSnapshot'), children: s.group_snapshot_id }] : []),
              { key: 'description', label: t('fields.description'), span: 'filled' as const, children: s.description || '—' },
            ]}
          />
        </Card>
        <MetadataCard snapshot={s} canEdit={!isTransitional(s.status)} />
        <CreatedVolumesCard snapshotId={s.id} />
      </Flex>
      <SnapshotDialogs snapshot={s} dialog={dialog} onClose={close} onDeleted={backToList} />
    </>
  );
}
