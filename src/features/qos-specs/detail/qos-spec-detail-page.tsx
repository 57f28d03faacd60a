import { DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageError, PageLoading } from '../../../components/page-states';
import { AssociationsCard } from './associations-card';
import { ConsumerTag } from '../components/consumer-tag';
import { DeleteQosModal } from '../actions/delete-qos-modal';
import { SpecEditor } from '../components/spec-editor';
import { useQosSpec } from '../../../queries/qos-specs';

export function QosSpecDetailPage() {
  const { t } = useTranslation(['qos-specs', 'app']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const spec = useQosSpec(id);
  const [deleting, setDeleting] = useState(false);

  const crumbs = [{ label: t('detail.breadcrumb'), to: '/qos-specs' }, { label: spec.data?.name ?? id }];

  if (spec.isPending) return <PageLoading />;
  // A failed background refresh keeps the page (with a notice); only a failed first load replaces it.
  if (spec.data === undefined) {
    if (isApiError(spec.error) && spec.error.isNotFound) {
      return (
        <>
          <PageHeader title={id} breadcrumbs={crumbs} />
          <Result
            status="404"
            title={t('detail.notFound')}
            subTitle={<ApiErrorAlert error={spec.error} />}
            extra={
              <Link to="/qos-specs">
                <Button type="primary">{t('detail.backToList')}</Button>
              </Link>
            }
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title={id} breadcrumbs={crumbs} />
        <PageError error={spec.error} onRetry={() => void spec.refetch()} />
      </>
    );
  }

  const data = spec.data;
  return (
    <>
      <PageHeader
        title={data.name}
        breadcrumbs={crumbs}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void spec.refetch()} loading={spec.isFetching}>
              {t('app:actions.refresh')}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={() => setDeleting(true)}>
              {t('app:actions.delete')}
            </Button>
          </>
        }
      />
      {spec.isRefetchError ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={spec.error} />
        </div>
      ) : null}
      <Flex vertical gap={16}>
        <Card title={t('detail.overview')}>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('detail.id')}>
              <Typography.Text copyable>{data.id}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('consumer.label')}>
              <ConsumerTag consumer={data.consumer} />
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.keyCount')}>{Object.keys(data.specs).length}</Descriptions.Item>
          </Descriptions>
        </Card>
        <SpecEditor spec={data} />
        <AssociationsCard spec={data} />
      </Flex>
      <DeleteQosModal
        spec={deleting ? data : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate('/qos-specs', { replace: true })}
      />
    </>
  );
}
