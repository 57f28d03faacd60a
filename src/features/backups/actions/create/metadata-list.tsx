import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Metadata } from '../../../../api/models';
import { METADATA_KEY_PATTERN } from '../../../../domain/snapshots';

export interface MetadataRow {
  key?: string;
  value?: string;
}

/** Rows → Cinder's metadata object (blank keys dropped). */
export function toMetadata(rows: MetadataRow[] | undefined): Metadata | undefined {
  const entries = (rows ?? []).filter((row) => row.key?.trim()).map((row) => [row.key!.trim(), row.value ?? ''] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Key/value rows of the form's `metadata` list, checked as Cinder's schema does (key pattern, ≤ 255). */
export function MetadataList() {
  const { t } = useTranslation('backups');
  return (
    <Form.List name="metadata">
      {(fields, { add, remove }) => (
        <Form.Item label={t('create.metadata')}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                name={[field.name, 'key']}
                style={{ flex: 1 }}
                rules={[
                  { required: true, message: t('create.metadataKeyRequired') },
                  { pattern: METADATA_KEY_PATTERN, message: t('create.metadataKeyInvalid') },
                ]}
              >
                <Input aria-label={t('create.metadataKey', { index: index + 1 })} placeholder={t('create.metadataKeyPlaceholder')} />
              </Form.Item>
              <Form.Item name={[field.name, 'value']} style={{ flex: 1 }} rules={[{ max: 255, message: t('create.tooLong', { max: 255 }) }]}>
                <Input aria-label={t('create.metadataValue', { index: index + 1 })} placeholder={t('create.metadataValuePlaceholder')} />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label={t('create.metadataRemove', { index: index + 1 })} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ key: '', value: '' })}>
            {t('create.metadataAdd')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}
