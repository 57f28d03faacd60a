import { Alert, Button, Card, Flex, Form, Input, Popconfirm, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors';
import type { VolumeType, VolumeTypeAccess } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { volumeTypeCalls } from '../../../api/volume-types';
import { useAddTypeAccess, useAllProjects, useRemoveTypeAccess, useTypeAccess } from '../../../queries/volume-types';
import { useFeedback } from '../../../components/feedback/feedback';

/** Projects that may use a private type. Public types have no access list (Cinder answers 404). */
export function AccessCard({ type }: { type: VolumeType }) {
  const { t } = useTranslation(['volume-types', 'app']);
  const { message } = useFeedback();
  const isPrivate = !type.is_public;
  const access = useTypeAccess(type.id, isPrivate);
  const projects = useAllProjects(isPrivate);
  const add = useAddTypeAccess(type.id);
  const remove = useRemoveTypeAccess(type.id);
  const [projectId, setProjectId] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);

  if (!isPrivate) {
    return (
      <Card title={t('access.title')}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('access.publicType')}
        </Typography.Paragraph>
      </Card>
    );
  }

  const nameOf = new Map((projects.data ?? []).map((p) => [p.id, p.name]));
  const granted = new Set((access.data ?? []).map((a) => a.project_id));
  const canPick = projects.isSuccess;

  const submit = () => {
    const id = projectId.trim();
    if (!id) {
      setFieldError(t('access.projectRequired'));
      return;
    }
    if (granted.has(id)) {
      setFieldError(t('access.already'));
      return;
    }
    setFieldError(null);
    add.mutate(id, {
      onSuccess: () => {
        message.success(t('access.added', { project: nameOf.get(id) ?? id }));
        setProjectId('');
      },
      onError: (error) => {
        if (isApiError(error) && error.isConflict) setFieldError(t('access.already'));
      },
    });
  };

  return (
    <Card title={t('access.title')}>
      <Typography.Paragraph type="secondary">{t('access.help')}</Typography.Paragraph>
      {projects.isError ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('access.noProjectList')} /> : null}
      <Form layout="inline" onFinish={submit} style={{ marginBottom: 12 }}>
        <Form.Item
          label={canPick ? t('access.project') : t('access.projectId')}
          validateStatus={fieldError ? 'error' : undefined}
          help={fieldError ?? undefined}
          style={{ minWidth: 320 }}
        >
          {canPick ? (
            <Select
              aria-label={t('access.projectToGrant')}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 280 }}
              value={projectId || undefined}
              placeholder={t('access.projectPlaceholder')}
              onChange={(value: string) => {
                setProjectId(value);
                setFieldError(null);
              }}
              options={(projects.data ?? []).map((p) => ({
                value: p.id,
                label: p.name,
                disabled: granted.has(p.id),
              }))}
            />
          ) : (
            <Input
              aria-label={t('access.projectId')}
              style={{ width: 280 }}
              value={projectId}
              placeholder={t('access.projectIdPlaceholder')}
              onChange={(event) => {
                setProjectId(event.target.value);
                setFieldError(null);
              }}
            />
          )}
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('access.add')}
          </Button>
        </Form.Item>
      </Form>
      <CliEquivalent request={projectId.trim() ? volumeTypeCalls.addAccess(type.id, projectId.trim()) : null} />
      {add.isError ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={add.error} title={isApiError(add.error) && add.error.isConflict ? t('access.already') : t('access.addFailed')} onClose={() => add.reset()} />
        </div>
      ) : null}
      {remove.isError ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={remove.error} title={t('access.removeFailed')} onClose={() => remove.reset()} />
        </div>
      ) : null}
      {access.isError ? (
        <ApiErrorAlert error={access.error} action={<Button onClick={() => void access.refetch()}>{t('app:actions.retry')}</Button>} />
      ) : (
        <Table<VolumeTypeAccess>
          size="small"
          rowKey="project_id"
          aria-label={t('access.title')}
          loading={access.isLoading}
          pagination={false}
          dataSource={access.data ?? []}
          locale={{ emptyText: access.isLoading ? ' ' : t('access.empty') }}
          columns={[
            {
              title: t('app:common.project'),
              key: 'project',
              render: (_, row) => (
                <Flex vertical>
                  <span>{nameOf.get(row.project_id) ?? row.project_id}</span>
                  {nameOf.has(row.project_id) ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.project_id}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t('app:common.actions'),
              key: 'actions',
              width: 120,
              render: (_, row) => (
                <Popconfirm
                  title={t('access.removeConfirm', { project: nameOf.get(row.project_id) ?? row.project_id })}
                  description={
                    <div style={{ maxWidth: 440 }}>
                      <CliEquivalent request={volumeTypeCalls.removeAccess(type.id, row.project_id)} />
                    </div>
                  }
                  okText={t('access.remove')}
                  cancelText={t('app:actions.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutateAsync(row.project_id).then(
                      () => void message.success(t('access.removed', { project: nameOf.get(row.project_id) ?? row.project_id })),
                      () => undefined,
                    )
                  }
                >
                  <Button size="small" danger>
                    {t('access.remove')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
