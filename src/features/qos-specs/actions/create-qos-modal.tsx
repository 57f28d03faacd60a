import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors';
import type { QosConsumer, QosSpec } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { qosCalls } from '../../../api/qos-specs';
import { consumerHelpKey, consumerLabelKey, consumers, DEFAULT_CONSUMER } from '../consumer';
import { keyProblemKey, nameProblemKey, valueProblemKey } from '../problem-text';
import { useCreateQosSpec } from '../../../queries/qos-specs';
import { qosNameProblem, QOS_NAME_MAX, specKeyProblem, specValueProblem } from '../../../domain/qos-specs';
import { SpecKeyPicker, SpecValueHint } from '../components/spec-key-picker';
import { useFeedback } from '../../../components/feedback/feedback';

interface FormValues {
  name: string;
  consumer: QosConsumer;
  specs?: { key?: string; value?: string }[];
}

interface CreateQosModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (spec: QosSpec) => void;
}

export function CreateQosModal({ open, onClose, onCreated }: CreateQosModalProps) {
  const { t } = useTranslation(['qos-specs', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateQosSpec();
  // A ref, not state: the validator must see the refused name in the same tick it is set.
  const nameTaken = useRef<string | null>(null);
  const rows = Form.useWatch('specs', form) ?? [];
  const watchedName = Form.useWatch('name', form) ?? '';
  const watchedConsumer = Form.useWatch('consumer', form);
  const cliSpecs: Record<string, string> = {};
  for (const row of rows) if (row?.key) cliSpecs[row.key] = (row.value ?? '').trim();

  const submit = async () => {
    const values = await form.validateFields();
    const specs: Record<string, string> = {};
    for (const row of values.specs ?? []) if (row.key) specs[row.key] = (row.value ?? '').trim();
    const name = values.name.trim();
    create.mutate(
      { name, consumer: values.consumer, specs },
      {
        onSuccess: (spec) => {
          void message.success(t('create.created', { name: spec.name }));
          onCreated(spec);
        },
        onError: (error) => {
          // Cinder answers 409 for a duplicate name: say so beside the field, keep what was typed.
          if (isApiError(error) && error.isConflict) {
            nameTaken.current = name;
            void form.validateFields(['name']).catch(() => undefined);
          }
        },
      },
    );
  };

  const close = () => {
    create.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      onCancel={close}
      onOk={() => void submit().catch(() => undefined)}
      okText={t('app:actions.create')}
      cancelText={t('app:actions.cancel')}
      confirmLoading={create.isPending}
      width={720}
      forceRender
      afterClose={() => {
        form.resetFields();
        nameTaken.current = null;
        create.reset();
      }}
    >
      <Form<FormValues> form={form} layout="vertical" initialValues={{ name: '', consumer: DEFAULT_CONSUMER, specs: [] }} requiredMark="optional">
        <Form.Item
          name="name"
          label={t('create.name')}
          required
          rules={[
            {
              validator: async (_rule, value: string = '') => {
                const problem = qosNameProblem(value);
                if (problem) throw new Error(t(nameProblemKey[problem]));
                if (nameTaken.current !== null && value.trim() === nameTaken.current) throw new Error(t('create.nameTaken'));
              },
            },
          ]}
        >
          <Input placeholder={t('create.namePlaceholder')} maxLength={QOS_NAME_MAX} autoFocus />
        </Form.Item>
        <Form.Item name="consumer" label={t('consumer.label')} extra={t('create.consumerHelp')}>
          <Radio.Group aria-label={t('consumer.label')}>
            {consumers.map((c) => (
              <Radio key={c} value={c} title={t(consumerHelpKey[c])}>
                {t(consumerLabelKey[c])}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Typography.Text strong>{t('create.initialSpecs')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('create.initialSpecsHelp')}
        </Typography.Paragraph>
        <Form.List name="specs">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => {
                const key = rows[index]?.key ?? '';
                const otherKeys = rows.filter((_, i) => i !== index).map((r) => r?.key ?? '');
                return (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item
                      name={[field.name, 'key']}
                      style={{ flex: 1 }}
                      dependencies={fields.filter((_, i) => i !== index).map((f) => ['specs', f.name, 'key'])}
                      rules={[
                        {
                          validator: async (_rule, value: string = '') => {
                            const problem = specKeyProblem(value, otherKeys);
                            if (problem) throw new Error(t(keyProblemKey[problem]));
                          },
                        },
                      ]}
                    >
                      <SpecKeyPicker exclude={otherKeys} aria-label={`${t('keys.key')} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'value']}
                      style={{ flex: 1 }}
                      dependencies={[['specs', field.name, 'key']]}
                      extra={key ? <SpecValueHint specKey={key} value={rows[index]?.value ?? ''} /> : null}
                      rules={[
                        {
                          validator: async (_rule, value: string = '') => {
                            const problem = specValueProblem(key, value);
                            if (problem) throw new Error(t(valueProblemKey[problem]));
                          },
                        },
                      ]}
                    >
                      <Input aria-label={`${t('keys.value')} ${index + 1}`} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('keys.remove', { key: key || index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ key: '', value: '' })} block>
                {t('create.addKey')}
              </Button>
            </>
          )}
        </Form.List>
        <CliEquivalent request={qosCalls.create({ name: watchedName.trim(), consumer: watchedConsumer, specs: cliSpecs })} />
        {create.error ? (
          <div style={{ marginTop: 16 }}>
            <ApiErrorAlert error={create.error} />
          </div>
        ) : null}
      </Form>
    </Modal>
  );
}
