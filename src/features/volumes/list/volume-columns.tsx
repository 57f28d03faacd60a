import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { HoverTip } from '../../../components/hover-tip';
import { IdName } from '../../../components/list/id-name';
import { NameCell } from '../../../components/list/name-cell';
import type { ResourceColumn } from '../../../components/list/resource-table';
import { useProjectNames } from '../../../queries/projects';
import { Text } from '../../../components/text';
import { RELATIVE_TIME_WIDTH, RelativeTime } from '../../../components/relative-time';
import { useServer } from '../server-names';
import { VolumeStatusWithReason } from '../volume-status';
import { STATUS_WIDTH } from '../../../components/list/status-badge';

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

export function useVolumeColumns(options: {
  isAdmin: boolean;
  allProjects?: boolean;
  rowActions?: (volume: Volume) => ReactNode;
}): ResourceColumn<Volume>[] {
  const { t } = useTranslation(['volumes', 'app']);
  const yesNo = (value: boolean) => (value ? t('app:common.yes') : t('app:common.no'));
  const { isAdmin, rowActions } = options;
  const allProjects = isAdmin && !!options.allProjects;
  const projectName = useProjectNames(allProjects);
  return useMemo(() => {
    const status = (volume: Volume) => <VolumeStatusWithReason volumeId={volume.id} status={volume.status} />;
    const column: Record<string, ResourceColumn<Volume>> = {
      name: {
        key: 'name',
        label: t('fields.name'),
        title: t('fields.name'),
        sortKey: 'name',
        hideable: false,
        fixed: 'left',
        render: (_, volume) => <NameCell to={`/volumes/${volume.id}`} name={volume.name} id={volume.id} status={status(volume)} />,
      },
      status: {
        key: 'status',
        label: t('fields.status'),
        title: t('fields.status'),
        sortKey: 'status',
        hideable: false,
        hideOnPhone: true,
        contentWidth: STATUS_WIDTH,
        render: (_, volume) => status(volume),
      },
      size: {
        key: 'size',
        label: t('fields.size'),
        title: t('fields.size'),
        sortKey: 'size',
        align: 'right',
        render: (_, volume) => t('app:common.sizeGiB', { size: volume.size }),
      },
      type: { key: 'type', label: t('fields.type'), title: t('fields.type'), render: (_, volume) => volume.volume_type ?? '—' },
      // Folded by default across projects, where the project and host need the room.
      bootable: {
        key: 'bootable',
        label: t('fields.bootable'),
        title: t('fields.bootable'),
        defaultHidden: allProjects,
        render: (_, volume) => yesNo(volume.bootable === 'true'),
      },
      multiattach: { key: 'multiattach', label: t('fields.multiattach'), title: t('fields.multiattach'), defaultHidden: true, render: (_, volume) => yesNo(!!volume.multiattach) },
      attachments: {
        key: 'attachments',
        label: t('fields.attachedTo'),
        title: t('fields.attachedTo'),
        render: (_, volume) => <Attachments volume={volume} isAdmin={isAdmin} />,
      },
      az: {
        key: 'az',
        label: t('fields.availabilityZone'),
        title: t('fields.availabilityZone'),
        defaultHidden: allProjects,
        render: (_, volume) => volume.availability_zone || '—',
      },
      project: {
        key: 'project',
        label: t('fields.project'),
        title: t('fields.project'),
        render: (_, volume) => <IdName id={volume['os-vol-tenant-attr:tenant_id']} name={projectName(volume['os-vol-tenant-attr:tenant_id'])} />,
      },
      host: { key: 'host', label: t('fields.host'), title: t('fields.host'), render: (_, volume) => volume['os-vol-host-attr:host'] ?? '—' },
      created: {
        key: 'created',
        label: t('fields.created'),
        title: t('fields.created'),
        sortKey: 'created_at',
        contentWidth: RELATIVE_TIME_WIDTH,
        render: (_, volume) => <RelativeTime iso={volume.created_at} />,
      },
    };
    // Across projects an admin first needs whose volume it is and where it lives (#20 item 3).
    const order = allProjects
      ? ['name', 'status', 'size', 'project', 'host', 'type', 'attachments', 'created', 'bootable', 'multiattach', 'az']
      : ['name', 'status', 'size', 'type', 'bootable', 'multiattach', 'attachments', 'az', ...(isAdmin ? ['host'] : []), 'created'];
    const columns = order.map((key) => column[key]!);
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
  }, [t, isAdmin, allProjects, projectName, rowActions]);
}
