import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../../../components/dialog-button';

// The form (antd Form, Input.Password) is downloaded when it is first opened, not with the list page.
const AcceptTransferModal = lazy(() => import('./accept-transfer-modal').then((m) => ({ default: m.AcceptTransferModal })));

/** "Accept transfer" on the Volumes and Transfers pages. */
export function AcceptTransferButton() {
  const { t } = useTranslation('volume-actions');
  return <DialogButton dialog={AcceptTransferModal}>{t('actions.acceptTransfer')}</DialogButton>;
}
