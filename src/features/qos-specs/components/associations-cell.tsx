import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQosAssociations } from '../../../queries/qos-specs';

/** One row's associated types; mounted only for rows on screen, so only they are fetched. */
export function AssociationsCell({ qosId }: { qosId: string }) {
  const { t } = useTranslation('qos-specs');
  const associations = useQosAssociations(qosId);
  if (associations.isPending) return <Typography.Text type="secondary">…</Typography.Text>;
  if (associations.isError) {
    return (
      <Typography.Text type="danger" title={associations.error.message}>
        {t('list.associationsFailed')}
      </Typography.Text>
    );
  }
  if (!associations.data.length) return <Typography.Text type="secondary">{t('list.noAssociations')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {associations.data.map((type) => (
        <Tag key={type.id}>{type.name}</Tag>
      ))}
    </Space>
  );
}
