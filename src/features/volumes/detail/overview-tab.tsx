import { Descriptions, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Volume } from '../../../api/models';
import { useIsAdmin } from '../../../lib/use-session';
import { isReadonly, migrationStatusLabelKeys, replicationStatusLabelKeys } from '../../../domain/volumes';
import { useStatusWithCode } from '../../../components/list/status-badge';
import { exactTime, fromNow } from '../../../lib/time-format';
import { VolumeStatusWithReason } from '../volume-status';
import { IdentityName } from '../../../components/identity-name';

/** Fields shown in their own rows; anything else the API returns appears under "Other fields". */
const knownFields = new Set([
  'id', 'name', 'description', 'status', 'size', 'availability_zone', 'created_at', 'updated_at', 'volume_type', 'volume_type_id',
  'snapshot_id', 'source_volid', 'metadata', 'links', 'user_id', 'bootable', 'encrypted', 'multiattach', 'replication_status',
  'consistencygroup_id', 'group_id', 'attachments', 'volume_image_metadata', 'os-vol-tenant-attr:tenant_id', 'migration_status',
  'os-vol-host-attr:host', 'os-vol-mig-status-attr:migstat', 'os-vol-mig-status-attr:name_id', 'backup_id',
]);

function Code({ children }: { children: string | null | undefined }) {
  return children ? (
    <Typography.Text code copyable>
      {children}
    </Typography.Text>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

function Time({ iso }: { iso: string | null | undefined }) {
  const { i18n } = useTranslation('volumes');
  if (!iso) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {exactTime(iso)} <Typography.Text type="secondary">({fromNow(iso, i18n.language)})</Typography.Text>
    </span>
  );
}

function display(value: unknown): ReactNode {
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'object') return <Typography.Text code>{JSON.stringify(value)}</Typography.Text>;
  return String(value);
}

function isKeyOf<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

export function OverviewTab({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volumes', 'app']);
  const isAdmin = useIsAdmin();
  const withCode = useStatusWithCode();
  // Status fields in words with Cinder's code beside it; empty or "none" is a dash, an unknown code shows as it is.
  const coded = (code: string | null | undefined, label: (code: string) => string | undefined): ReactNode => {
    if (!code || code === 'none') return display(null);
    const words = label(code);
    return words ? withCode(words, code) : code;
  };
  const replication = (code: string | null | undefined) =>
    coded(code, (c) => (isKeyOf(replicationStatusLabelKeys, c) ? t(replicationStatusLabelKeys[c]) : undefined));
  const migration = (code: string | null | undefined) =>
    coded(code, (c) => (isKeyOf(migrationStatusLabelKeys, c) ? t(migrationStatusLabelKeys[c]) : undefined));
  const yesNo = (value: boolean) => (value ? t('app:common.yes') : t('app:common.no'));
  const image = volume.volume_image_metadata;
  const others = Object.entries(volume as unknown as Record<string, unknown>).filter(([key]) => !knownFields.has(key));

  const items = [
    { key: 'name', label: t('fields.name'), children: volume.name || <Typography.Text type="secondary">{t('detail.unnamed')}</Typography.Text> },
    { key: 'id', label: t('fields.id'), children: <Code>{volume.id}</Code> },
    { key: 'description', label: t('fields.description'), span: 'filled' as const, children: volume.description || <Typography.Text type="secondary">—</Typography.Text> },
    {
      key: 'source',
      label: t('fields.source'),
      span: 'filled' as const,
      children: volume.snapshot_id ? (
        <span>
          {t('detail.fromSnapshot')} <Link to={`/snapshots/${volume.snapshot_id}`}>{volume.snapshot_id}</Link>
        </span>
      ) : volume.source_volid ? (
        <span>
          {t('detail.fromVolume')} <Link to={`/volumes/${volume.source_volid}`}>{volume.source_volid}</Link>
        </span>
      ) : image?.image_id ? (
        <span>
          {t('detail.fromImage')} {image.image_name ?? ''} <Typography.Text code>{image.image_id}</Typography.Text>
        </span>
      ) : (
        t('detail.fromNothing')
      ),
    },
    { key: 'status', label: t('fields.status'), children: <VolumeStatusWithReason volumeId={volume.id} status={volume.status} /> },
    { key: 'size', label: t('fields.size'), children: t('app:common.sizeGiB', { size: volume.size }) },
    {
      key: 'type',
      label: t('fields.type'),
      children: (
        <span>
          {volume.volume_type ?? '—'} {volume.volume_type_id ? <Typography.Text type="secondary">({volume.volume_type_id})</Typography.Text> : null}
        </span>
      ),
    },
    { key: 'az', label: t('fields.availabilityZone'), children: display(volume.availability_zone) },
    { key: 'bootable', label: t('fields.bootable'), children: yesNo(volume.bootable === 'true') },
    { key: 'readonly', label: t('fields.readonly'), children: yesNo(isReadonly(volume)) },
    { key: 'encrypted', label: t('fields.encrypted'), children: yesNo(!!volume.encrypted) },
    { key: 'multiattach', label: t('fields.multiattach'), children: yesNo(!!volume.multiattach) },
    { key: 'created', label: t('fields.created'), children: <Time iso={volume.created_at} /> },
    { key: 'updated', label: t('fields.updated'), children: <Time iso={volume.updated_at} /> },
    { key: 'project', label: t('fields.project'), children: <IdentityName kind="project" id={volume['os-vol-tenant-attr:tenant_id']} /> },
    { key: 'user', label: t('fields.user'), children: <IdentityName kind="user" id={volume.user_id} /> },
    { key: 'replication', label: t('fields.replicationStatus'), children: replication(volume.replication_status) },
    { key: 'group', label: t('fields.group'), children: display(volume.group_id ?? volume.consistencygroup_id) },
  ];
  if (isAdmin) {
    items.push(
      { key: 'host', label: t('fields.host'), children: <Code>{volume['os-vol-host-attr:host']}</Code> },
      // migstat is the same migration_status under its extension's name (older servers send only it): one row.
      { key: 'migration', label: t('fields.migrationStatus'), children: migration(volume.migration_status ?? volume['os-vol-mig-status-attr:migstat']) },
      { key: 'nameId', label: t('fields.nameId'), children: <Code>{volume['os-vol-mig-status-attr:name_id']}</Code> },
    );
  }

  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
      {image && Object.keys(image).length ? (
        <>
          <Typography.Title level={3} style={{ marginTop: 24, fontSize: 16 }}>
            {t('detail.imageMetadata')}
          </Typography.Title>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={Object.entries(image).map(([key, value]) => ({ key, label: key, children: display(value) }))} />
        </>
      ) : null}
      {others.length ? (
        <>
          <Typography.Title level={3} style={{ marginTop: 24, fontSize: 16 }}>
            {t('detail.otherFields')}
          </Typography.Title>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={others.map(([key, value]) => ({ key, label: <Tag variant="filled">{key}</Tag>, children: display(value) }))}
          />
        </>
      ) : null}
    </>
  );
}
