import { useQuery } from '@tanstack/react-query';
import { Descriptions, Empty, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Volume } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { volumeQosOptions } from '../../../queries/volumes';

/** Admins: the QoS spec in effect through the volume's type (GET /types/{id} → qos_specs_id → GET /qos-specs/{id}). */
export function QosTab({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volumes', 'app']);
  const key = volume.volume_type_id ?? volume.volume_type ?? '';
  const query = useQuery({ ...volumeQosOptions(volume), enabled: !!key });
  if (!key) return <Empty description={t('qos.noType')} />;
  if (query.isPending) return <Spin />;
  if (query.isError) return <ApiErrorAlert error={query.error} title={t('qos.failed')} />;
  const { type, qos } = query.data;
  if (!type) return <Empty description={t('qos.typeNotFound', { type: volume.volume_type })} />;
  if (!qos) return <Empty description={t('qos.none', { type: type.name })} />;
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'type', label: t('fields.type'), children: <Link to={`/volume-types/${type.id}`}>{type.name}</Link> },
          { key: 'qos', label: t('qos.name'), children: <Link to={`/qos-specs/${qos.id}`}>{qos.name}</Link> },
          { key: 'consumer', label: t('qos.consumer'), children: qos.consumer },
        ]}
      />
      <Table
        style={{ marginTop: 16 }}
        aria-label={t('qos.specs')}
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={Object.entries(qos.specs ?? {}).map(([k, v]) => ({ key: k, value: v }))}
        locale={{ emptyText: t('qos.noSpecs') }}
        columns={[
          { key: 'key', dataIndex: 'key', title: t('app:common.key') },
          { key: 'value', dataIndex: 'value', title: t('app:common.value') },
        ]}
      />
    </>
  );
}
