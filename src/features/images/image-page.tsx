import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Image } from '../../api/models';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-states';
import { imageStatusInfo, type ImageStatusInfo } from '../../domain/images';
import { numberFormat } from '../../lib/intl';
import { formatExact } from '../../lib/time';
import { imageDetailOptions } from '../../queries/images';

const GIB = 1024 ** 3;

/**
 * /images/:id — a Glance image, where the activity center's "upload to image" entry leads: its status
 * follows the upload live (queued → saving → active), and an active image can become a new volume.
 */
export function ImagePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['images', 'app']);
  const navigate = useNavigate();
  const query = useQuery(imageDetailOptions(id));
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const image: Image = query.data;
  const info = imageStatusInfo(image.status);
  const statusLabels: Record<ImageStatusInfo['labelKey'], string> = {
    'imageStatus.queued': t('status.queued'),
    'imageStatus.saving': t('status.saving'),
    'imageStatus.uploading': t('status.uploading'),
    'imageStatus.importing': t('status.importing'),
    'imageStatus.active': t('status.active'),
    'imageStatus.killed': t('status.killed'),
    'imageStatus.deleted': t('status.deleted'),
    'imageStatus.pending_delete': t('status.pending_delete'),
    'imageStatus.deactivated': t('status.deactivated'),
    'imageStatus.unknown': image.status,
  };
  const size = image.size === null ? t('unknown') : t('gib', { size: numberFormat(i18n.language, { maximumFractionDigits: 2 }).format(image.size / GIB) });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t('title') }, { label: image.name || image.id }]}
        title={image.name || image.id}
        extra={
          image.status === 'active' ? (
            <Button type="primary" onClick={() => navigate(`/volumes?create=1&source=image&image_id=${encodeURIComponent(image.id)}`)}>
              {t('createVolume')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'id', label: t('fields.id'), children: image.id },
            { key: 'status', label: t('fields.status'), children: <Tag color={info.color}>{statusLabels[info.labelKey]}</Tag> },
            { key: 'size', label: t('fields.size'), children: size },
            { key: 'disk', label: t('fields.diskFormat'), children: image.disk_format ?? '' },
            { key: 'container', label: t('fields.containerFormat'), children: image.container_format ?? '' },
            { key: 'visibility', label: t('fields.visibility'), children: image.visibility },
            { key: 'protected', label: t('fields.protected'), children: image.protected ? t('app:common.yes') : t('app:common.no') },
            { key: 'created', label: t('fields.created'), children: image.created_at ? formatExact(new Date(image.created_at)) : '' },
          ]}
        />
      </Card>
    </>
  );
}
