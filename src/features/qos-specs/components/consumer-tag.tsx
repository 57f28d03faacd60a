import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QosConsumer } from '../../../api/models';
import { consumerColor, consumerHelpKey, consumerLabelKey } from '../consumer';

export function ConsumerTag({ consumer }: { consumer: QosConsumer }) {
  const { t } = useTranslation('qos-specs');
  // An unknown consumer (a newer Cinder) is shown raw rather than hidden.
  const known = Object.hasOwn(consumerLabelKey, consumer);
  if (!known) return <Tag>{consumer}</Tag>;
  return (
    <Tooltip title={t(consumerHelpKey[consumer])}>
      <Tag color={consumerColor[consumer]}>{t(consumerLabelKey[consumer])}</Tag>
    </Tooltip>
  );
}
