import type { UseQueryResult } from '@tanstack/react-query';
import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Image, Snapshot, Volume } from '../../../../api/models';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import type { CreateSource } from './size-bounds';

const GiB = 1024 ** 3;

function imageLabel(image: Image): string {
  const size = image.size ? `${(image.size / GiB).toFixed(2)} GiB` : '0 B';
  return `${image.name || image.id} · ${size}${image.min_disk ? ` · min ${image.min_disk} GiB` : ''}`;
}

interface SourceFieldsProps {
  source: CreateSource;
  offered: CreateSource[];
  images: UseQueryResult<Image[]>;
  regularImages: Image[];
  vmImages: Image[];
  snapshots: UseQueryResult<Snapshot[]>;
  volumes: UseQueryResult<Volume[]>;
}

/** The source choice and the picker for the chosen source. */
export function SourceFields({ source, offered, images, regularImages, vmImages, snapshots, volumes }: SourceFieldsProps) {
  const { t } = useTranslation('volume-actions');
  const sourceLabels: Record<CreateSource, string> = {
    blank: t('create.source.blank'),
    image: t('create.source.image'),
    vmSnapshot: t('create.source.vmSnapshot'),
    snapshot: t('create.source.snapshot'),
    volume: t('create.source.volume'),
  };
  const picker = (query: UseQueryResult<unknown>, empty: string) => ({
    loading: query.isPending,
    notFoundContent: query.isPending ? t('common.loading') : empty,
    showSearch: { optionFilterProp: 'label' as const },
  });
  return (
    <>
      <Form.Item name="source" label={t('create.sourceLabel')} required>
        <Radio.Group optionType="button" options={offered.map((value) => ({ value, label: sourceLabels[value] }))} />
      </Form.Item>
      {source === 'image' ? (
        <>
          {images.isError ? <ApiErrorAlert error={images.error} title={t('create.imagesFailed')} /> : null}
          <Form.Item
            name="imageId"
            label={t('create.image')}
            rules={[
              { required: true, message: t('validation.imageRequired') },
              {
                validator: async (_r, id: string | undefined) => {
                  if (id && images.data && !regularImages.some((i) => i.id === id)) throw new Error(t('validation.imageNotAvailable'));
                },
              },
            ]}
          >
            <Select aria-label={t('create.image')} {...picker(images, t('create.noImages'))} options={regularImages.map((i) => ({ value: i.id, label: imageLabel(i) }))} />
          </Form.Item>
        </>
      ) : null}
      {source === 'vmSnapshot' ? (
        <>
          {images.isError ? <ApiErrorAlert error={images.error} title={t('create.imagesFailed')} /> : null}
          <Form.Item
            name="vmImageId"
            label={t('create.vmImage')}
            extra={t('create.vmImageHelp')}
            rules={[{ required: true, message: t('validation.imageRequired') }]}
          >
            <Select aria-label={t('create.vmImage')} {...picker(images, t('create.noVmImages'))} options={vmImages.map((i) => ({ value: i.id, label: i.name || i.id }))} />
          </Form.Item>
        </>
      ) : null}
      {source === 'snapshot' ? (
        <>
          {snapshots.isError ? <ApiErrorAlert error={snapshots.error} /> : null}
          <Form.Item
            name="snapshotId"
            label={t('create.snapshot')}
            extra={t('create.snapshotHelp')}
            rules={[
              { required: true, message: t('validation.snapshotRequired') },
              {
                // A linked (?snapshot_id=) snapshot may be gone or busy by now.
                validator: async (_r, id: string | undefined) => {
                  if (id && snapshots.data && !snapshots.data.some((s) => s.id === id)) throw new Error(t('validation.snapshotNotAvailable'));
                },
              },
            ]}
          >
            <Select
              aria-label={t('create.snapshot')}
              {...picker(snapshots, t('create.noSnapshots'))}
              options={(snapshots.data ?? []).map((s) => ({ value: s.id, label: `${s.name || s.id} · ${s.size} GiB` }))}
            />
          </Form.Item>
        </>
      ) : null}
      {source === 'volume' ? (
        <>
          {volumes.isError ? <ApiErrorAlert error={volumes.error} /> : null}
          <Form.Item
            name="sourceVolid"
            label={t('create.sourceVolume')}
            extra={t('create.sourceVolumeHelp')}
            rules={[
              { required: true, message: t('validation.sourceVolumeRequired') },
              {
                validator: async (_r, id: string | undefined) => {
                  if (id && volumes.data && !volumes.data.some((v) => v.id === id)) throw new Error(t('validation.sourceVolumeNotAvailable'));
                },
              },
            ]}
          >
            <Select
              aria-label={t('create.sourceVolume')}
              {...picker(volumes, t('create.noVolumes'))}
              options={(volumes.data ?? []).map((v) => ({ value: v.id, label: `${v.name || v.id} · ${v.size} GiB · ${v.status}` }))}
            />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
