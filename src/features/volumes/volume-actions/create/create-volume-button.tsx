import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CreateVolumeValues } from './create-body';
import { prefillFromParams, wantsCreate, withoutCreateParams } from './prefill';

// The form is downloaded when it is first opened, not with the list page.
const CreateVolumeModal = lazy(() => import('./create-volume-modal').then((m) => ({ default: m.CreateVolumeModal })));

/**
 * "Create volume" and its form. Also opens from the URL (`?create=1[&source=…]`), which other pages
 * link to (e.g. "Create volume from this snapshot"): the prefill is taken once, then the params are
 * dropped so a reload or a list change does not reopen it.
 */
export function CreateVolumeButton() {
  const { t } = useTranslation('volume-actions');
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<{ prefill?: Partial<CreateVolumeValues> } | null>(null);
  const link = wantsCreate(params) ? params.toString() : null;
  const [consumed, setConsumed] = useState<string | null>(null);
  // A new link opens the form (state adjusted while rendering, not in an effect).
  if (link && link !== consumed) {
    setConsumed(link);
    setDialog({ prefill: prefillFromParams(params) });
  }
  useEffect(() => {
    if (link) setParams((current) => withoutCreateParams(current), { replace: true });
  }, [link, setParams]);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})}>
        {t('create.button')}
      </Button>
      {dialog ? (
        <Suspense fallback={null}>
          <CreateVolumeModal prefill={dialog.prefill} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
