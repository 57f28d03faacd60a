import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isVmSnapshotImage } from '../../../../api/images';
import { supports } from '../../../../api/microversion';
import type { Volume } from '../../../../api/models';
import { createVolume, volumeActionCalls } from '../../../../api/volume-actions';
import { useIsAdmin, useRequiredSession } from '../../../../lib/use-session';
import { volumeKeys } from '../../../../queries/volumes';
import { ActionModal } from '../action-modal';
import { defaultTypeOptions, imagesOptions, quotaOptions, snapshotSourcesOptions, typesOptions, volumeSourcesOptions, zonesOptions } from '../../../../queries/volume-actions';
import { NAME_MAX } from '../../../../domain/volumes';
import { parseGiB } from '../../../../domain/size';
import { buildCreateBody, sourceFixesType, sourceFixesZone, type CreateVolumeValues } from './create-body';
import { MetadataRows } from './metadata-rows';
import { QuotaPanel } from './quota-panel';
import { sizeBounds, sizeProblem, type CreateSource } from './size-bounds';
import { SourceFields } from './source-fields';
import { typeChoices } from './type-options';
import { useEncryptedTypes } from '../../../../queries/encryption';
import { useFeedback } from '../../../../components/feedback/feedback';

interface CreateVolumeModalProps {
  prefill?: Partial<CreateVolumeValues>;
  onClose: (created?: Volume) => void;
}

export function CreateVolumeModal({ prefill, onClose }: CreateVolumeModalProps) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const { message } = useFeedback();
  const queryClient = useQueryClient();
  const session = useRequiredSession();
  const admin = useIsAdmin();
  const [form] = Form.useForm<CreateVolumeValues>();

  const imageService = session.endpoints.image !== null;
  const vmSupported = supports(session, 'vmSnapshotImage');
  const offered: CreateSource[] = ['blank', ...(imageService ? (['image'] as const) : []), ...(imageService && vmSupported ? (['vmSnapshot'] as const) : []), 'snapshot', 'volume'];
  const initialSource = prefill?.source && offered.includes(prefill.source) ? prefill.source : 'blank';

  const source: CreateSource = Form.useWatch('source', form) ?? initialSource;
  const imageId = Form.useWatch('imageId', form);
  const vmImageId = Form.useWatch('vmImageId', form);
  const snapshotId = Form.useWatch('snapshotId', form);
  const sourceVolid = Form.useWatch('sourceVolid', form);
  const typeId = Form.useWatch('volumeType', form);
  const size = Form.useWatch('size', form);

  const images = useQuery({ ...imagesOptions(), enabled: imageService && (source === 'image' || source === 'vmSnapshot') });
  const snapshots = useQuery({ ...snapshotSourcesOptions(), enabled: source === 'snapshot' });
  const volumes = useQuery({ ...volumeSourcesOptions(prefill?.sourceVolid), enabled: source === 'volume' });
  const types = useQuery(typesOptions(admin));
  const defaultType = useQuery(defaultTypeOptions());
  const zones = useQuery(zonesOptions());
  const quota = useQuery(quotaOptions(session.project.id));

  const regularImages = useMemo(() => (images.data ?? []).filter((i) => !isVmSnapshotImage(i)), [images.data]);
  const vmImages = useMemo(() => (images.data ?? []).filter((i) => isVmSnapshotImage(i)), [images.data]);
  const objects = {
    image: source === 'image' ? regularImages.find((i) => i.id === imageId) : source === 'vmSnapshot' ? vmImages.find((i) => i.id === vmImageId) : undefined,
    snapshot: source === 'snapshot' ? snapshots.data?.find((s) => s.id === snapshotId) : undefined,
    volume: source === 'volume' ? volumes.data?.find((v) => v.id === sourceVolid) : undefined,
  };
  const { choices, initial: initialType } = typeChoices(types.data ?? [], defaultType.data ?? null, admin, (name) =>
    name ? t('create.defaultTypeNamed', { name }) : t('create.defaultType'),
  );
  // Only admins may read encryption specs (Cinder policy): they see which types encrypt.
  const encrypted = useEncryptedTypes(admin ? (types.data ?? []).map((type) => type.id) : [], admin);
  const chosenType = choices.find((c) => c.value === (typeId ?? initialType));
  // The type the volume will get: the source volume's when none is picked, else the choice (or the default's name).
  const typeName = source === 'volume' && !typeId ? (objects.volume?.volume_type ?? undefined) : (chosenType?.name ?? undefined);
  const bounds = sizeBounds(source, objects, quota.data, sourceFixesType(source) ? undefined : typeName);

  // Preselect the default type once the types are known (unless the person already chose). A copy of a
  // volume keeps the source's type unless another is picked, so nothing is preselected for it.
  useEffect(() => {
    if (source === 'volume') {
      if (form.getFieldValue('volumeType') === initialType) form.setFieldValue('volumeType', undefined);
      return;
    }
    if (types.data && !defaultType.isPending && form.getFieldValue('volumeType') === undefined) form.setFieldValue('volumeType', initialType);
  }, [types.data, defaultType.isPending, initialType, form, source]);
  // A bigger source raises the size to its minimum; a smaller one never lowers what was typed.
  useEffect(() => {
    const current = parseGiB(form.getFieldValue('size'));
    if (current === null || current < bounds.min) form.setFieldValue('size', bounds.min);
  }, [bounds.min, form]);

  const mutation = useMutation({
    mutationFn: (values: CreateVolumeValues) => createVolume(buildCreateBody(values)),
    onSuccess: (volume) => {
      queryClient.setQueryData(volumeKeys.detail(volume.id), volume);
      void queryClient.invalidateQueries({ queryKey: volumeKeys.all });
    },
  });

  const minText: Record<typeof bounds.minReason, string | null> = {
    default: null,
    image: t('create.minFrom.image', { min: bounds.min }),
    vmSnapshot: t('create.minFrom.vmSnapshot', { min: bounds.min }),
    snapshot: t('create.minFrom.snapshot', { min: bounds.min }),
    volume: t('create.minFrom.volume', { min: bounds.min }),
  };
  const sizeHelp = [
    minText[bounds.minReason],
    bounds.max === null ? null : t('create.maxFromQuota', { max: bounds.max }),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ActionModal<CreateVolumeValues>
      cli={(values) => volumeActionCalls.create(buildCreateBody({ ...values, source }))}
      title={t('create.title')}
      okText={t('app:actions.create')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      width={860}
      onClose={() => onClose()}
      initialValues={{ size: 1, metadata: [], ...prefill, source: initialSource }}
      onSubmit={(values) =>
        mutation.mutate(values, {
          onSuccess: (volume) => {
            message.success(t('create.done', { name: volume.name || volume.id }));
            onClose(volume);
          },
        })
      }
    >
      <Row gutter={24}>
        <Col xs={24} md={15}>
          <SourceFields source={source} offered={offered} images={images} regularImages={regularImages} vmImages={vmImages} snapshots={snapshots} volumes={volumes} />
          {objects.volume && objects.volume['os-vol-tenant-attr:tenant_id'] && objects.volume['os-vol-tenant-attr:tenant_id'] !== session.project.id ? (
            // Cinder creates the copy in the token's project: its quota, not the source's, applies.
            <Typography.Paragraph type="secondary">{t('create.copyToOwnProject', { project: session.project.name })}</Typography.Paragraph>
          ) : null}
          <Form.Item
            name="name"
            label={t('fields.name')}
            rules={[
              { max: NAME_MAX, message: t('validation.nameTooLong', { max: NAME_MAX }) },
              { validator: async (_r, value?: string) => (value && !value.trim() ? Promise.reject(new Error(t('validation.nameBlank'))) : undefined) },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('fields.description')} rules={[{ max: NAME_MAX, message: t('validation.descriptionTooLong', { max: NAME_MAX }) }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="size"
            label={t('fields.sizeGiB')}
            required
            extra={sizeHelp || undefined}
            rules={[
              {
                validator: async (_r, value: unknown) => {
                  const problem = sizeProblem(parseGiB(value), bounds);
                  if (problem === 'required') throw new Error(t('validation.sizeRequired'));
                  if (problem === 'notInteger') throw new Error(t('validation.sizeInteger'));
                  if (problem === 'belowMin') throw new Error(t('validation.sizeBelowMin', { min: bounds.min }));
                  if (problem === 'aboveMax') throw new Error(t('validation.sizeAboveQuota', { max: bounds.max ?? 0 }));
                },
              },
            ]}
          >
            {/* No min or precision: antd would round 2.5 to 3 and clamp 0 to 1 without a word. The rule refuses them. */}
            <InputNumber aria-label={t('fields.sizeGiB')} suffix="GiB" style={{ width: 200 }} />
          </Form.Item>
          {sourceFixesType(source) ? (
            <Typography.Paragraph type="secondary">{t('create.typeFromSnapshot')}</Typography.Paragraph>
          ) : (
            <Form.Item name="volumeType" label={t('fields.type')}>
              <Select
                aria-label={t('fields.type')}
                loading={types.isPending || defaultType.isPending}
                options={(source === 'volume' ? choices.filter((c) => c.value !== '') : choices).map((c) => ({
                  value: c.value,
                  label: encrypted.get(c.value) ? t('create.typeEncrypted', { name: c.label }) : c.label,
                }))}
                allowClear={source === 'volume'}
                placeholder={source === 'volume' ? t('create.typeSameAsSource', { type: objects.volume?.volume_type ?? '—' }) : undefined}
              />
            </Form.Item>
          )}
          {sourceFixesZone(source) ? (
            <Typography.Paragraph type="secondary">{t('create.zoneFromSource')}</Typography.Paragraph>
          ) : (
            <Form.Item name="availabilityZone" label={t('fields.zone')}>
              <Select
                aria-label={t('fields.zone')}
                allowClear
                placeholder={t('create.zoneAny')}
                loading={zones.isPending}
                options={(zones.data ?? []).map((z) => ({
                  value: z.zoneName,
                  label: z.zoneState.available ? z.zoneName : t('create.zoneUnavailable', { zone: z.zoneName }),
                  disabled: !z.zoneState.available,
                }))}
              />
            </Form.Item>
          )}
          <MetadataRows />
        </Col>
        <Col xs={24} md={9}>
          <QuotaPanel
            quota={quota.data}
            error={quota.error}
            loading={quota.isPending}
            typeName={sourceFixesType(source) ? undefined : typeName}
            requestedGiB={Number.isFinite(parseGiB(size)) ? (parseGiB(size) ?? 0) : 0}
          />
        </Col>
      </Row>
    </ActionModal>
  );
}
