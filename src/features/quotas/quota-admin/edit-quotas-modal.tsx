import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Spin } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { quotaAdminCalls } from '../../../api/admin/quota-admin';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { changedLimits, sortQuotaRows, type QuotaRow } from '../../../domain/quota-limits';
import { defaultQuotasOptions, projectQuotaRowsOptions, useUpdateDefaultQuotas, useUpdateProjectQuotas } from '../../../queries/quota-admin';
import { QuotaLimitsFields } from './quota-limits-fields';

type Target = { kind: 'project'; projectId: string; projectName: string } | { kind: 'defaults' };

/**
 * Edit a project's limits (with its usage beside each, and Cinder's "below usage" refusal checked
 * before sending) or the default class every project without its own limits follows.
 */
export function EditQuotasModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation(['quota-admin', 'quotas', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Record<string, number | null>>();
  const projectId = target?.kind === 'project' ? target.projectId : '';
  const project = useQuery({ ...projectQuotaRowsOptions(projectId), enabled: target?.kind === 'project' });
  const defaults = useQuery({ ...defaultQuotasOptions(), enabled: target?.kind === 'defaults' });
  const updateProject = useUpdateProjectQuotas(projectId);
  const updateDefaults = useUpdateDefaultQuotas();
  const mutation = target?.kind === 'defaults' ? updateDefaults : updateProject;
  const watched = Form.useWatch((all: Record<string, number | null>) => all, form);

  const rows: QuotaRow[] | undefined = useMemo(() => {
    if (target?.kind === 'project') return project.data && sortQuotaRows(project.data.map((r) => ({ ...r, used: r.inUse + r.reserved })));
    if (target?.kind === 'defaults') return defaults.data && sortQuotaRows(Object.entries(defaults.data).map(([key, limit]) => ({ key, limit, used: 0, inUse: 0, reserved: 0 })));
    return undefined;
  }, [target?.kind, project.data, defaults.data]);
  const query = target?.kind === 'defaults' ? defaults : project;
  const initialValues = useMemo(() => rows && Object.fromEntries(rows.map((r) => [r.key, r.limit])), [rows]);

  // The form instance outlives a closed dialog, and a quick reopen can come before the closed one is
  // destroyed: each opening starts from the limits read now (never a previous opening's), and a
  // background refetch while the dialog is open does not overwrite what the user typed.
  const seededFor = useRef<Target | null>(null);
  useEffect(() => {
    if (!target) seededFor.current = null;
    else if (initialValues && seededFor.current !== target) {
      seededFor.current = target;
      form.setFieldsValue(initialValues);
    }
  }, [target, initialValues, form]);

  const close = () => {
    updateProject.reset();
    updateDefaults.reset();
    onClose();
  };

  const submit = async () => {
    if (!rows || !target) return;
    let values: Record<string, number | null>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const changes = changedLimits(rows, values);
    if (!Object.keys(changes).length) {
      close();
      return;
    }
    const done = () => {
      message.success(target.kind === 'project' ? t('edit.saved', { project: target.projectName }) : t('edit.defaultsSaved'));
      close();
    };
    if (target.kind === 'project') updateProject.mutate(changes, { onSuccess: done });
    else updateDefaults.mutate(changes, { onSuccess: done });
  };

  const changes = rows && watched ? changedLimits(rows, watched) : {};
  const request = !target || !Object.keys(changes).length ? null : target.kind === 'project' ? quotaAdminCalls.update(target.projectId, changes) : quotaAdminCalls.updateDefaults(changes);

  return (
    <Modal
      open={!!target}
      width={760}
      title={target?.kind === 'project' ? t('edit.title', { project: target.projectName }) : t('edit.defaultsTitle')}
      okText={t('app:actions.save')}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ disabled: !rows }}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={target?.kind === 'defaults' ? t('edit.defaultsHelp') : t('edit.help')} />
      {query.isLoading ? <Spin /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} title={t('edit.loadFailed')} /> : null}
      {rows ? (
        <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
          <QuotaLimitsFields rows={rows} showUsage={target?.kind === 'project'} />
        </Form>
      ) : null}
      {mutation.isError ? <ApiErrorAlert error={mutation.error} /> : null}
      <CliEquivalent request={request} />
    </Modal>
  );
}

export type { Target as QuotaEditTarget };
