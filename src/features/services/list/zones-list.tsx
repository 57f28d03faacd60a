import { Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AvailabilityZone } from '../../../api/models';

/** Cinder's zones: available while one of their cinder-volume services is enabled. */
export function ZonesList({ zones, loading }: { zones: AvailabilityZone[] | undefined; loading: boolean }) {
  const { t } = useTranslation('services');
  if (loading) return <Spin />;
  if (!zones?.length) return <Typography.Text type="secondary">{t('zones.empty')}</Typography.Text>;
  return (
    <ul aria-label={t('zones.title')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 16 }}>
      {zones.map((zone) => (
        <li key={zone.zoneName}>
          <Typography.Text strong style={{ marginRight: 8 }}>
            {zone.zoneName}
          </Typography.Text>
          {zone.zoneState.available ? <Tag color="green">{t('zones.available')}</Tag> : <Tag color="red">{t('zones.unavailable')}</Tag>}
        </li>
      ))}
    </ul>
  );
}
