import { Flex, Progress, Switch, Table, theme, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gauge, QuotaResource, TypeQuotaRow } from '../../../domain/quotas';
import { useLevelColor } from './use-level-color';
import { useNumberFormat } from '../../../lib/use-number-format';

const resourceKeys = {
  volumes: 'resources.volumes',
  gigabytes: 'resources.gigabytes',
  snapshots: 'resources.snapshots',
} as const satisfies Record<QuotaResource, string>;

function UsageCell({ gauge, type, resource }: { gauge: Gauge | null; type: string; resource: string }) {
  const { t } = useTranslation('quotas');
  const { token } = theme.useToken();
  const color = useLevelColor();
  const num = useNumberFormat();
  if (!gauge) return <Typography.Text type="secondary">–</Typography.Text>;
  const used = num(gauge.used);
  const text = gauge.limit === null ? t('types.cellUnlimited', { used }) : t('types.cell', { used, limit: num(gauge.limit) });
  return (
    <div style={{ minWidth: 140 }}>
      {gauge.limit !== null ? (
        <Progress
          size="small"
          percent={gauge.percent ?? 0}
          showInfo={false}
          strokeColor={color(gauge.level)}
          status={gauge.level === 'full' ? 'exception' : 'normal'}
          aria-label={t('types.cellLabel', { type, resource, used, limit: num(gauge.limit) })}
        />
      ) : null}
      <Typography.Text
        style={{ fontSize: token.fontSizeSM, fontVariantNumeric: 'tabular-nums' }}
        type={gauge.limit === null ? 'secondary' : undefined}
        aria-label={gauge.limit === null ? t('types.cellLabelUnlimited', { type, resource, used }) : undefined}
      >
        {text}
        {gauge.reserved > 0 ? ` (${t('types.reservedSuffix', { count: gauge.reserved })})` : ''}
      </Typography.Text>
    </div>
  );
}

/** volumes_<type> / gigabytes_<type> / snapshots_<type>, one row per volume type. */
export function PerTypeTable({ rows }: { rows: TypeQuotaRow[] }) {
  const { t } = useTranslation('quotas');
  const switchId = useId();
  const [onlyLimited, setOnlyLimited] = useState(false);
  const visible = onlyLimited ? rows.filter((row) => row.limited || row.inUse) : rows;
  const column = (resource: QuotaResource) => ({
    title: t(resourceKeys[resource]),
    key: resource,
    render: (_: unknown, row: TypeQuotaRow) => <UsageCell gauge={row[resource]} type={row.type} resource={t(resourceKeys[resource])} />,
  });
  const columns: ColumnsType<TypeQuotaRow> = [
    { title: t('types.type'), dataIndex: 'type', key: 'type', render: (type: string) => <Typography.Text strong>{type}</Typography.Text> },
    column('volumes'),
    column('gigabytes'),
    column('snapshots'),
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('types.help')}</Typography.Text>
        <Flex align="center" gap={8}>
          <Switch id={switchId} size="small" checked={onlyLimited} onChange={setOnlyLimited} />
          <label htmlFor={switchId}>{t('types.onlyLimited')}</label>
        </Flex>
      </Flex>
      <Table<TypeQuotaRow>
        rowKey="type"
        size="middle"
        columns={columns}
        dataSource={visible}
        pagination={visible.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: rows.length ? t('types.noMatch') : t('types.empty') }}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
