import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The form (antd Form, Input.Password) is downloaded when it is first opened, not with the list page.
const AcceptTransferModal = lazy(() => import('./accept-transfer-modal').then((m) => ({ default: m.AcceptTransferModal })));

/** "Accept transfer" on the Volumes and Transfers pages. */
export function AcceptTransferButton() {
  const { t } = useTranslation('volume-actions');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('actions.acceptTransfer')}</Button>
      {open ? (
        <Suspense fallback={null}>
          <AcceptTransferModal onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
