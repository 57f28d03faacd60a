import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from '../../../lib/use-session';

const ManageSnapshotModal = lazy(() => import('./manage-snapshot-modal').then((m) => ({ default: m.ManageSnapshotModal })));

/** "Manage existing snapshot" (admin), its dialog downloaded on first open. */
export function ManageSnapshotButton() {
  const { t } = useTranslation('snapshots');
  const admin = useIsAdmin();
  const [open, setOpen] = useState(false);
  if (!admin) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('manage.button')}</Button>
      {open ? (
        <Suspense fallback={null}>
          <ManageSnapshotModal onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
