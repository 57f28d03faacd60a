import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../../../components/dialog-button';
import { useIsAdmin } from '../../../../lib/use-session';

// The dialog (and the API it needs) is downloaded when an admin first opens it, never with the list.
const ManageVolumeModal = lazy(() => import('./manage-volume-modal').then((m) => ({ default: m.ManageVolumeModal })));

/** "Manage existing volume" (admin): take a backend object into Cinder. */
export function ManageVolumeButton() {
  const { t } = useTranslation('volume-actions');
  return useIsAdmin() ? <DialogButton dialog={ManageVolumeModal}>{t('manage.button')}</DialogButton> : null;
}
