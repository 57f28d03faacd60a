import { Alert, Button, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { VolumeType } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { typeEncryptionOptions } from '../../../queries/encryption';
import { EncryptionModal, type EncryptionModalMode } from '../actions/encryption-modal';

/**
 * The type's encryption spec (admin): add, edit or remove it. Cinder refuses all three while any volume
 * has the type; the warning says so up front and the dialog shows Cinder's own refusal.
 */
export function EncryptionCard({ type, volumesInUse }: { type: VolumeType; volumesInUse: number | null }) {
  const { t } = useTranslation(['volume-types', 'app']);
  const encryption = useQuery(typeEncryptionOptions(type.id));
  const [mode, setMode] = useState<EncryptionModalMode | null>(null);
  const spec = encryption.data ?? null;

  return (
    <Card
      role="region"
      aria-label={t('encryption.title')}
      title={t('encryption.title')}
      extra={
        encryption.isSuccess ? (
          spec ? (
            <Flex gap={8}>
              <Button onClick={() => setMode('edit')}>{t('encryption.edit')}</Button>
              <Button danger onClick={() => setMode('delete')}>
                {t('encryption.remove')}
              </Button>
            </Flex>
          ) : (
            <Button onClick={() => setMode('create')}>{t('encryption.add')}</Button>
          )
        ) : null
      }
    >
      {volumesInUse !== null && volumesInUse > 0 ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('encryption.inUseWarning', { count: volumesInUse })} /> : null}
      {encryption.isLoading ? <Spin /> : null}
      {encryption.isError ? <ApiErrorAlert error={encryption.error} title={t('encryption.loadFailed')} /> : null}
      {encryption.isSuccess && !spec ? <Typography.Paragraph type="secondary">{t('encryption.none')}</Typography.Paragraph> : null}
      {spec ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'provider', label: t('encryption.provider'), children: <Typography.Text code>{spec.provider}</Typography.Text> },
            { key: 'cipher', label: t('encryption.cipher'), children: spec.cipher || '—' },
            { key: 'keySize', label: t('encryption.keySize'), children: spec.key_size ?? '—' },
            { key: 'controlLocation', label: t('encryption.controlLocation'), children: spec.control_location },
          ]}
        />
      ) : null}
      <EncryptionModal type={type} spec={spec} mode={mode} onClose={() => setMode(null)} />
    </Card>
  );
}
