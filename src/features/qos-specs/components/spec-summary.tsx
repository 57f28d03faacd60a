import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatSpecValue, sortedSpecEntries } from '../../../domain/qos-specs';

/** Specs as an admin reads them: one `key = value unit` per line. */
export function SpecSummary({ specs }: { specs: Record<string, string> }) {
  const { t } = useTranslation('qos-specs');
  const entries = sortedSpecEntries(specs);
  if (!entries.length) return <Typography.Text type="secondary">{t('list.noSpecs')}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entries.map(([key, value]) => (
        <li key={key}>
          <Typography.Text code>{key}</Typography.Text> = <Typography.Text strong title={value}>
            {formatSpecValue(key, value)}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
