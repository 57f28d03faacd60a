import { useQuery } from '@tanstack/react-query';
import { Descriptions, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Backup } from '../../../api/backup-models';
import { useIsAdmin } from '../../../lib/use-session';
import { backupVolumeOptions } from '../../../queries/backups';
import { BackupStatusBadge } from '../components/backup-status-badge';

const time = (iso: string | null | undefined) => (iso ? dayjs(`${iso.replace(/Z$/, '')}Z`).format('YYYY-MM-DD HH:mm:ss') : '—');

/** Every field Cinder returns for the backup, version-gated ones when present. */
export function BackupOverview({ backup: b }: { backup: Backup }) {
  const { t } = useTranslation(['backups', 'app']);
  const isAdmin = useIsAdmin();
  const volume = useQuery(backupVolumeOptions(b.volume_id));
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const metadata = Object.entries(b.metadata ?? {});
  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'name', label: t('fields.name'), children: b.name || <Typography.Text type="secondary">{t('list.unnamed')}</Typography.Text> },
        { key: 'id', label: t('fields.id'), children: <Typography.Text copyable>{b.id}</Typography.Text> },
        { key: 'status', label: t('fields.status'), children: <BackupStatusBadge status={b.status} failReason={b.fail_reason} /> },
        { key: 'size', label: t('fields.size'), children: t('app:common.sizeGiB', { size: b.size }) },
        { key: 'kind', label: t('fields.incremental'), children: b.is_incremental ? <Tooltip title={t('detail.chainParent')}>{t('kind.incremental')}</Tooltip> : t('kind.full') },
        { key: 'dependents', label: t('fields.dependents'), children: yesNo(b.has_dependent_backups) },
        {
          key: 'volume',
          label: t('fields.volume'),
          children: volume.isError ? (
            <Tooltip title={t('detail.volumeMissing')}>
              <Typography.Text type="secondary">{t('list.missingVolume', { id: b.volume_id })}</Typography.Text>
            </Tooltip>
          ) : (
            <Link to={`/volumes/${b.volume_id}`}>{volume.data?.name || b.volume_id}</Link>
          ),
        },
        { key: 'snapshot', label: t('fields.snapshot'), children: b.snapshot_id ? <Link to={`/snapshots/${b.snapshot_id}`}>{b.snapshot_id}</Link> : '—' },
        { key: 'objects', label: t('fields.objectCount'), children: b.object_count ?? '—' },
        { key: 'container', label: t('fields.container'), children: b.container ? <Typography.Text code>{b.container}</Typography.Text> : '—' },
        { key: 'zone', label: t('fields.zone'), children: b.availability_zone ?? '—' },
        { key: 'data', label: t('fields.dataTimestamp'), children: time(b.data_timestamp) },
        { key: 'created', label: t('fields.created'), children: time(b.created_at) },
        { key: 'updated', label: t('fields.updated'), children: time(b.updated_at) },
        ...(isAdmin && b['os-backup-project-attr:project_id'] ? [{ key: 'project', label: t('fields.project'), children: b['os-backup-project-attr:project_id'] }] : []),
        ...(b.user_id ? [{ key: 'user', label: t('fields.user'), children: b.user_id }] : []),
        ...(b.encryption_key_id ? [{ key: 'key', label: t('fields.encryptionKey'), children: b.encryption_key_id }] : []),
        { key: 'failReason', label: t('fields.failReason'), span: 'filled' as const, children: b.fail_reason ? <Typography.Text type="danger">{b.fail_reason}</Typography.Text> : '—' },
        { key: 'description', label: t('fields.description'), span: 'filled' as const, children: b.description || '—' },
        ...(b.metadata
          ? [
              {
                key: 'metadata',
                label: t('fields.metadata'),
                span: 'filled' as const,
                children: metadata.length ? metadata.map(([key, value]) => <Tag key={key}>{`${key}=${value}`}</Tag>) : t('detail.metadataEmpty'),
              },
            ]
          : []),
      ]}
    />
  );
}
