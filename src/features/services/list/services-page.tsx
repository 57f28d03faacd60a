import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CinderService } from '../../../api/admin/services';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useFeedback } from '../../../components/feedback/feedback';
import { PageHeader } from '../../../components/page-header';
import { PageError } from '../../../components/page-states';
import { serviceListOptions, useChangeService } from '../../../queries/services';
import { zonesOptions } from '../../../queries/volume-actions';
import { DisableServiceModal } from '../actions/disable-service-modal';
import { ServicesTable } from './services-table';
import { ZonesList } from './zones-list';

/** /services (admin): each Cinder service with its status and heartbeat state; disable with a reason, enable; the zones. */
export function ServicesPage() {
  const { t } = useTranslation(['services', 'app']);
  const { message } = useFeedback();
  const services = useQuery(serviceListOptions());
  const zones = useQuery(zonesOptions());
  const change = useChangeService();
  const [disabling, setDisabling] = useState<CinderService | null>(null);
  const down = (services.data ?? []).filter((s) => s.state === 'down');

  const enable = (service: CinderService) =>
    change.mutate(
      { host: service.host, binary: service.binary, enable: true },
      { onSuccess: () => message.success(t('enable.done', { binary: service.binary, host: service.host })) },
    );

  const header = (
    <PageHeader
      title={t('title')}
      subtitle={t('subtitle')}
      extra={
        <Button icon={<ReloadOutlined />} loading={(services.isFetching || zones.isFetching) && !!services.data} onClick={() => void Promise.all([services.refetch(), zones.refetch()])}>
          {t('app:actions.refresh')}
        </Button>
      }
    />
  );
  if (services.isError && !services.data) {
    return (
      <>
        {header}
        <PageError error={services.error} onRetry={() => void services.refetch()} />
      </>
    );
  }
  return (
    <>
      {header}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {down.length ? <Alert type="error" showIcon title={t('downAlert', { count: down.length, names: down.map((s) => `${s.binary}@${s.host}`).join(', ') })} /> : null}
        {services.isError ? <ApiErrorAlert error={services.error} title={t('refreshFailed')} /> : null}
        {change.isError && !disabling ? <ApiErrorAlert error={change.error} title={t('enable.failed')} /> : null}
        <ServicesTable services={services.data} loading={services.isLoading} busy={change.isPending ? change.variables : undefined} onEnable={enable} onDisable={setDisabling} />
        <Card title={t('zones.title')}>
          {zones.isError ? <ApiErrorAlert error={zones.error} title={t('zones.failed')} /> : <ZonesList zones={zones.data} loading={zones.isLoading} />}
        </Card>
      </Space>
      <DisableServiceModal
        service={disabling}
        onClose={() => {
          change.reset();
          setDisabling(null);
        }}
        change={change}
      />
    </>
  );
}
