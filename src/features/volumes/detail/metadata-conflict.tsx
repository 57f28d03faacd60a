import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Metadata } from '../../../api/models';

interface MetadataConflictProps {
  /** What the volume holds now (read after Cinder refused the save with 412). */
  current: Metadata;
  onUseCurrent: () => void;
  onOverwrite: () => void;
}

/** A save refused because someone else changed the metadata: their values, and the two ways on. */
export function MetadataConflict({ current, onUseCurrent, onOverwrite }: MetadataConflictProps) {
  const { t } = useTranslation(['volumes', 'app']);
  const entries = Object.entries(current);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={t('metadata.conflict.title')}
      description={
        <Flex vertical gap={8}>
          <Typography.Text>{t('metadata.conflict.body')}</Typography.Text>
          {entries.length ? (
            <Descriptions
              aria-label={t('metadata.conflict.current')}
              title={t('metadata.conflict.current')}
              size="small"
              column={1}
              bordered
              items={entries.map(([key, value]) => ({ key, label: key, children: value }))}
            />
          ) : (
            <Typography.Text type="secondary">{t('metadata.none')}</Typography.Text>
          )}
          <Flex gap={8} wrap>
            <Button onClick={onUseCurrent}>{t('metadata.conflict.useCurrent')}</Button>
            <Button danger onClick={onOverwrite}>
              {t('metadata.conflict.overwrite')}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{t('metadata.conflict.overwriteHint')}</Typography.Text>
        </Flex>
      }
    />
  );
}
