import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from '../../../../lib/use-session';

// The dialog (and the API it needs) is downloaded when an admin first opens it, never with the list.
const ManageVolumeModal = lazy(() => import('./manage-volume-modal').then((m) => ({ default: m.ManageVolumeModal })));

/** "Manage existing volume" (admin): take a backend object into Cinder. */
export function ManageVolumeButton() {
  const { t } = useTranslation('volume-actions');
  const admin = useIsAdmin();
  const [open, setOpen] = useState(false);
  if (!admin) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('manage.button')}</Button>
      {open ? (
        <Suspense fallback={null}>
          <ManageVolumeModal onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
