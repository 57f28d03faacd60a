import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Volume } from '../../../api/models';
import { CopyButton } from '../../../components/copy-button';
import { HoverTip } from '../../../components/hover-tip';
import type { ResourceColumn } from '../../../components/list/resource-table';
import { Text } from '../../../components/text';
import { RelativeTime } from '../relative-time';
import { useServer } from '../server-names';
import { VolumeStatusWithReason } from '../volume-status';

/** The server's name from the page's batched lookup (server-names.tsx); its short id while unknown. */
function ServerCell({ serverId }: { serverId: string }) {
  const name = useServer(serverId)?.name?.trim();
  return <HoverTip title={serverId}>{name ? <Text>{name}</Text> : <Text code>{serverId.slice(0, 8)}</Text>}</HoverTip>;
}

function Attachments({ volume, isAdmin }: { volume: Volume; isAdmin: boolean }) {
  const { t } = useTranslation(['volumes', 'app']);
  if (!volume.attachments?.length) return <Text type="secondary">—</Text>;
  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      {volume.attachments.map((attachment) => (
        <span key={attachment.attachment_id || attachment.id}>
          <ServerCell serverId={attachment.server_id} />{' '}
          {t('list.onDevice', { device: attachment.device || '?' })}
          {isAdmin && attachment.host_name ? <Text type="secondary"> ({attachment.host_name})</Text> : null}
        </span>
      ))}
    </div>
  );
}

export function useVolumeColumns(options: { isAdmin: boolean; rowActions?: (volume: Volume) => ReactNode }): ResourceColumn<Volume>[] {
  const { t } = useTranslation(['volumes', 'app']);
  const yesNo = (value: boolean) => (value ? t('app:common.yes') : t('app:common.no'));
  const { isAdmin, rowActions } = options;
  return useMemo(() => {
    const columns: ResourceColumn<Volume>[] = [
      {
        key: 'name',
        label: t('fields.name'),
        title: t('fields.name'),
        sortKey: 'name',
        hideable: false,
        fixed: 'left',
        render: (_, volume) => (
          <div style={{ maxWidth: 280 }}>
            <Link to={`/volumes/${volume.id}`}>{volume.name?.trim() ? volume.name : <Text code>{volume.id}</Text>}</Link>
            {volume.name?.trim() ? (
              // 2 px apart from the name above: both are touch targets (WCAG 2.2 target spacing).
              <div style={{ display: 'flex', alignItems: 'center', gap: 2, marginTop: 2 }}>
                <Text type="secondary" style={{ fontSize: 12 }} title={volume.id}>
                  {volume.id.slice(0, 8)}
                </Text>
                <CopyButton text={volume.id} label={t('list.copyIdOf', { name: volume.name })} />
              </div>
            ) : null}
          </div>
        ),
      },
      {
        key: 'status',
        label: t('fields.status'),
        title: t('fields.status'),
        sortKey: 'status',
        hideable: false,
        render: (_, volume) => <VolumeStatusWithReason volumeId={volume.id} status={volume.status} />,
      },
      {
        key: 'size',
        label: t('fields.size'),
        title: t('fields.size'),
        sortKey: 'size',
        align: 'right',
        render: (_, volume) => t('app:common.sizeGiB', { size: volume.size }),
      },
      { key: 'type', label: t('fields.type'), title: t('fields.type'), render: (_, volume) => volume.volume_type ?? '—' },
      { key: 'bootable', label: t('fields.bootable'), title: t('fields.bootable'), render: (_, volume) => yesNo(volume.bootable === 'true') },
      {
        key: 'multiattach',
        label: t('fields.multiattach'),
        title: t('fields.multiattach'),
        defaultHidden: true,
        render: (_, volume) => yesNo(!!volume.multiattach),
      },
      {
        key: 'attachments',
        label: t('fields.attachedTo'),
        title: t('fields.attachedTo'),
        render: (_, volume) => <Attachments volume={volume} isAdmin={isAdmin} />,
      },
      { key: 'az', label: t('fields.availabilityZone'), title: t('fields.availabilityZone'), render: (_, volume) => volume.availability_zone || '—' },
    ];
    if (isAdmin) {
      columns.push(
        {
          key: 'project',
          label: t('fields.project'),
          title: t('fields.project'),
          render: (_, volume) => {
            const project = volume['os-vol-tenant-attr:tenant_id'];
            return project ? (
              <HoverTip title={project}>
                <Text code>{project.slice(0, 8)}</Text>
              </HoverTip>
            ) : (
              '—'
            );
          },
        },
        { key: 'host', label: t('fields.host'), title: t('fields.host'), render: (_, volume) => volume['os-vol-host-attr:host'] ?? '—' },
      );
    }
    columns.push({
      key: 'created',
      label: t('fields.created'),
      title: t('fields.created'),
      sortKey: 'created_at',
      render: (_, volume) => <RelativeTime iso={volume.created_at} />,
    });
    if (rowActions) {
      columns.push({
        key: 'actions',
        label: t('app:common.actions'),
        title: t('app:common.actions'),
        hideable: false,
        fixed: 'right',
        render: (_, volume) => rowActions(volume),
      });
    }
    return columns;
    // t changes with the language; yesNo is derived from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, isAdmin, rowActions]);
}
