import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CinderService } from '../../../api/admin/services';
import { formatExact, formatRelative, parseCinderTime } from '../../../lib/time';
import type { ServiceChange } from '../../../queries/services';

interface ServicesTableProps {
  services: CinderService[] | undefined;
  loading: boolean;
  /** The change being sent, so its row's button shows progress. */
  busy: ServiceChange | undefined;
  onEnable: (service: CinderService) => void;
  onDisable: (service: CinderService) => void;
}

const keyOf = (s: { binary: string; host: string }) => `${s.binary}@${s.host}`;

export function ServicesTable({ services, loading, busy, onEnable, onDisable }: ServicesTableProps) {
  const { t, i18n } = useTranslation(['services', 'app']);
  const now = new Date();
  const columns: ColumnsType<CinderService> = [
    { title: t('columns.binary'), key: 'binary', render: (_, s) => <Typography.Text strong={s.state === 'down'} type={s.state === 'down' ? 'danger' : undefined}>{s.binary}</Typography.Text> },
    { title: t('columns.host'), key: 'host', render: (_, s) => <Typography.Text code>{s.host}</Typography.Text> },
    { title: t('columns.zone'), dataIndex: 'zone', key: 'zone' },
    {
      title: t('columns.status'),
      key: 'status',
      render: (_, s) => (s.status === 'enabled' ? <Tag color="green">{t('status.enabled')}</Tag> : <Tag color="orange">{t('status.disabled')}</Tag>),
    },
    {
      title: t('columns.state'),
      key: 'state',
      render: (_, s) => (s.state === 'up' ? <Tag color="green">{t('state.up')}</Tag> : <Tag color="red">{t('state.down')}</Tag>),
    },
    {
      title: t('columns.updated'),
      key: 'updated',
      render: (_, s) => {
        if (!s.updated_at) return '—';
        const at = parseCinderTime(s.updated_at);
        return (
          <Tooltip title={formatExact(at)}>
            <Typography.Text type={s.state === 'down' ? 'danger' : undefined}>{formatRelative(at, now, i18n.language)}</Typography.Text>
          </Tooltip>
        );
      },
    },
    { title: t('columns.reason'), key: 'reason', render: (_, s) => s.disabled_reason || <Typography.Text type="secondary">—</Typography.Text> },
    {
      title: t('app:common.actions'),
      key: 'actions',
      render: (_, s) => {
        const name = keyOf(s);
        const pending = busy ? keyOf(busy) === name : false;
        return s.status === 'enabled' ? (
          <Button size="small" aria-label={t('disable.buttonFor', { name })} onClick={() => onDisable(s)}>
            {t('disable.button')}
          </Button>
        ) : (
          <Button size="small" aria-label={t('enable.buttonFor', { name })} loading={pending} onClick={() => onEnable(s)}>
            {t('enable.button')}
          </Button>
        );
      },
    },
  ];
  return (
    <Table<CinderService>
      rowKey={keyOf}
      columns={columns}
      dataSource={services ?? []}
      loading={loading}
      pagination={false}
      aria-label={t('tableLabel')}
      locale={{ emptyText: loading ? ' ' : t('empty') }}
    />
  );
}
