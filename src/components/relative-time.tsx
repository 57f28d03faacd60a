import { useTranslation } from 'react-i18next';
import { HoverTip } from './hover-tip';
import { exactTime, fromNow } from '../lib/time-format';

/**
 * The content width of a list's "Created" column (ResourceColumn.contentWidth): "59 minutes ago" fits, so a
 * fresh row's "just now" turning into "12 seconds ago" does not move the other columns.
 */
export const RELATIVE_TIME_WIDTH = '6.5rem';

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
