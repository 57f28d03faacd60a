import { SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way from the Volumes page to the pending transfers (a lazy page of its own). */
export function TransfersLink() {
  const { t } = useTranslation('volume-actions');
  return (
    <Link to="/volume-transfers" style={{ alignSelf: 'center' }}>
      <SwapOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
      {t('actions.transfers')}
    </Link>
  );
}
