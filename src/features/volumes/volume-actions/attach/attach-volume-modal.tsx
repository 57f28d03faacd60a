import { Alert, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { serverCalls, type Server } from '../../../../api/servers';
import { useFeedback } from '../../../../components/feedback/feedback';
import { DEVICE_NAME_PATTERN, volumeLabel } from '../../../../domain/volumes';
import { useAttachVolume } from '../../../../queries/volume-attachments';
import { ActionModal } from '../action-modal';
import { ServerPicker } from './server-picker';

interface Values {
  serverId?: string;
  device?: string;
}

/** Nova attach: pick a server (searched and paged on the server), optionally a device name. */
export function AttachVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const [picked, setPicked] = useState<Server | null>(null);
  const mutation = useAttachVolume(volume.id);
  const others = volume.attachments?.length ?? 0;
  return (
    <ActionModal<Values>
      cli={(values) => (values.serverId ? serverCalls.addVolume(values.serverId, volume.id, values.device?.trim() || undefined) : null)}
      title={t('attach.title', { name: volumeLabel(volume) })}
      okText={t('attach.submit')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      width={640}
      onSubmit={({ serverId, device }) =>
        mutation.mutate(
          { serverId: serverId!, device: device?.trim() || undefined },
          {
            onSuccess: () => {
              message.success(t('attach.done', { name: volumeLabel(volume), server: picked?.name || serverId }));
              onClose();
            },
          },
        )
      }
    >
      {volume.multiattach && others > 0 ? <Alert type="info" showIcon title={t('attach.multiattachNote', { count: others })} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="serverId" label={t('attach.server')} rules={[{ required: true, message: t('attach.serverRequired') }]}>
        <ServerPicker volume={volume} onPick={setPicked} />
      </Form.Item>
      <Form.Item
        name="device"
        label={t('attach.device')}
        extra={t('attach.deviceHelp')}
        rules={[{ validator: async (_, value?: string) => (!value?.trim() || DEVICE_NAME_PATTERN.test(value.trim()) ? undefined : Promise.reject(new Error(t('attach.deviceInvalid')))) }]}
      >
        <Input placeholder="/dev/vdb" autoComplete="off" />
      </Form.Item>
    </ActionModal>
  );
}
