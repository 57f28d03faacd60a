import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { QosConsumer, QosSpec } from '../../../api/models';
import { PageHeader } from '../../../components/page-header';
import { PageError } from '../../../components/page-states';
import { AssociationsCell } from '../components/associations-cell';
import { ConsumerTag } from '../components/consumer-tag';
import { CreateQosModal } from '../actions/create-qos-modal';
import { DeleteQosModal } from '../actions/delete-qos-modal';
import { SpecSummary } from '../components/spec-summary';
import { consumerLabelKey, consumers } from '../consumer';
import { matchesFilters, PAGE_SIZES, parseQosListState, writeQosListState, type QosListState } from './list-url-state';
import { useQosSpecs } from '../../../queries/qos-specs';

export function QosSpecsListPage() {
  const { t } = useTranslation(['qos-specs', 'app']);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = parseQosListState(params);
  const specs = useQosSpecs();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<QosSpec | null>(null);

  const update = (patch: Partial<QosListState>) => {
    // Any filter change goes back to the first page.
    const next = { ...state, ...patch, page: patch.page ?? 1 };
    setParams(writeQosListState(next), { replace: true });
  };

  const rows = useMemo(() => (specs.data ?? []).filter((spec) => matchesFilters(spec, state)), [specs.data, state]);
  const filtered = Boolean(state.name || state.consumer);
  // A page number from an old URL may point past the end once specs are gone: show the last page.
  const lastPage = Math.max(1, Math.ceil(rows.length / state.pageSize));
  const currentPage = specs.data ? Math.min(state.page, lastPage) : state.page;

  const columns: TableColumnsType<QosSpec> = [
    {
      title: t('list.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name),
      render: (name: string, spec) => <Link to={`/qos-specs/${encodeURIComponent(spec.id)}`}>{name}</Link>,
    },
    {
      title: t('consumer.label'),
      dataIndex: 'consumer',
      key: 'consumer',
      width: 120,
      render: (consumer: QosConsumer) => <ConsumerTag consumer={consumer} />,
    },
    { title: t('list.specs'), key: 'specs', render: (_value, spec) => <SpecSummary specs={spec.specs} /> },
    { title: t('list.associations'), key: 'associations', render: (_value, spec) => <AssociationsCell qosId={spec.id} /> },
    {
      title: t('app:common.actions'),
      key: 'actions',
      width: 110,
      render: (_value, spec) => (
        <Button danger size="small" icon={<DeleteOutlined />} aria-label={t('list.deleteRow', { name: spec.name })} onClick={() => setDeleting(spec)}>
          {t('app:actions.delete')}
        </Button>
      ),
    },
  ];

  const header = (
    <PageHeader
      title={t('title')}
      subtitle={t('subtitle')}
      extra={
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('list.create')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => void specs.refetch()} loading={specs.isFetching && !specs.isPending}>
            {t('app:actions.refresh')}
          </Button>
        </>
      }
    />
  );

  return (
    <>
      {header}
      {specs.isError && !specs.data ? (
        <PageError error={specs.error} onRetry={() => void specs.refetch()} />
      ) : (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Input.Search
              allowClear
              aria-label={t('list.filterName')}
              placeholder={t('list.filterName')}
              defaultValue={state.name}
              key={state.name /* re-seed when the URL changes from outside (clear filters, back) */}
              onSearch={(value) => update({ name: value.trim() })}
              style={{ width: 260 }}
            />
            <Select<QosConsumer | ''>
              aria-label={t('list.filterConsumer')}
              value={state.consumer ?? ''}
              onChange={(value) => update({ consumer: value || null })}
              style={{ width: 180 }}
              options={[
                { value: '', label: t('list.allConsumers') },
                ...consumers.map((c) => ({ value: c, label: t(consumerLabelKey[c]) })),
              ]}
            />
          </Flex>
          <Table<QosSpec>
            rowKey="id"
            aria-label={t('title')}
            columns={columns}
            dataSource={rows}
            loading={specs.isPending}
            locale={{
              emptyText: specs.isPending ? ' ' : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? t('list.emptyFiltered') : t('list.empty')}
                >
                  {filtered ? (
                    <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('list.clearFilters')}</Button>
                  ) : (
                    <Button type="primary" onClick={() => setCreating(true)}>
                      {t('list.create')}
                    </Button>
                  )}
                </Empty>
              ),
            }}
            pagination={{
              current: currentPage,
              pageSize: state.pageSize,
              pageSizeOptions: PAGE_SIZES.map(String),
              showSizeChanger: true,
              hideOnSinglePage: false,
              showTotal: (total) => t('list.total', { count: total }),
              onChange: (page, pageSize) => update({ page: pageSize !== state.pageSize ? 1 : page, pageSize }),
            }}
          />
        </>
      )}
      <CreateQosModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(spec) => {
          setCreating(false);
          void navigate(`/qos-specs/${encodeURIComponent(spec.id)}`);
        }}
      />
      <DeleteQosModal spec={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
