import { Flex } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Backup } from '../../../api/backup-models';
import { CopyButton } from '../../../components/copy-button';
import type { ResourceColumn } from '../../../components/list';
import { Text } from '../../../components/text';
import { backupLabel } from '../../../domain/backups';
import { BackupRowActions } from '../actions/row-actions';
import type { BackupDialog } from '../actions/backup-dialog';
import { BackupStatusBadge } from '../components/backup-status-badge';
import { STATUS_WIDTH } from '../../../components/list/status-badge';

export interface BackupColumnContext {
  sortByName: boolean;
  allProjects: boolean;
  isAdmin: boolean;
  /** The volume's name; its id while names load; null when it is gone. */
  volumeLabel: (volumeId: string) => string | null;
  projectLabel: (projectId: string) => string;
  onAction: (dialog: BackupDialog, backup: Backup) => void;
}

/** The backup table's columns (the CSV export reads the same keys). */
export function useBackupColumns(context: BackupColumnContext): ResourceColumn<Backup>[] {
  const { t } = useTranslation(['backups', 'app']);
  const { sortByName, allProjects, isAdmin, volumeLabel, projectLabel, onAction } = context;
  return [
    {
      key: 'name',
      title: t('fields.name'),
      label: t('fields.name'),
      sortKey: sortByName ? 'name' : undefined,
      hideable: false,
      render: (_, b) => (
        <div>
          <Link to={`/backups/${b.id}`}>{b.name || <em>{t('list.unnamed')}</em>}</Link>
          <Flex align="center" gap={2} style={{ marginTop: 2 }}>
            <Text type="secondary" style={{ fontSize: 12 }}>
              {b.id}
            </Text>
            <CopyButton text={b.id} label={t('list.copyIdOf', { name: backupLabel(b) })} />
          </Flex>
        </div>
      ),
    },
    { key: 'status', title: t('fields.status'), label: t('fields.status'), sortKey: 'status', contentWidth: STATUS_WIDTH, render: (_, b) => <BackupStatusBadge status={b.status} failReason={b.fail_reason} /> },
    { key: 'kind', title: t('fields.kind'), label: t('fields.kind'), render: (_, b) => (b.is_incremental ? t('kind.incremental') : t('kind.full')) },
    { key: 'size', title: t('fields.size'), label: t('fields.size'), sortKey: 'size', render: (_, b) => t('app:common.sizeGiB', { size: b.size }) },
    {
      key: 'volume',
      title: t('fields.volume'),
      label: t('fields.volume'),
      render: (_, b) => {
        const label = volumeLabel(b.volume_id);
        return label === null ? <Text type="secondary">{t('list.missingVolume', { id: b.volume_id })}</Text> : <Link to={`/volumes/${b.volume_id}`}>{label}</Link>;
      },
    },
    { key: 'created', title: t('fields.created'), label: t('fields.created'), sortKey: 'created_at', render: (_, b) => dayjs(b.created_at).format('YYYY-MM-DD HH:mm') },
    { key: 'container', title: t('fields.container'), label: t('fields.container'), defaultHidden: true, render: (_, b) => b.container ?? '' },
    { key: 'description', title: t('fields.description'), label: t('fields.description'), defaultHidden: true, render: (_, b) => b.description || '' },
    ...(allProjects
      ? [{ key: 'project', title: t('fields.project'), label: t('fields.project'), render: (_: unknown, b: Backup) => projectLabel(b['os-backup-project-attr:project_id'] ?? '') }]
      : []),
    {
      key: 'actions',
      title: t('app:common.actions'),
      label: t('app:common.actions'),
      hideable: false,
      width: 96,
      render: (_, b) => <BackupRowActions backup={b} isAdmin={isAdmin} onAction={onAction} />,
    },
  ];
}
