import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ENCRYPTION_CONTROL_LOCATIONS,
  ENCRYPTION_KEY_SIZES,
  ENCRYPTION_PROVIDERS,
  encryptionCalls,
  type EncryptionControlLocation,
  type EncryptionInput,
  type TypeEncryption,
} from '../../../api/admin/encryption';
import type { VolumeType } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { useChangeEncryption, type EncryptionChange } from '../../../queries/encryption';

export type EncryptionModalMode = 'create' | 'edit' | 'delete';

interface FormValues {
  provider: string;
  cipher: string;
  keySize: number | null;
  controlLocation: EncryptionControlLocation;
}

const DEFAULTS: FormValues = { provider: 'luks', cipher: 'aes-xts-plain64', keySize: 256, controlLocation: 'front-end' };

function toInput(values: Partial<FormValues>): EncryptionInput {
  const input: EncryptionInput = { provider: (values.provider ?? '').trim(), controlLocation: values.controlLocation ?? 'front-end' };
  const cipher = values.cipher?.trim();
  if (cipher) input.cipher = cipher;
  if (typeof values.keySize === 'number') input.keySize = values.keySize;
  return input;
}

function changeOf(mode: EncryptionModalMode, spec: TypeEncryption | null, values: Partial<FormValues>): EncryptionChange | null {
  if (mode === 'create') return { kind: 'create', input: toInput(values) };
  if (!spec) return null;
  return mode === 'edit' ? { kind: 'update', encryptionId: spec.encryption_id, input: toInput(values) } : { kind: 'delete', encryptionId: spec.encryption_id };
}

/** Add, edit or remove a type's encryption spec; keeps what was typed when Cinder refuses. */
export function EncryptionModal({ type, spec, mode, onClose }: { type: VolumeType; spec: TypeEncryption | null; mode: EncryptionModalMode | null; onClose: () => void }) {
  const { t } = useTranslation(['volume-types', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const change = useChangeEncryption(type.id);
  const watched = Form.useWatch((all: FormValues) => all, form);

  const close = () => {
    change.reset();
    onClose();
  };

  const submit = async () => {
    if (!mode) return;
    let values: Partial<FormValues> = {};
    if (mode !== 'delete') {
      try {
        values = await form.validateFields();
      } catch {
        return;
      }
    }
    const next = changeOf(mode, spec, values);
    if (!next) return;
    change.mutate(next, {
      onSuccess: () => {
        message.success(t(mode === 'create' ? 'encryption.added' : mode === 'edit' ? 'encryption.saved' : 'encryption.removed', { name: type.name }));
        close();
      },
    });
  };

  const pending = mode ? changeOf(mode, spec, mode === 'delete' ? {} : (watched ?? {})) : null;
  const request = !pending
    ? null
    : pending.kind === 'create'
      ? encryptionCalls.create(type.id, pending.input)
      : pending.kind === 'update'
        ? encryptionCalls.update(type.id, pending.encryptionId, pending.input)
        : encryptionCalls.remove(type.id, pending.encryptionId);
  const title = mode === 'create' ? t('encryption.addTitle', { name: type.name }) : mode === 'edit' ? t('encryption.editTitle', { name: type.name }) : t('encryption.removeTitle', { name: type.name });
  const initial: FormValues = spec
    ? { provider: spec.provider, cipher: spec.cipher ?? '', keySize: spec.key_size, controlLocation: spec.control_location }
    : DEFAULTS;

  return (
    <Modal
      open={mode !== null}
      title={title}
      okText={mode === 'delete' ? t('encryption.remove') : t('app:actions.save')}
      okButtonProps={{ danger: mode === 'delete' }}
      cancelText={t('app:actions.cancel')}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      {mode === 'delete' ? (
        <Typography.Paragraph>{t('encryption.removeConfirm', { name: type.name })}</Typography.Paragraph>
      ) : mode ? (
        <Form form={form} layout="vertical" preserve={false} initialValues={initial}>
          <Form.Item name="provider" label={t('encryption.provider')} extra={t('encryption.providerHelp')} rules={[{ required: true, whitespace: true, message: t('encryption.providerRequired') }, { max: 255 }]}>
            <Select
              aria-label={t('encryption.provider')}
              showSearch
              options={ENCRYPTION_PROVIDERS.map((p) => ({ value: p, label: p }))}
            />
          </Form.Item>
          <Form.Item name="cipher" label={t('encryption.cipher')} extra={t('encryption.cipherHelp')} rules={[{ max: 255 }]}>
            <Input aria-label={t('encryption.cipher')} />
          </Form.Item>
          <Form.Item name="keySize" label={t('encryption.keySize')} extra={t('encryption.keySizeHelp', { sizes: ENCRYPTION_KEY_SIZES.join(', ') })}>
            <InputNumber aria-label={t('encryption.keySize')} min={0} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="controlLocation" label={t('encryption.controlLocation')} extra={t('encryption.controlLocationHelp')} rules={[{ required: true }]}>
            <Select aria-label={t('encryption.controlLocation')} options={ENCRYPTION_CONTROL_LOCATIONS.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Form>
      ) : null}
      {change.isError ? <ApiErrorAlert error={change.error} /> : null}
      <CliEquivalent request={request} />
    </Modal>
  );
}
