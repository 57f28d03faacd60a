import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UpdatedAgo } from '../../../components/list/updated-ago';
import { PageHeader } from '../../../components/page-header';
import { PageError, PageLoading } from '../../../components/page-states';
import { useIsAdmin } from '../../../lib/use-session';
import { VolumeDetailActions } from '../action-slots';
import { volumeLabel } from '../../../domain/volumes';
import { volumeDetailOptions } from '../../../queries/volumes';
import { VolumeStatusBadge } from '../volume-status';
import { AttachmentsTab } from './attachments-tab';
import { MessagesTab } from './messages-tab';
import { MetadataTab } from './metadata-tab';
import { OverviewTab } from './overview-tab';
import { QosTab } from './qos-tab';
import { SnapshotsTab } from './snapshots-tab';

export const detailTabs = ['overview', 'attachments', 'snapshots', 'metadata', 'messages', 'qos'] as const;
export type DetailTab = (typeof detailTabs)[number];

export function parseTab(value: string | null | undefined, isAdmin: boolean): DetailTab {
  const tab = detailTabs.find((candidate) => candidate === value);
  if (!tab || (tab === 'qos' && !isAdmin)) return 'overview';
  return tab;
}

export function VolumeDetailPage() {
  const { t } = useTranslation(['volumes', 'app']);
  const { id = '', tab: tabParam } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const isAdmin = useIsAdmin();
  const tab = parseTab(tabParam ?? search.get('tab'), isAdmin);

  // Polled only while the volume is changing (same status table as the list).
  const query = useQuery(volumeDetailOptions(id));

  const crumbs = [{ label: t('list.title'), to: '/volumes' }];
  if (query.isPending) return <PageLoading />;
  if (query.isError && !query.data) {
    if (isApiError(query.error) && query.error.isNotFound) {
      return (
        <>
          <PageHeader title={id} breadcrumbs={[...crumbs, { label: id }]} />
          <Result
            status="404"
            title={t('detail.notFoundTitle')}
            subTitle={t('detail.notFoundText', { id })}
            extra={
              <Link to="/volumes">
                <Button type="primary">{t('detail.backToList')}</Button>
              </Link>
            }
          />
        </>
      );
    }
    return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const volume = query.data!;
  const goneWhileShown = query.isError && isApiError(query.error) && query.error.isNotFound;

  const items = [
    { key: 'overview', label: t('detail.tabs.overview'), children: <OverviewTab volume={volume} /> },
    { key: 'attachments', label: t('detail.tabs.attachments', { count: volume.attachments?.length ?? 0 }), children: <AttachmentsTab volume={volume} /> },
    { key: 'snapshots', label: t('detail.tabs.snapshots'), children: <SnapshotsTab volume={volume} /> },
    { key: 'metadata', label: t('detail.tabs.metadata'), children: <MetadataTab volume={volume} /> },
    { key: 'messages', label: t('detail.tabs.messages'), children: <MessagesTab volume={volume} /> },
    ...(isAdmin ? [{ key: 'qos', label: t('detail.tabs.qos'), children: <QosTab volume={volume} /> }] : []),
  ];

  return (
    <>
      <PageHeader
        title={
          <span>
            {volumeLabel(volume)} {goneWhileShown ? null : <VolumeStatusBadge status={volume.status} />}
          </span>
        }
        breadcrumbs={[...crumbs, { label: volumeLabel(volume) }]}
        extra={
          // Gone: nothing left to refresh or act on (#20 item 5c).
          goneWhileShown ? null : (
            <>
              <UpdatedAgo at={query.dataUpdatedAt} />
              <Button icon={<ReloadOutlined spin={query.isFetching} />} onClick={() => void query.refetch()}>
                {t('app:actions.refresh')}
              </Button>
              <VolumeDetailActions volume={volume} />
            </>
          )
        }
      />
      {goneWhileShown ? (
        <Result
          status="success"
          title={t('detail.deletedTitle')}
          subTitle={t('detail.deletedText')}
          extra={
            <Link to="/volumes">
              <Button type="primary">{t('detail.backToList')}</Button>
            </Link>
          }
        />
      ) : query.error ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={query.error} title={t('detail.refreshFailed')} />
        </div>
      ) : null}
      {goneWhileShown ? null : (
        <Tabs
          activeKey={tab}
          items={items}
          destroyOnHidden
          onChange={(key) => navigate(key === 'overview' ? `/volumes/${id}` : `/volumes/${id}/${key}`)}
        />
      )}
    </>
  );
}
