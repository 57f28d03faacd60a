import { DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QosAssociation, QosSpec } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { qosCalls } from '../../../api/qos-specs';
import { useDisassociateAllQos, useDisassociateQos, useQosAssociations } from '../../../queries/qos-specs';
import { AssociateModal } from '../actions/associate-modal';
import { useFeedback } from '../../../components/feedback/feedback';

export function AssociationsCard({ spec }: { spec: QosSpec }) {
  const { t } = useTranslation(['qos-specs', 'app']);
  const { message } = useFeedback();
  const associations = useQosAssociations(spec.id, { fresh: true });
  const disassociate = useDisassociateQos();
  const disassociateAll = useDisassociateAllQos();
  const [associating, setAssociating] = useState(false);
  const types = associations.data ?? [];

  const columns: TableColumnsType<QosAssociation> = [
    {
      title: t('associations.type'),
      dataIndex: 'name',
      key: 'name',
      // The volume-types feature owns that page; a plain URL keeps the features apart.
      render: (name: string, row) => <Link to={`/volume-types/${encodeURIComponent(row.id)}`}>{name}</Link>,
    },
    { title: t('associations.typeId'), dataIndex: 'id', key: 'id', render: (id: string) => <Typography.Text copyable>{id}</Typography.Text> },
    {
      title: t('app:common.actions'),
      key: 'actions',
      width: 160,
      render: (_v, row) => (
        <Popconfirm
          title={t('associations.disassociateConfirm', { name: row.name })}
          description={
            <div style={{ maxWidth: 440 }}>
              <CliEquivalent request={qosCalls.disassociate(spec.id, row.id)} />
            </div>
          }
          okText={t('associations.disassociate')}
          cancelText={t('app:actions.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            disassociate.mutateAsync({ qosId: spec.id, typeId: row.id }).then(
              () => void message.success(t('associations.disassociated', { name: row.name })),
              () => undefined, // shown in the card
            )
          }
        >
          <Button size="small" icon={<DisconnectOutlined />} aria-label={t('associations.disassociateRow', { name: row.name })}>
            {t('associations.disassociate')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  const error = disassociate.error ?? disassociateAll.error;

  return (
    <Card
      title={t('associations.title')}
      extra={
        <>
          <Button type="primary" icon={<LinkOutlined />} onClick={() => setAssociating(true)} style={{ marginInlineEnd: 8 }}>
            {t('associations.associate')}
          </Button>
          <Popconfirm
            title={t('associations.disassociateAllConfirm', { count: types.length })}
            description={
              <div style={{ maxWidth: 440 }}>
                <CliEquivalent request={qosCalls.disassociateAll(spec.id)} />
              </div>
            }
            okText={t('associations.disassociateAll')}
            cancelText={t('app:actions.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              disassociateAll.mutateAsync(spec.id).then(
                () => void message.success(t('associations.disassociatedAll')),
                () => undefined,
              )
            }
          >
            <Button danger disabled={!types.length}>
              {t('associations.disassociateAll')}
            </Button>
          </Popconfirm>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('associations.help')}</Typography.Paragraph>
      <Alert type="info" role="note" showIcon title={t('associations.attachedNote')} style={{ marginBottom: 12 }} />
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert
            error={error}
            onClose={() => {
              disassociate.reset();
              disassociateAll.reset();
            }}
          />
        </div>
      ) : null}
      {associations.isError ? (
        <ApiErrorAlert error={associations.error} action={<Button onClick={() => void associations.refetch()}>{t('app:actions.retry')}</Button>} />
      ) : (
        <Table<QosAssociation>
          rowKey="id"
          aria-label={t('associations.title')}
          size="small"
          columns={columns}
          dataSource={types}
          loading={associations.isPending}
          pagination={false}
          locale={{ emptyText: associations.isPending ? ' ' : t('associations.empty') }}
        />
      )}
      <AssociateModal open={associating} spec={spec} associated={types} onClose={() => setAssociating(false)} />
    </Card>
  );
}
