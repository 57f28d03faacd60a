import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../api/backup-models';
import { backupCalls, createBackup, type CreateBackupInput } from '../../../api/backups';
import { supports } from '../../../api/microversion';
import type { Volume } from '../../../api/models';
import { createBackupBlock, incrementalParent, needsForce } from '../../../domain/backups';
import { useRequiredSession } from '../../../lib/use-session';
import { useInvalidateAfterBackup, volumeBackupsOptions, volumeSnapshotsOptions } from '../../../queries/backups';
import { volumePickerOptions } from '../../../queries/volumes';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { BackupQuotaPanel } from './create/backup-quota-panel';
import { BackupServiceAlert } from '../components/backup-service-alert';
import { MetadataList, toMetadata, type MetadataRow } from './create/metadata-list';

export interface CreateBackupModalProps {
  /** Preselected volume (a volume's row or detail page); without it the form offers a volume picker. */
  volume?: Volume;
  onClose: () => void;
  /** Cinder's answer (the summary: id and name); the backup is `creating`. */
  onCreated?: (backup: BackupSummary) => void;
}

interface FormValues {
  volumeId?: string;
  snapshotId?: string;
  name?: string;
  description?: string;
  container?: string;
  incremental?: boolean;
  force?: boolean;
  metadata?: MetadataRow[];
}

const NAME_MAX = 255;

/** Back up a volume (or one of its snapshots): full or incremental, forced for an in-use volume. Opened while mounted. */
export function CreateBackupModal({ volume, onClose, onCreated }: CreateBackupModalProps) {
  const { t } = useTranslation(['backups', 'app']);
  const { message } = useFeedback();
  const session = useRequiredSession();
  const withMetadata = supports(session, 'backupMetadata');
  const [form] = Form.useForm<FormValues>();
  const watched = Form.useWatch((all: FormValues) => all, form) as FormValues | undefined;
  const [pickedId, setPickedId] = useState<string | undefined>();
  const invalidate = useInvalidateAfterBackup();

  const volumes = useQuery({ ...volumePickerOptions(session.project.id), enabled: !volume });
  const selected = volume ?? volumes.data?.volumes.find((v) => v.id === pickedId);
  const volumeId = selected?.id;
  const backups = useQuery({ ...volumeBackupsOptions(volumeId ?? ''), enabled: !!volumeId });
  const snapshots = useQuery({ ...volumeSnapshotsOptions(volumeId ?? ''), enabled: !!volumeId });
  const snapshot = snapshots.data?.snapshots.find((s) => s.id === watched?.snapshotId) ?? null;

  const forceNeeded = !!selected && needsForce(selected, !!snapshot);
  const block = selected ? createBackupBlock(selected, { force: true, snapshot }) : null;
  const parent = volumeId && backups.data ? incrementalParent(backups.data, volumeId, snapshot) : null;
  const canIncrement = !!parent && 'parentId' in parent;

  const toInput = (values: FormValues): CreateBackupInput => ({
    volume_id: volume?.id ?? values.volumeId ?? '',
    snapshot_id: values.snapshotId || undefined,
    name: values.name?.trim() || undefined,
    description: values.description?.trim() || undefined,
    container: values.container?.trim() || undefined,
    incremental: canIncrement && values.incremental ? true : undefined,
    force: forceNeeded && values.force ? true : undefined,
    metadata: withMetadata ? toMetadata(values.metadata) : undefined,
  });
  const cliRequest = watched && (volume?.id ?? watched.volumeId) ? backupCalls.create(toInput(watched)) : null;

  const create = useMutation({
    mutationFn: (values: FormValues) => createBackup(toInput(values)),
    onSuccess: (backup) => {
      message.success(t('create.success', { name: backup.name || backup.id }));
      void invalidate();
      onCreated?.(backup);
      onClose();
    },
  });

  const blockText = block
    ? block.key === 'volumeStatus'
      ? t('create.blocked.volumeStatus', { status: block.values?.status })
      : block.key === 'snapshotStatus'
        ? t('create.blocked.snapshotStatus', { status: block.values?.status })
        : t('create.blocked.snapshotOfOtherVolume')
    : null;

  return (
    <Modal
      open
      title={volume ? t('create.titleFor', { name: volume.name || volume.id }) : t('create.title')}
      okText={t('create.submit')}
      cancelText={t('app:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: create.isPending, disabled: !!block }}
      width={600}
    >
      <BackupServiceAlert />
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="create-backup"
        initialValues={{ metadata: [] }}
        onFinish={(values) => create.mutate(values)}
        onValuesChange={(changed: FormValues) => {
          if ('volumeId' in changed) {
            setPickedId(changed.volumeId);
            form.setFieldsValue({ snapshotId: undefined, incremental: false, force: false });
          }
        }}
      >
        {volume ? null : (
          <Form.Item
            name="volumeId"
            label={t('create.volume')}
            rules={[{ required: true, message: t('create.volumeRequired') }]}
            validateStatus={volumes.isError ? 'error' : undefined}
            help={volumes.isError ? t('create.volumesError') : undefined}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={volumes.isLoading}
              placeholder={t('create.volumePlaceholder')}
              options={(volumes.data?.volumes ?? []).map((v) => ({ value: v.id, label: t('create.volumeOption', { name: v.name || v.id, size: v.size, status: v.status }) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="snapshotId" label={t('create.snapshot')} extra={t('create.snapshotHelp')}>
          <Select
            allowClear
            disabled={!volumeId}
            loading={snapshots.isLoading && !!volumeId}
            placeholder={t('create.snapshotPlaceholder')}
            options={(snapshots.data?.snapshots ?? []).map((s) => ({
              value: s.id,
              label: t('create.snapshotOption', { name: s.name || s.id, status: s.status }),
              disabled: s.status !== 'available',
            }))}
          />
        </Form.Item>
        {blockText ? <Alert type="warning" showIcon role="alert" title={blockText} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="name" label={t('create.name')} rules={[{ max: NAME_MAX, message: t('create.tooLong', { max: NAME_MAX }) }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="description" label={t('create.description')} rules={[{ max: NAME_MAX, message: t('create.tooLong', { max: NAME_MAX }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="incremental"
          valuePropName="checked"
          extra={volumeId && backups.data && !canIncrement ? t('create.incrementalUnavailable') : t('create.incrementalHelp')}
        >
          <Checkbox disabled={!canIncrement}>{t('create.incremental')}</Checkbox>
        </Form.Item>
        {forceNeeded ? (
          <Form.Item
            name="force"
            valuePropName="checked"
            extra={t('create.forceHelp')}
            rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('create.forceRequired')))) }]}
          >
            <Checkbox>{t('create.force')}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item name="container" label={t('create.container')} extra={t('create.containerHelp')} rules={[{ max: NAME_MAX, message: t('create.tooLong', { max: NAME_MAX }) }]}>
          <Input autoComplete="off" />
        </Form.Item>
        {withMetadata ? <MetadataList /> : null}
        <BackupQuotaPanel projectId={session.project.id} size={selected?.size ?? 0} />
        {create.isError ? <ApiErrorAlert error={create.error} /> : null}
      </Form>
      <CliEquivalent request={cliRequest} />
    </Modal>
  );
}
