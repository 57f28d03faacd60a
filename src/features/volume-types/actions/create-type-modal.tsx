import { Alert, AutoComplete, Form, Modal, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/errors';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { volumeTypeCalls } from '../../../api/volume-types';
import { useBackendNames, useCreateVolumeType } from '../../../queries/volume-types';
import { buildCreateSpecs, impliedCreateSpecs, validateSpecRows, type SpecRow } from '../../../domain/volume-types';
import { SpecRowsEditor } from '../components/spec-rows-editor';
import { TypeBasicFields } from '../components/type-basic-fields';
import { useFeedback } from '../../../components/feedback/feedback';

interface FormValues {
  name: string;
  description: string;
  isPublic: boolean;
  shared: boolean;
  backend: string;
}

const initialValues: FormValues = { name: '', description: '', isPublic: true, shared: false, backend: '' };

export function CreateTypeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['volume-types', 'app']);
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [rows, setRows] = useState<SpecRow[]>([]);
  const [showRowProblems, setShowRowProblems] = useState(false);
  const create = useCreateVolumeType();
  const backends = useBackendNames(open);
  const backend = Form.useWatch('backend', form) ?? '';
  const shared = Form.useWatch('shared', form) ?? false;
  const implied = impliedCreateSpecs({ backend, shared });
  const rowProblems = validateSpecRows(rows, implied);
  // One mapping for the request and its CLI equivalent.
  const toInput = (values: FormValues) => ({
    name: values.name.trim(),
    description: values.description.trim() || undefined,
    isPublic: values.isPublic,
    extraSpecs: buildCreateSpecs({ backend: values.backend, shared: values.shared, rows }),
  });
  const watched = Form.useWatch((all: FormValues) => all, form);

  const close = () => {
    form.resetFields();
    setRows([]);
    setShowRowProblems(false);
    create.reset();
    onClose();
  };

  const submit = async () => {
    setShowRowProblems(true);
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (rowProblems.size > 0) return;
    create.mutate(
      toInput(values),
      {
        onSuccess: (type) => {
          message.success(t('create.done', { name: type.name }));
          close();
          void navigate(`/volume-types/${type.id}`);
        },
        onError: (error) => {
          // The name is the only unique field: a 409 belongs on it.
          if (isApiError(error) && error.isConflict) form.setFields([{ name: 'name', errors: [t('form.nameTaken')] }]);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('app:actions.create')}
      cancelText={t('app:actions.cancel')}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={create.isPending}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues} requiredMark>
        <TypeBasicFields />
        <Form.Item name="shared" label={t('form.shared')} valuePropName="checked" extra={t('form.sharedHelp')}>
          <Switch />
        </Form.Item>
        <Form.Item
          name="backend"
          label={t('form.backend')}
          extra={backends.isError ? t('form.backendUnavailable') : t('form.backendHelp')}
        >
          <AutoComplete
            options={(backends.data ?? []).map((name) => ({ value: name }))}
            placeholder={backends.isLoading ? t('form.backendLoading') : t('form.backendPlaceholder')}
            filterOption={(input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
          />
        </Form.Item>
        {backend.trim() === '' ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('form.noBackendWarning')} /> : null}
        <Typography.Title level={5}>{t('specs.title')}</Typography.Title>
        <SpecRowsEditor
          label={t('specs.title')}
          rows={rows}
          onChange={setRows}
          problems={showRowProblems ? rowProblems : new Map()}
          backends={backends.data}
        />
        {create.isError ? (
          <div style={{ marginTop: 16 }}>
            <ApiErrorAlert error={create.error} />
          </div>
        ) : null}
      </Form>
      <CliEquivalent
        request={
          watched
            ? volumeTypeCalls.create(
                toInput({ name: watched.name ?? '', description: watched.description ?? '', isPublic: watched.isPublic ?? true, shared: !!watched.shared, backend: watched.backend ?? '' }),
              )
            : null
        }
      />
    </Modal>
  );
}
