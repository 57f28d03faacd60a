import { ConfigProvider, Tooltip } from 'antd';
import { useContext } from 'react';
import { exactTime, fromNow } from './format';

/**
 * "3 minutes ago", exact time on hover. Reads antd's locale from context so it re-renders once the
 * language's dayjs locale has loaded (that happens after i18next has already switched the strings).
 */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  const { locale } = useContext(ConfigProvider.ConfigContext);
  if (!iso) return <>—</>;
  return (
    <Tooltip title={exactTime(iso)}>
      <time dateTime={iso} lang={locale?.locale}>
        {fromNow(iso)}
      </time>
    </Tooltip>
  );
}
