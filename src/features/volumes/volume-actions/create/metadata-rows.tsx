import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { validateMetadataEntry, validateMetadataRows } from '../../../../api/volumes';
import type { MetadataRow } from './create-body';

/** Key/value rows (Form.List "metadata"), validated with the same rules as the metadata editor. */
export function MetadataRows() {
  const { t } = useTranslation('volume-actions');
  return (
    <Form.List name="metadata">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('fields.metadata')}</legend>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                name={[field.name, 'key']}
                style={{ flex: 1, marginBottom: 8 }}
                dependencies={fields.map((f) => ['metadata', f.name, 'key'])}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_r, key: string | undefined) => {
                      const rows = ((getFieldValue('metadata') as MetadataRow[] | undefined) ?? []).map((r) => ({ key: r?.key ?? '', value: r?.value ?? '' }));
                      const problem = validateMetadataEntry(key ?? '', rows[index]?.value ?? '') ?? validateMetadataRows(rows).get(index) ?? null;
                      if (problem === 'keyRequired') throw new Error(t('validation.metadataKeyRequired'));
                      if (problem === 'keyTooLong') throw new Error(t('validation.metadataKeyTooLong'));
                      if (problem === 'duplicateKey') throw new Error(t('validation.metadataDuplicate'));
                    },
                  }),
                ]}
              >
                <Input aria-label={t('metadata.keyN', { n: index + 1 })} placeholder={t('metadata.key')} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'value']}
                style={{ flex: 1, marginBottom: 8 }}
                rules={[{ max: 255, message: t('validation.metadataValueTooLong') }]}
              >
                <Input aria-label={t('metadata.valueN', { n: index + 1 })} placeholder={t('metadata.value')} />
              </Form.Item>
              <Button aria-label={t('metadata.removeN', { n: index + 1 })} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ key: '', value: '' })}>
            {t('metadata.add')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
