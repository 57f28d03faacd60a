import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supports } from '../../../api/microversion';
import type { Snapshot, Volume } from '../../../api/models';
import { checkSnapshotCreate, SNAPSHOT_DESCRIPTION_MAX, SNAPSHOT_NAME_MAX, type CreateSnapshotInput, type SnapshotCreateCheck, snapshotCalls } from '../../../api/snapshots';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { useRequiredSession } from '../../../lib/use-session';
import { useCreateSnapshot } from '../../../queries/snapshots';
import { volumePickerOptions } from '../../../queries/volumes';

export interface CreateSnapshotModalProps {
  open: boolean;
  /** Preselected volume (a volume's row or detail page); without it the form offers a volume picker. */
  volume?: Volume;
  onClose: () => void;
  /** Called with Cinder's answer (status `creating`); the snapshot and volume queries are already refreshed. */
  onCreated: (snapshot: Snapshot) => void;
}

interface FormValues {
  volumeId?: string;
  name?: string;
  description?: string;
  force?: boolean;
}

function useRefusal() {
  const { t } = useTranslation('snapshots');
  return (check: SnapshotCreateCheck): string | null => {
    if (check.ok) return null;
    if (check.reason === 'maintenance') return t('create.refusedMaintenance');
    if (check.reason === 'migrating') return t('create.refusedMigrating');
    return t('create.refusedStatus', { status: check.status });
  };
}

/** Create a snapshot of a given volume, or of one picked from the project's volumes. */
export function CreateSnapshotModal({ open, volume, onClose, onCreated }: CreateSnapshotModalProps) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const session = useRequiredSession();
  const inUseWithoutForce = supports(session, 'inUseSnapshot');
  const refusal = useRefusal();
  const [form] = Form.useForm<FormValues>();
  const [pickedId, setPickedId] = useState<string | undefined>();

  const volumes = useQuery({ ...volumePickerOptions(session.project.id), enabled: open && !volume });

  const selected = volume ?? volumes.data?.volumes.find((v) => v.id === pickedId);
  const check = selected ? checkSnapshotCreate(selected, inUseWithoutForce) : null;
  const refused = check ? refusal(check) : null;
  const needsForce = !!check?.ok && check.needsForce;

  // One mapping for the request and its CLI equivalent.
  const toInput = (values: FormValues): CreateSnapshotInput => ({
    volume_id: volume?.id ?? values.volumeId!,
    name: values.name?.trim() || undefined,
    description: values.description?.trim() || undefined,
    force: needsForce ? values.force : undefined,
  });
  const watched = Form.useWatch((all: FormValues) => all, form);
  const cliRequest = watched && (volume?.id ?? watched.volumeId) ? snapshotCalls.create(toInput(watched)) : null;

  const create = useCreateSnapshot();
  const submit = (values: FormValues) =>
    create.mutate(toInput(values), {
      onSuccess: (snapshot) => {
        message.success(t('create.success', { name: snapshot.name ?? snapshot.id }));
        form.resetFields();
        setPickedId(undefined);
        onCreated(snapshot);
      },
    });

  const close = () => {
    create.reset();
    form.resetFields();
    setPickedId(undefined);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.submit')}
      cancelText={t('app:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      okButtonProps={{ loading: create.isPending, disabled: !!refused }}
      forceRender
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="create-snapshot"
        onFinish={submit}
        onValuesChange={(changed: FormValues) => {
          if ('volumeId' in changed) setPickedId(changed.volumeId);
        }}
      >
        {volume ? (
          <Form.Item label={t('create.volume')}>
            <Input value={volume.name || volume.id} readOnly aria-label={t('create.volume')} />
          </Form.Item>
        ) : (
          <Form.Item
            name="volumeId"
            label={t('create.volume')}
            rules={[{ required: true, message: t('create.volumeRequired') }]}
            validateStatus={volumes.isError ? 'error' : undefined}
            help={volumes.isError ? t('create.volumesError') : undefined}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={volumes.isLoading}
              placeholder={t('create.volumePlaceholder')}
              options={(volumes.data?.volumes ?? []).map((v) => ({
                value: v.id,
                label: t('create.volumeOption', { name: v.name || v.id, size: v.size, status: v.status }),
              }))}
            />
          </Form.Item>
        )}
        {refused ? <Alert type="warning" showIcon title={refused} style={{ marginBottom: 16 }} role="alert" /> : null}
        {check?.ok && selected?.status === 'in-use' && !needsForce ? (
          <Alert type="info" showIcon title={t('create.inUseNote')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="name"
          label={t('create.name')}
          rules={[{ max: SNAPSHOT_NAME_MAX, message: t('create.tooLong', { max: SNAPSHOT_NAME_MAX }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('create.description')}
          rules={[{ max: SNAPSHOT_DESCRIPTION_MAX, message: t('create.tooLong', { max: SNAPSHOT_DESCRIPTION_MAX }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        {needsForce ? (
          <Form.Item
            name="force"
            valuePropName="checked"
            extra={t('create.forceHelp')}
            rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('create.forceRequired')))) }]}
          >
            <Checkbox>{t('create.force')}</Checkbox>
          </Form.Item>
        ) : null}
        {create.isError ? <ApiErrorAlert error={create.error} /> : null}
      </Form>
      <CliEquivalent request={cliRequest} />
    </Modal>
  );
}

/** The dialog opened from a volume (its row or detail page): src/lib/feature-dialogs.tsx `createSnapshot`. */
export function CreateSnapshotForVolume({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  return <CreateSnapshotModal open volume={volume} onClose={onClose} onCreated={onClose} />;
}
