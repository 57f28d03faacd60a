import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { VolumeTransfer } from '../../../api/volume-transfers';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useFeedback } from '../../../components/feedback/feedback';
import { PageHeader } from '../../../components/page-header';
import { formatExact, parseCinderTime } from '../../../lib/time';
import { useIsAdmin } from '../../../lib/use-session';
import { transferListOptions, useCancelTransfer } from '../../../queries/volume-transfers';
import { useTransferVolumeNames } from './use-transfer-volume-names';

/**
 * /volume-transfers: the project's pending transfers (admins: every project's with "All projects", kept in
 * the URL). Each can be cancelled here; accepting one is the Volumes page's job ("Accept transfer").
 */
export function TransfersPage() {
  const { t } = useTranslation(['transfers', 'volume-actions', 'app']);
  const admin = useIsAdmin();
  const { modal, message } = useFeedback();
  const [params, setParams] = useSearchParams();
  const allProjects = admin && params.get('all') === '1';
  const query = useQuery(transferListOptions({ allProjects }));
  const names = useTransferVolumeNames(allProjects);
  const cancel = useCancelTransfer();

  const confirmCancel = (transfer: VolumeTransfer) => {
    const name = names.get(transfer.volume_id) || transfer.volume_id;
    modal.confirm({
      title: t('transfers.cancelConfirm', { name }),
      okText: t('cancelTransfer.submit'),
      okButtonProps: { danger: true },
      cancelText: t('app:actions.cancel'),
      onOk: () =>
        cancel.mutateAsync(transfer.id).then(
          () => message.success(t('transfers.cancelled')),
          (error: unknown) => message.error(error instanceof Error ? error.message : String(error)),
        ),
    });
  };

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t('transfers.back'), to: '/volumes' }, { label: t('transfers.title') }]}
        title={t('transfers.title')}
        subtitle={admin ? t('transfers.subtitleAdmin') : t('transfers.subtitle')}
      />
      {admin ? (
        <Flex style={{ marginBottom: 12 }}>
          <Checkbox checked={allProjects} onChange={(event) => setParams(event.target.checked ? { all: '1' } : {}, { replace: true })}>
            {t('transfers.allProjects')}
          </Checkbox>
        </Flex>
      ) : null}
      {query.isError ? (
        <ApiErrorAlert error={query.error} title={t('transfers.failed')} />
      ) : (
        <Table<VolumeTransfer>
          aria-label={t('transfers.listLabel')}
          rowKey="id"
          size="small"
          loading={query.isPending}
          dataSource={query.data}
          pagination={false}
          locale={{ emptyText: t('transfers.empty') }}
          columns={[
            { key: 'name', title: t('transfers.columns.name'), render: (_, row) => row.name || <Typography.Text type="secondary">{row.id}</Typography.Text> },
            {
              key: 'volume',
              title: t('transfers.columns.volume'),
              render: (_, row) => <Link to={`/volumes/${encodeURIComponent(row.volume_id)}`}>{names.get(row.volume_id) || row.volume_id}</Link>,
            },
            { key: 'created', title: t('transfers.columns.created'), render: (_, row) => (row.created_at ? formatExact(parseCinderTime(row.created_at)) : '') },
            {
              key: 'snapshots',
              title: t('transfers.columns.snapshots'),
              render: (_, row) => (row.no_snapshots === undefined ? '' : row.no_snapshots ? t('transfers.withoutSnapshots') : t('transfers.withSnapshots')),
            },
            ...(allProjects ? [{ key: 'source', title: t('transfers.columns.sourceProject'), render: (_: unknown, row: VolumeTransfer) => row.source_project_id ?? '' }] : []),
            {
              key: 'actions',
              title: t('transfers.columns.actions'),
              render: (_, row) => (
                <Button size="small" danger onClick={() => confirmCancel(row)} aria-label={t('transfers.cancel', { name: row.name || row.id })}>
                  {t('volume-actions:actions.cancelTransfer')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
