import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SpecDiff } from '../../../domain/volume-types';

/** The reviewed change: what will be added, changed and removed, in that order. */
export function SpecDiffView({ diff }: { diff: SpecDiff }) {
  const { t } = useTranslation(['volume-types', 'app']);
  return (
    <ul aria-label={t('specs.diffTitle')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {diff.added.map(({ key, value }) => (
        <li key={`a-${key}`} style={{ marginBottom: 6 }}>
          <Tag color="green">{t('specs.added')}</Tag>
          <Typography.Text code>{key}</Typography.Text> = <Typography.Text code>{value}</Typography.Text>
        </li>
      ))}
      {diff.changed.map(({ key, from, to }) => (
        <li key={`c-${key}`} style={{ marginBottom: 6 }}>
          <Tag color="blue">{t('specs.changed')}</Tag>
          <Typography.Text code>{key}</Typography.Text>: <Typography.Text delete>{from}</Typography.Text> →{' '}
          <Typography.Text code>{to}</Typography.Text>
        </li>
      ))}
      {diff.removed.map(({ key, value }) => (
        <li key={`r-${key}`} style={{ marginBottom: 6 }}>
          <Tag color="red">{t('specs.removed')}</Tag>
          <Typography.Text code delete>
            {key} = {value}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
