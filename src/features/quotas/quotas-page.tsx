import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-states';
import { useIsAdmin, useRequiredSession } from '../../lib/use-session';
import { OtherLimits } from './components/other-limits';
import { PerTypeTable } from './components/per-type-table';
import { ProjectPicker } from './components/project-picker';
import { QuotaGauge } from './components/quota-gauge';
import { quotaOverview } from '../../domain/quotas';
import { QuotaAdminActions } from './quota-admin/quota-admin-actions';
import { useAllProjects, useQuotaUsage } from '../../queries/quotas';

/** Which project to show: admins may name one in the URL (?project=<id>); members see their own. */
function useProjectChoice() {
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const [params, setParams] = useSearchParams();
  const asked = params.get('project')?.trim();
  const projectId = isAdmin && asked ? asked : session.project.id;
  const choose = (id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id === session.project.id) next.delete('project');
      else next.set('project', id);
      return next;
    });
  return { projectId, choose, isAdmin, session };
}

/** /quotas: the project's block-storage usage against its limits, as dials and per-type bars. */
export function QuotasPage() {
  const { t } = useTranslation(['quotas', 'app']);
  const { projectId, choose, isAdmin, session } = useProjectChoice();
  const projects = useAllProjects(isAdmin);
  const usage = useQuotaUsage(projectId, { poll: true });
  const overview = useMemo(() => (usage.data ? quotaOverview(usage.data) : null), [usage.data]);
  const projectName =
    projects.data?.find((p) => p.id === projectId)?.name ?? (projectId === session.project.id ? session.project.name : projectId);

  const header = (
    <PageHeader
      title={t('title')}
      subtitle={t('subtitle', { project: projectName })}
      extra={
        <>
          {isAdmin ? (
            <ProjectPicker value={projectId} projects={projects.data} loading={projects.isLoading} fallbackName={projectName} onChange={choose} />
          ) : null}
          {isAdmin ? <QuotaAdminActions projectId={projectId} projectName={projectName} /> : null}
          <Button icon={<ReloadOutlined />} onClick={() => void usage.refetch()} loading={usage.isFetching && !!usage.data}>
            {t('app:actions.refresh')}
          </Button>
        </>
      }
    />
  );


  if (usage.error && !usage.data) {
    return (
      <>
        {header}
        <PageError error={usage.error} onRetry={() => void usage.refetch()} />
      </>
    );
  }
  if (!usage.data || !overview) {
    return (
      <>
        {header}
        <PageLoading />
      </>
    );
  }
  return (
    <>
      {header}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {projects.error ? <Alert type="warning" showIcon title={t('projectsFailed')} /> : null}
        {usage.error ? <ApiErrorAlert error={usage.error} /> : null}
        {overview.pending ? <Alert type="info" showIcon title={t('pending')} /> : null}
        <Card title={t('totals')}>
          <Flex wrap gap={32} justify="space-around">
            <QuotaGauge resource={t('resources.volumes')} gauge={overview.volumes} />
            <QuotaGauge resource={t('resources.gigabytes')} gauge={overview.gigabytes} unit="gib" />
            <QuotaGauge resource={t('resources.snapshots')} gauge={overview.snapshots} />
          </Flex>
        </Card>
        {usage.data.perVolumeGigabytes || usage.data.backups || usage.data.groups ? (
          <Card title={t('other.title')}>
            <OtherLimits usage={usage.data} />
          </Card>
        ) : null}
        <Card title={t('types.title')}>
          <PerTypeTable rows={overview.types} />
        </Card>
      </Space>
    </>
  );
}
