import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { prefillFromParams, wantsCreate, withoutCreateParams } from './prefill';

// The form is downloaded when it is first opened, not with the list page.
const CreateVolumeModal = lazy(() => import('./create-volume-modal').then((m) => ({ default: m.CreateVolumeModal })));

/**
 * "Create volume" and its form. Also opens from the URL (`?create=1[&source=…]`), which other pages
 * link to (e.g. "Create volume from this snapshot"); closing drops those params.
 */
export function CreateVolumeButton() {
  const { t } = useTranslation('volume-actions');
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const fromUrl = wantsCreate(params);
  const prefill = useMemo(() => (fromUrl ? prefillFromParams(params) : undefined), [fromUrl, params]);
  const close = () => {
    setOpen(false);
    if (fromUrl) setParams(withoutCreateParams(params), { replace: true });
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('create.button')}
      </Button>
      {open || fromUrl ? (
        <Suspense fallback={null}>
          <CreateVolumeModal prefill={prefill} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
