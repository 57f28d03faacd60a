import { useTranslation } from 'react-i18next';
import { HoverTip } from './hover-tip';
import { exactTime, fromNow } from '../lib/time-format';

/** "3 minutes ago" in the UI language, exact time on hover. */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!iso) return <>—</>;
  return (
    <HoverTip title={exactTime(iso)}>
      <time dateTime={iso} lang={i18n.language}>
        {fromNow(iso, i18n.language)}
      </time>
    </HoverTip>
  );
}
