import { useQuery } from '@tanstack/react-query';
import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Volume } from '../../../../api/models';
import { transferCalls } from '../../../../api/volume-transfers';
import { useFeedback } from '../../../../components/feedback/feedback';
import { volumeLabel } from '../../../../domain/volumes';
import { useRequiredSession } from '../../../../lib/use-session';
import { myProjectsOptions } from '../../../../queries/projects';
import { useMoveVolume } from '../../../../queries/volume-transfers';
import { ActionModal } from '../action-modal';

interface Values {
  targetProjectId: string;
}

/** "Move to another of my projects": transfer + accept with the user's own token, then the volume opens in the target project. */
export function MoveVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['transfers', 'volume-actions']);
  const session = useRequiredSession();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const projects = useQuery(myProjectsOptions(session.user.id));
  const others = (projects.data ?? []).filter((p) => p.id !== session.project.id);
  const move = useMoveVolume();
  return (
    <ActionModal<Values>
      // The two calls made: the create here, the accept with the target project's token (its key masked).
      cli={() => [transferCalls.create({ volumeId: volume.id }), transferCalls.accept('<transfer-id>', '')]}
      title={t('move.title', { name: volumeLabel(volume) })}
      okText={t('move.submit')}
      form={form}
      pending={move.isPending}
      error={move.error}
      onClose={onClose}
      onSubmit={(values) => {
        const target = others.find((p) => p.id === values.targetProjectId);
        move.mutate(
          { volumeId: volume.id, targetProjectId: values.targetProjectId },
          {
            onSuccess: () => {
              message.success(t('move.done', { name: volumeLabel(volume), project: target?.name ?? values.targetProjectId }));
              onClose();
              navigate(`/volumes/${encodeURIComponent(volume.id)}`);
            },
          },
        );
      }}
    >
      <Typography.Paragraph type="secondary">{t('move.intro', { from: session.project.name })}</Typography.Paragraph>
      <Form.Item name="targetProjectId" label={t('move.target')} rules={[{ required: true, message: t('move.targetRequired') }]} extra={projects.isSuccess && !others.length ? t('move.noOther') : undefined}>
        <Select
          aria-label={t('move.target')}
          loading={projects.isPending}
          options={others.map((p) => ({ value: p.id, label: p.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
    </ActionModal>
  );
}
