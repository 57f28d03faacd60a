import { LockOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Whether the type has an encryption spec: a tag, "No", or an ellipsis while it is being read. */
export function EncryptedCell({ encrypted }: { encrypted: boolean | undefined }) {
  const { t } = useTranslation(['volume-types', 'app']);
  if (encrypted === undefined) return <Typography.Text type="secondary">…</Typography.Text>;
  if (!encrypted) return <Typography.Text type="secondary">{t('app:common.no')}</Typography.Text>;
  return (
    <Tag icon={<LockOutlined />} color="purple">
      {t('encryption.encrypted')}
    </Tag>
  );
}
