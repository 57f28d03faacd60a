import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Radio, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { QosSpec, VolumeType } from '../../../api/models';
import type { VolumeTypeVisibility } from '../../../api/volume-types';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageError } from '../../../components/page-states';
import { CreateTypeModal } from '../actions/create-type-modal';
import { DeleteTypeModal } from '../actions/delete-type-modal';
import { EditTypeModal } from '../actions/edit-type-modal';
import { useQosSpecsById } from '../../../queries/qos-specs';
import { useEncryptedTypes } from '../../../queries/encryption';
import { useDefaultTypeId, useVolumeTypes } from '../../../queries/volume-types';
import { EncryptedCell } from './encrypted-cell';
import { isShared } from '../../../domain/volume-types';
import { pageSizes, readListParams, writeListParams, type TypeListParams } from './list-params';

const visibilityLabel = {
  all: 'list.visibilityAll',
  public: 'list.visibilityPublic',
  private: 'list.visibilityPrivate',
} as const satisfies Record<VolumeTypeVisibility, string>;

export function VolumeTypesPage() {
  const { t } = useTranslation(['volume-types', 'app']);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const setParams = (change: Partial<TypeListParams>) => setSearchParams(writeListParams({ ...params, ...change }), { replace: true });
  const [nameInput, setNameInput] = useState(params.name);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<VolumeType | null>(null);
  const [deleting, setDeleting] = useState<VolumeType | null>(null);

  const types = useVolumeTypes(params.visibility);
  const defaultId = useDefaultTypeId();
  const qos = useQosSpecsById();

  const filtered = useMemo(() => {
    const needle = params.name.trim().toLowerCase();
    const list = types.data ?? [];
    return (needle ? list.filter((type) => type.name.toLowerCase().includes(needle)) : list).slice().sort((a, b) => a.name.localeCompare(b.name));
  }, [types.data, params.name]);

  const encrypted = useEncryptedTypes(
    filtered.slice((params.page - 1) * params.pageSize, params.page * params.pageSize).map((type) => type.id),
    true,
  );

  if (types.isError && !types.data) return <PageError error={types.error} onRetry={() => void types.refetch()} />;

  const qosCell = (type: VolumeType) => {
    if (!type.qos_specs_id) return <Typography.Text type="secondary">{t('app:common.none')}</Typography.Text>;
    const spec: QosSpec | undefined = qos.data?.get(type.qos_specs_id);
    return <Link to={`/qos-specs/${type.qos_specs_id}`}>{spec?.name ?? type.qos_specs_id}</Link>;
  };

  const columns: ColumnsType<VolumeType> = [
    {
      title: t('columns.name'),
      key: 'name',
      render: (_, type) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/volume-types/${type.id}`}>{type.name}</Link>
          {type.id === defaultId.data ? <Tag color="orange">{t('list.default')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('columns.description'),
      key: 'description',
      ellipsis: true,
      render: (_, type) => type.description || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('columns.visibility'),
      key: 'visibility',
      render: (_, type) => (type.is_public ? <Tag color="green">{t('list.public')}</Tag> : <Tag color="purple">{t('list.private')}</Tag>),
    },
    {
      title: t('columns.shared'),
      key: 'shared',
      render: (_, type) => (isShared(type.extra_specs) ? t('app:common.yes') : t('app:common.no')),
    },
    {
      title: t('columns.backend'),
      key: 'backend',
      render: (_, type) =>
        type.extra_specs?.volume_backend_name ? (
          <Typography.Text code>{type.extra_specs.volume_backend_name}</Typography.Text>
        ) : (
          <Tooltip title={t('list.anyBackendHelp')}>
            <Typography.Text type="secondary">{t('list.anyBackend')}</Typography.Text>
          </Tooltip>
        ),
    },
    { title: t('columns.qos'), key: 'qos', render: (_, type) => qosCell(type) },
    { title: t('columns.encrypted'), key: 'encrypted', render: (_, type) => <EncryptedCell encrypted={encrypted.get(type.id)} /> },
    {
      title: t('app:common.actions'),
      key: 'actions',
      width: 160,
      render: (_, type) => (
        <Flex gap={4}>
          <Button size="small" onClick={() => setEditing(type)}>
            {t('app:actions.edit')}
          </Button>
          <Button size="small" danger onClick={() => setDeleting(type)}>
            {t('app:actions.delete')}
          </Button>
        </Flex>
      ),
    },
  ];

  const filtering = params.name.trim() !== '' || params.visibility !== 'all';

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void Promise.all([types.refetch(), qos.refetch(), defaultId.refetch()])} loading={types.isFetching}>
              {t('app:actions.refresh')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create.button')}
            </Button>
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('list.filterName')}
          placeholder={t('list.filterName')}
          allowClear
          style={{ width: 260 }}
          value={nameInput}
          onChange={(event) => {
            setNameInput(event.target.value);
            if (event.target.value === '') setParams({ name: '', page: 1 });
          }}
          onSearch={(value) => setParams({ name: value.trim(), page: 1 })}
        />
        <Radio.Group
          aria-label={t('list.visibility')}
          optionType="button"
          value={params.visibility}
          onChange={(event) => setParams({ visibility: event.target.value as VolumeTypeVisibility, page: 1 })}
          options={(['all', 'public', 'private'] as const).map((value) => ({ value, label: t(visibilityLabel[value]) }))}
        />
      </Flex>
      {types.isError ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={types.error} title={t('list.refreshFailed')} />
        </div>
      ) : null}
      {qos.isError ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={qos.error} title={t('list.qosFailed')} />
        </div>
      ) : null}
      <Table<VolumeType>
        rowKey="id"
        columns={columns}
        dataSource={filtered}
        loading={types.isLoading}
        aria-label={t('list.title')}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: filtered.length,
          showSizeChanger: true,
          pageSizeOptions: pageSizes,
          showTotal: (total) => t('list.total', { count: total }),
          onChange: (page, pageSize) => setParams({ page, pageSize }),
        }}
        locale={{
          emptyText: types.isLoading ? ' ' : (
            <Empty description={filtering ? t('list.noMatch') : t('list.empty')}>
              {filtering ? (
                <Button onClick={() => { setNameInput(''); setParams({ name: '', visibility: 'all', page: 1 }); }}>{t('list.clearFilters')}</Button>
              ) : (
                <Button type="primary" onClick={() => setCreating(true)}>
                  {t('create.button')}
                </Button>
              )}
            </Empty>
          ),
        }}
      />
      <CreateTypeModal open={creating} onClose={() => setCreating(false)} />
      <EditTypeModal type={editing} onClose={() => setEditing(null)} />
      <DeleteTypeModal type={deleting} isDefault={!!deleting && deleting.id === defaultId.data} onClose={() => setDeleting(null)} />
    </>
  );
}
