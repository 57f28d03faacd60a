import { Alert, Descriptions, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../../components/copy-button';

interface TransferKeyPanelProps {
  volumeName: string;
  transferId: string;
  authKey: string;
  onClose: () => void;
}

/**
 * The one moment the authorization key exists in the console: shown with copy buttons and a plain
 * warning. It lives in this component's props only — no URL, no storage, no log, no toast.
 */
export function TransferKeyPanel({ volumeName, transferId, authKey, onClose }: TransferKeyPanelProps) {
  const { t } = useTranslation(['transfers', 'volume-actions']);
  return (
    <Modal
      open
      title={t('transfer.createdTitle', { name: volumeName })}
      okText={t('transfer.done')}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
      width={600}
      destroyOnHidden
    >
      <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={t('transfer.keyWarning')} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'id',
            label: t('transfer.id'),
            children: (
              <Flex gap={8} align="center">
                <Typography.Text code aria-label={t('transfer.id')}>
                  {transferId}
                </Typography.Text>
                <CopyButton text={transferId} label={t('transfer.copyId')} />
              </Flex>
            ),
          },
          {
            key: 'key',
            label: t('transfer.key'),
            children: (
              <Flex gap={8} align="center">
                <Typography.Text code strong aria-label={t('transfer.key')}>
                  {authKey}
                </Typography.Text>
                <CopyButton text={authKey} label={t('transfer.copyKey')} />
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('transfer.handOver')}
      </Typography.Paragraph>
    </Modal>
  );
}
