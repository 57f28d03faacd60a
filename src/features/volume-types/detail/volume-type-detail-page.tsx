import { Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageError, PageLoading } from '../../../components/page-states';
import { DeleteTypeModal } from '../actions/delete-type-modal';
import { EditTypeModal } from '../actions/edit-type-modal';
import { useDefaultTypeId, useTypeUsage, useVolumeType } from '../../../queries/volume-types';
import { isShared } from '../../../domain/volume-types';
import { AccessCard } from './access-card';
import { EncryptionCard } from './encryption-card';
import { ExtraSpecsCard } from './extra-specs-card';
import { QosCard } from './qos-card';

export function VolumeTypeDetailPage() {
  const { t } = useTranslation(['volume-types', 'app']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const type = useVolumeType(id);
  const defaultId = useDefaultTypeId();
  const usage = useTypeUsage(id);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (type.isLoading) return <PageLoading />;
  if (type.isError || !type.data) return <PageError error={type.error} onRetry={() => void type.refetch()} />;
  const vt = type.data;
  const isDefault = defaultId.data === vt.id;
  const volumesInUse = usage.data ? usage.data.count : null;

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center">
            {vt.name}
            {isDefault ? <Tag color="orange">{t('list.default')}</Tag> : null}
          </Flex>
        }
        breadcrumbs={[{ label: t('list.title'), to: '/volume-types' }, { label: vt.name }]}
        extra={
          <>
            <Button onClick={() => setEditing(true)}>{t('app:actions.edit')}</Button>
            <Button danger onClick={() => setDeleting(true)}>
              {t('app:actions.delete')}
            </Button>
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'id', label: t('app:common.id'), children: <Typography.Text copyable>{vt.id}</Typography.Text> },
            { key: 'description', label: t('columns.description'), children: vt.description || '—' },
            { key: 'visibility', label: t('columns.visibility'), children: vt.is_public ? t('list.public') : t('list.private') },
            { key: 'shared', label: t('columns.shared'), children: isShared(vt.extra_specs) ? t('app:common.yes') : t('app:common.no') },
            {
              key: 'backend',
              label: t('columns.backend'),
              children: vt.extra_specs?.volume_backend_name ? <Typography.Text code>{vt.extra_specs.volume_backend_name}</Typography.Text> : t('list.anyBackendHelp'),
            },
            {
              key: 'usage',
              label: t('detail.volumes'),
              children: usage.isError ? (
                <Typography.Text type="secondary">{t('detail.volumesUnknown')}</Typography.Text>
              ) : usage.data ? (
                usage.data.exact ? (
                  t('detail.volumesCount', { count: usage.data.count })
                ) : (
                  t('detail.volumesSome')
                )
              ) : (
                '…'
              ),
            },
          ]}
        />
        <ExtraSpecsCard typeId={vt.id} volumesInUse={volumesInUse} />
        <QosCard type={vt} />
        <EncryptionCard type={vt} volumesInUse={volumesInUse} />
        <AccessCard type={vt} />
      </Space>
      <EditTypeModal type={editing ? vt : null} onClose={() => setEditing(false)} />
      <DeleteTypeModal
        type={deleting ? vt : null}
        isDefault={isDefault}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate('/volume-types', { replace: true })}
      />
    </>
  );
}
