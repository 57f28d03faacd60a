import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../../components/dialog-button';
import { useIsAdmin } from '../../../lib/use-session';

const ManageSnapshotModal = lazy(() => import('./manage-snapshot-modal').then((m) => ({ default: m.ManageSnapshotModal })));

/** "Manage existing snapshot" (admin), its dialog downloaded on first open. */
export function ManageSnapshotButton() {
  const { t } = useTranslation('snapshots');
  return useIsAdmin() ? <DialogButton dialog={ManageSnapshotModal}>{t('manage.button')}</DialogButton> : null;
}
