import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Backup } from '../../../api/backup-models';
import { backupCalls, type RestoreBackupInput } from '../../../api/backups';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { backupLabel, restoreBlock, restoreTargets } from '../../../domain/backups';
import { useRequiredSession } from '../../../lib/use-session';
import { useRestoreBackup } from '../../../queries/backups';
import { volumePickerOptions } from '../../../queries/volumes';
import { useBackupReasons } from './reasons';
import { useVolumeStatusWithCode } from '../../../components/status-words';

interface Values {
  target: 'new' | 'existing';
  name?: string;
  volumeId?: string;
  confirmation?: string;
}

/**
 * Restore into a new volume (Cinder sizes it like the backup) or onto an existing available volume at least
 * as large — which overwrites it, so its name must be typed first.
 */
export function RestoreModal({ backup, onClose }: { backup: Backup; onClose: () => void }) {
  const { t } = useTranslation(['backups', 'app']);
  const volumeStatus = useVolumeStatusWithCode();
  const { message } = useFeedback();
  const session = useRequiredSession();
  const reasons = useBackupReasons(session.volumeApiVersion);
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch((all: Values) => all, form) as Values | undefined;
  const restore = useRestoreBackup(backup.id);
  const existing = watched?.target === 'existing';
  const volumes = useQuery({ ...volumePickerOptions(session.project.id), enabled: existing });
  const targets = restoreTargets(backup, volumes.data?.volumes ?? []);
  const target = volumes.data?.volumes.find((v) => v.id === watched?.volumeId);
  const targetName = target ? target.name || target.id : '';
  const blocked = reasons.restore(backup);
  const targetBlock = target ? restoreBlock(backup, target) : null;

  const toInput = (values: Values | undefined): RestoreBackupInput =>
    values?.target === 'existing' ? { volume_id: values.volumeId } : { name: values?.name?.trim() || undefined };

  return (
    <Modal
      open
      title={t('restore.title', { name: backupLabel(backup) })}
      okText={t('restore.submit')}
      okButtonProps={{ danger: existing, loading: restore.isPending, disabled: !!blocked }}
      cancelText={t('app:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={560}
    >
      {blocked ? <Alert type="error" showIcon title={blocked} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="restore-backup"
        initialValues={{ target: 'new' }}
        onFinish={(values) =>
          restore.mutate(toInput(values), {
            onSuccess: (result) => {
              message.success(
                <span>
                  {t('restore.success', { name: backupLabel(backup), volume: result.volume_name || result.volume_id })}{' '}
                  <Link to={`/volumes/${result.volume_id}`}>{t('restore.openVolume')}</Link>
                </span>,
              );
              onClose();
            },
          })
        }
      >
        <Form.Item name="target" label={t('restore.target')}>
          <Radio.Group
            options={[
              { value: 'new', label: t('restore.toNew') },
              { value: 'existing', label: t('restore.toExisting') },
            ]}
          />
        </Form.Item>
        {existing ? (
          <>
            <Form.Item
              name="volumeId"
              label={t('restore.volume')}
              rules={[{ required: true, message: t('restore.volumeRequired') }]}
              extra={volumes.data && !targets.length ? t('restore.noTargets', { size: backup.size }) : undefined}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={volumes.isLoading}
                placeholder={t('restore.volumePlaceholder', { size: backup.size })}
                options={targets.map((v) => ({ value: v.id, label: t('restore.volumeOption', { name: v.name || v.id, size: v.size }) }))}
              />
            </Form.Item>
            {targetBlock?.key === 'volumeStatus' ? <Alert type="error" showIcon title={t('restore.blockedVolumeStatus', { status: volumeStatus(target?.status ?? '') })} /> : null}
            {targetBlock?.key === 'volumeTooSmall' ? <Alert type="error" showIcon title={t('restore.blockedTooSmall', targetBlock.values)} /> : null}
            {target ? (
              <>
                <Alert type="warning" showIcon title={t('restore.overwriteWarning', { name: targetName })} style={{ marginBottom: 16 }} />
                <Form.Item
                  name="confirmation"
                  label={t('restore.confirm')}
                  extra={t('restore.confirmHelp', { name: targetName })}
                  rules={[
                    {
                      // The name, or the id of an unnamed volume: typing it proves the right disk was picked.
                      validator: async (_rule, value: string | undefined) => {
                        const typed = (value ?? '').trim();
                        if (typed !== targetName && typed !== target.id) throw new Error(t('restore.confirmMismatch'));
                      },
                    },
                  ]}
                >
                  <Input autoComplete="off" spellCheck={false} />
                </Form.Item>
              </>
            ) : null}
          </>
        ) : (
          <Form.Item name="name" label={t('restore.newName')} extra={t('restore.newNameHelp', { id: backup.id, size: backup.size })} rules={[{ max: 255 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {restore.isError ? <ApiErrorAlert error={restore.error} /> : null}
      </Form>
      <CliEquivalent request={backupCalls.restore(backup.id, toInput(watched))} />
    </Modal>
  );
}
