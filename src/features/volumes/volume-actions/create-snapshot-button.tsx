import { CameraOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { ReasonButton } from '../../../components/reason-button';
import { FeatureDialog } from '../../../lib/feature-dialogs';
import { useRequiredSession } from '../../../lib/use-session';
import { canCreateSnapshot } from '../../../domain/volumes';
import { useReasonText } from './use-reason-text';

/** "Create snapshot" for one volume (e.g. on the detail page's snapshots tab). */
export function CreateSnapshotButton({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volume-actions');
  const session = useRequiredSession();
  const reasonText = useReasonText();
  const [open, setOpen] = useState(false);
  const verdict = canCreateSnapshot({ volume, version: session.volumeApiVersion });
  return (
    <>
      <ReasonButton icon={<CameraOutlined />} reason={verdict.allowed ? null : reasonText(verdict.reason)} onClick={() => setOpen(true)}>
        {t('actions.createSnapshot')}
      </ReasonButton>
      {open ? <FeatureDialog name="createSnapshot" volume={volume} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
