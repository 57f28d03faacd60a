import { Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot, Volume } from '../../../api/models';
import { ReasonButton } from '../../../components/reason-button';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { volumeActionCalls } from '../../../api/volume-actions';
import { revertBlock } from '../../../domain/snapshots';
import { useRevertToSnapshot } from '../../../queries/snapshots';
import { useRevertBlockReason } from './reasons';
import { useFeedback } from '../../../components/feedback/feedback';

interface Props {
  snapshot: Snapshot;
  volume: Volume | null | undefined;
  latestSnapshotId: string | null | undefined;
  /** Still finding out the volume / its latest snapshot. */
  checking: boolean;
  supportsRevert: boolean;
  version: string;
}

/** Revert the source volume to this snapshot (3.40+): disabled with the reason when Cinder would refuse. */
export function RevertButton({ snapshot, volume, latestSnapshotId, checking, supportsRevert, version }: Props) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const [open, setOpen] = useState(false);
  const revert = useRevertToSnapshot();
  const revertReason = useRevertBlockReason();
  const block = checking ? null : revertBlock({ supportsRevert, snapshot, volume, latestSnapshotId });
  const reason = checking
    ? t('revert.checking')
    : block
      ? revertReason(block, { version, volumeStatus: volume?.status, volumeSize: volume?.size, snapshotSize: snapshot.size })
      : null;
  const volumeName = volume?.name || snapshot.volume_id;

  return (
    <>
      <ReasonButton onClick={() => setOpen(true)} reason={reason}>
        {t('actions.revert')}
      </ReasonButton>
      <Modal
        open={open}
        title={t('revert.title', { volume: volumeName })}
        okText={t('revert.confirm')}
        cancelText={t('app:actions.cancel')}
        okButtonProps={{ danger: true, loading: revert.isPending }}
        onCancel={() => {
          revert.reset();
          setOpen(false);
        }}
        onOk={() =>
          revert.mutate(
            { volumeId: snapshot.volume_id, snapshotId: snapshot.id },
            {
              onSuccess: () => {
                message.success(t('revert.success', { volume: volumeName }));
                setOpen(false);
              },
            },
          )
        }
      >
        <Typography.Paragraph>{t('revert.text', { time: dayjs(snapshot.created_at).format('YYYY-MM-DD HH:mm:ss') })}</Typography.Paragraph>
        <CliEquivalent request={volumeActionCalls.revert(snapshot.volume_id, snapshot.id)} />
        {revert.isError ? <ApiErrorAlert error={revert.error} /> : null}
      </Modal>
    </>
  );
}
