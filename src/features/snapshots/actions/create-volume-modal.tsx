import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Snapshot, Volume } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { volumeActionCalls } from '../../../api/volume-actions';
import { canCreateVolumeFrom, newVolumeSizeProblem } from '../../../domain/snapshots';
import { parseGiB } from '../../../domain/size';
import { availabilityZoneOptions } from '../../../queries/availability-zones';
import { useCreateVolumeFromSnapshot } from '../../../queries/snapshots';
import { volumeTypeListOptions } from '../../../queries/volume-types';
import { useFeedback } from '../../../components/feedback/feedback';

interface Props {
  snapshot: Snapshot;
  open: boolean;
  onClose: () => void;
  onCreated?: (volume: Volume) => void;
}

interface Values {
  name?: string;
  /** As typed: parsed once by parseGiB for the check and for the request alike. */
  size: number | string | null;
  volumeType?: string;
  zone?: string;
  description?: string;
}

/** A new volume holding the snapshot's data: at least its size, any type/zone Cinder allows. */
export function CreateVolumeFromSnapshotModal({ snapshot, open, onClose, onCreated }: Props) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const create = useCreateVolumeFromSnapshot();
  const types = useQuery({ ...volumeTypeListOptions('public'), enabled: open, staleTime: 60_000 });
  const zones = useQuery({ ...availabilityZoneOptions(), enabled: open });
  const available = canCreateVolumeFrom(snapshot);
  // One mapping for the request and its CLI equivalent.
  const toBody = (values: Partial<Values>) => ({
    snapshot_id: snapshot.id,
    size: parseGiB(values.size) ?? undefined,
    name: values.name?.trim() || undefined,
    description: values.description?.trim() || undefined,
    volume_type: values.volumeType,
    availability_zone: values.zone,
  });
  const watched = Form.useWatch((all: Values) => all, form);

  const sizeMessage = (value: unknown) => {
    switch (newVolumeSizeProblem(parseGiB(value), snapshot.size)) {
      case 'required':
        return t('createVolume.sizeRequired');
      case 'integer':
        return t('createVolume.sizeInteger');
      case 'tooSmall':
        return t('createVolume.sizeTooSmall', { size: snapshot.size });
      default:
        return null;
    }
  };

  return (
    <Modal
      open={open}
      title={t('createVolume.title')}
      okText={t('app:actions.create')}
      cancelText={t('app:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      okButtonProps={{ loading: create.isPending, disabled: !available }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="create-volume-from-snapshot"
        initialValues={{ size: snapshot.size }}
        onFinish={(values) =>
          create.mutate(
            { ...toBody(values), size: parseGiB(values.size)! },
            {
              onSuccess: (volume) => {
                message.success(t('createVolume.success', { name: volume.name || volume.id }));
                onCreated?.(volume);
                onClose();
              },
            },
          )
        }
      >
        {!available ? <Alert type="warning" showIcon title={t('createVolume.notAvailable')} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          name="name"
          label={t('createVolume.name')}
          rules={[
            { max: 255, message: t('create.tooLong', { max: 255 }) },
            { validator: async (_r, value?: string) => (value && !value.trim() ? Promise.reject(new Error(t('createVolume.nameBlank'))) : undefined) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="size"
          label={t('createVolume.size')}
          extra={t('createVolume.sizeHelp', { size: snapshot.size })}
          rules={[{ validator: (_, value: unknown) => (sizeMessage(value) ? Promise.reject(new Error(sizeMessage(value)!)) : Promise.resolve()) }]}
        >
          {/* No min or precision: antd would round or clamp what was typed; the rule refuses it instead. */}
          <InputNumber suffix="GiB" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="volumeType" label={t('createVolume.type')}>
          <Select
            allowClear
            loading={types.isLoading}
            placeholder={t('createVolume.typeDefault')}
            options={(types.data ?? []).map((type) => ({ value: type.name, label: type.name }))}
          />
        </Form.Item>
        <Form.Item name="zone" label={t('createVolume.zone')}>
          <Select
            allowClear
            loading={zones.isLoading}
            placeholder={t('createVolume.zoneDefault')}
            options={(zones.data ?? []).map((zone) => ({ value: zone.zoneName, label: zone.zoneName, disabled: !zone.zoneState.available }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('createVolume.description')} rules={[{ max: 255, message: t('create.tooLong', { max: 255 }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {create.isError ? <ApiErrorAlert error={create.error} /> : null}
      </Form>
      <CliEquivalent request={watched ? volumeActionCalls.create(toBody(watched)) : null} />
    </Modal>
  );
}
