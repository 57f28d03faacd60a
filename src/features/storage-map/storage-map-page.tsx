import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, theme, Typography } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-states';
import { BackendColumn } from './components/backend-column';
import { TypeLane } from './components/type-lane';
import { useGib } from './components/use-gib';
import { useStorageMapData } from '../../queries/storage';
import { buildStorageMap } from '../../domain/storage';

/** /storage-map (admin): backends and pools, the types that target them, QoS on those types — as a picture. */
export function StorageMapPage() {
  const { t } = useTranslation(['storage-map', 'app']);
  const { token } = theme.useToken();
  const gib = useGib();
  const summaryId = useId();
  const { pools, types, qos } = useStorageMapData();
  const map = useMemo(
    () => (pools.data && types.data ? buildStorageMap(pools.data, types.data, qos.data ?? []) : null),
    [pools.data, types.data, qos.data],
  );
  const refreshing = pools.isFetching || types.isFetching || qos.isFetching;
  const refresh = () => {
    void pools.refetch();
    void types.refetch();
    void qos.refetch();
  };

  const header = (
    <PageHeader
      title={t('title')}
      subtitle={t('subtitle')}
      extra={
        <>
          <Link to="/services">{t('servicesLink')}</Link>
          <Button icon={<ReloadOutlined />} onClick={refresh} loading={refreshing && !!map}>
            {t('app:actions.refresh')}
          </Button>
        </>
      }
    />
  );

  // QoS is decoration on the types: without it the map still stands (ids instead of names).
  const blocking = pools.error ?? types.error;
  if (blocking && !map) {
    return (
      <>
        {header}
        <PageError error={blocking} onRetry={refresh} />
      </>
    );
  }
  if (!map) {
    return (
      <>
        {header}
        <PageLoading />
      </>
    );
  }

  const targeted = map.backends.reduce((sum, b) => sum + b.types.length, 0);
  const missing = map.missingBackends.reduce((sum, b) => sum + b.types.length, 0);
  return (
    <>
      {header}
      {qos.error ? <Alert type="warning" showIcon title={t('qos.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      {/* A failed refresh keeps the last picture on screen, with the server's answer above it. */}
      {blocking ? (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={blocking} />
        </div>
      ) : null}
      <Typography.Paragraph id={summaryId} style={{ marginBottom: 16 }}>
        {t('summary.capacity', { backends: map.backends.length, pools: map.poolCount, free: gib(map.free), total: gib(map.total) })}{' '}
        {t('summary.types', { types: map.typeCount, targeted, any: map.anyBackend.length, missing })}
      </Typography.Paragraph>
      <figure aria-label={t('figure')} aria-describedby={summaryId} style={{ margin: 0, display: 'grid', gap: 16 }}>
        {map.backends.length === 0 ? (
          map.missingBackends.length === 0 ? (
            <Empty description={<><Typography.Text strong>{t('empty.title')}</Typography.Text><br />{t('empty.text')}</>} />
          ) : (
            <Alert type="warning" showIcon title={t('empty.title')} description={t('empty.text')} />
          )
        ) : null}
        {map.backends.length + map.missingBackends.length > 0 ? (
          <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', alignItems: 'start' }}>
            {map.backends.map((backend) => (
              <BackendColumn key={backend.name} backend={backend} />
            ))}
            {map.missingBackends.map((backend) => (
              <TypeLane
                key={backend.name}
                tone="missing"
                title={t('missing.title', { name: backend.name })}
                text={t('missing.text')}
                types={backend.types}
              />
            ))}
          </div>
        ) : null}
        <div style={{ borderTop: `1px dashed ${token.colorBorder}`, paddingTop: 16 }}>
          <TypeLane tone="any" title={t('anyBackend.title')} text={t('anyBackend.text')} types={map.anyBackend} emptyText={t('anyBackend.empty')} />
        </div>
      </figure>
    </>
  );
}
