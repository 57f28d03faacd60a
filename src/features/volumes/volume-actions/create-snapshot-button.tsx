import { CameraOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { useRequiredSession } from '../../../lib/use-session';
import { canCreateSnapshot } from '../../../domain/volumes';
import { useReasonText } from './use-reason-text';

// The form is downloaded when it is first opened.
const CreateSnapshotModal = lazy(() => import('./modals/create-snapshot-modal').then((m) => ({ default: m.CreateSnapshotModal })));

/** "Create snapshot" for one volume (e.g. on the detail page's snapshots tab). */
export function CreateSnapshotButton({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volume-actions');
  const session = useRequiredSession();
  const reasonText = useReasonText();
  const [open, setOpen] = useState(false);
  const verdict = canCreateSnapshot({ volume, version: session.volumeApiVersion });
  return (
    <>
      <Tooltip title={verdict.allowed ? undefined : reasonText(verdict.reason)}>
        <Button icon={<CameraOutlined />} disabled={!verdict.allowed} onClick={() => setOpen(true)}>
          {t('actions.createSnapshot')}
        </Button>
      </Tooltip>
      {open ? (
        <Suspense fallback={null}>
          <CreateSnapshotModal volume={volume} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
