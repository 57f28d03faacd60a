import { Button, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume, VolumeAttachment } from '../../../api/models';
import { ReasonButton } from '../../../components/reason-button';
import { hasCompute } from '../../../api/servers';
import { canDetach } from '../../../domain/volumes';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { serverLabel, useServer } from '../server-names';
import { useReasonText } from './use-reason-text';

const DetachVolumeModal = lazy(() => import('./attach/detach-volume-modal').then((m) => ({ default: m.DetachVolumeModal })));
const ForceDetachModal = lazy(() => import('./attach/force-detach-modal').then((m) => ({ default: m.ForceDetachModal })));

/**
 * One attachment's actions in the detail's Attachments tab: Detach through Nova (when the catalog has it)
 * and, for admins, Cinder's force detach (its dialog says whether Cinder allows it for this attachment).
 */
export function AttachmentActions({ volume, attachment }: { volume: Volume; attachment: VolumeAttachment }) {
  const { t } = useTranslation('volumes');
  const session = useRequiredSession();
  const admin = useIsAdmin();
  const reasonText = useReasonText();
  const compute = hasCompute(session);
  const server = serverLabel(attachment.server_id, useServer(attachment.server_id));
  const [open, setOpen] = useState<'detach' | 'force' | null>(null);
  const verdict = canDetach({ volume, version: session.volumeApiVersion, compute });
  const close = () => setOpen(null);
  if (!compute && !admin) return null;
  return (
    <Space size="small">
      {compute ? (
        <ReasonButton
          size="small"
          aria-label={t('attachments.detachFrom', { server })}
          reason={verdict.allowed ? null : reasonText(verdict.reason)}
          onClick={() => setOpen('detach')}
        >
          {t('attachments.detach')}
        </ReasonButton>
      ) : null}
      {admin ? (
        <Button size="small" danger aria-label={t('attachments.forceDetachFrom', { server })} onClick={() => setOpen('force')}>
          {t('attachments.forceDetach')}
        </Button>
      ) : null}
      <Suspense fallback={null}>
        {open === 'detach' ? <DetachVolumeModal volume={volume} attachmentId={attachment.attachment_id} onClose={close} /> : null}
        {open === 'force' ? <ForceDetachModal volume={volume} attachment={attachment} onClose={close} /> : null}
      </Suspense>
    </Space>
  );
}
