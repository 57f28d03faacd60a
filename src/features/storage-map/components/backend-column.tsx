import { CloudServerOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, theme, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { backendCapacity, type BackendNode, type PoolNode } from '../../../domain/storage';
import { CapacityBar } from './capacity-bar';
import { TypeChips } from './type-chip';
import { useGib } from './use-gib';

function PoolCard({ pool }: { pool: PoolNode }) {
  const { t } = useTranslation('storage-map');
  const { token } = theme.useToken();
  const gib = useGib();
  const used = typeof pool.total === 'number' && typeof pool.free === 'number' ? pool.total - pool.free : null;
  const over = pool.allocatedRatio !== null && pool.allocatedRatio > 1;
  return (
    <div
      role="group"
      aria-label={t('pool.bar', { name: pool.name, used: gib(used), free: gib(pool.free), total: gib(pool.total), allocated: gib(pool.allocated) })}
      style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, padding: 12, background: token.colorBgContainer }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginBottom: 8, alignItems: 'baseline' }}>
        <Typography.Text strong style={{ wordBreak: 'break-all' }}>
          {pool.poolName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM, wordBreak: 'break-all' }}>
          {pool.host}
        </Typography.Text>
      </div>
      <CapacityBar kind="used" label={t('pool.used')} ratio={pool.usedRatio} />
      <CapacityBar kind="allocated" label={t('pool.allocated')} ratio={pool.allocatedRatio} />
      <div style={{ marginTop: 8, fontSize: token.fontSizeSM, color: token.colorTextSecondary, display: 'flex', flexWrap: 'wrap', gap: '2px 12px' }}>
        <span>{t('pool.free', { free: gib(pool.free), total: gib(pool.total) })}</span>
        <span>{t('pool.allocatedText', { allocated: gib(pool.allocated) })}</span>
        <span>{pool.thin ? t('pool.thin') : t('pool.thick')}</span>
        {over && pool.overSubscriptionRatio !== null ? (
          <span style={{ color: token.colorWarningText }}>{t('pool.overSubscribed', { ratio: pool.overSubscriptionRatio })}</span>
        ) : null}
      </div>
    </div>
  );
}

/** One backend as a column: its pools with capacity bars, a connector, then the types that target it. */
export function BackendColumn({ backend }: { backend: BackendNode }) {
  const { t } = useTranslation('storage-map');
  const { token } = theme.useToken();
  const gib = useGib();
  const titleId = useId();
  const protocol = backend.pools.find((p) => p.protocol)?.protocol;
  const vendor = backend.pools.find((p) => p.vendor)?.vendor;
  const down = backend.pools.some((p) => p.state === 'down');
  const capacity = backendCapacity(backend);
  return (
    <section
      aria-labelledby={titleId}
      style={{
        display: 'flex',
        flexDirection: 'column',
        border: `1px solid ${token.colorBorder}`,
        borderRadius: token.borderRadiusLG,
        background: token.colorFillQuaternary,
        padding: 16,
        minWidth: 0,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <CloudServerOutlined aria-hidden style={{ fontSize: 18, color: token.colorPrimary }} />
        <Typography.Title level={3} id={titleId} style={{ margin: 0, fontSize: token.fontSizeLG }}>
          {t('backend.title', { name: backend.name })}
        </Typography.Title>
        {down ? <Tag color="error">{t('backend.down')}</Tag> : null}
        {protocol ? <Tag>{protocol}</Tag> : null}
        {vendor ? <Tag>{vendor}</Tag> : null}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM, margin: '4px 0 12px' }}>
        {t('backend.capacity', { free: gib(capacity.free), total: gib(capacity.total) })}
      </Typography.Text>
      {!backend.reported ? (
        <Typography.Text type="warning" style={{ fontSize: token.fontSizeSM, marginBottom: 8 }}>
          <WarningOutlined aria-hidden /> {t('backend.notReported')}
        </Typography.Text>
      ) : null}
      <div style={{ display: 'grid', gap: 8 }}>
        {backend.pools.map((pool) => (
          <PoolCard key={pool.name} pool={pool} />
        ))}
      </div>
      {/* The connector: types hang below the pools they land on. */}
      <svg width="100%" height="28" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
        <line x1="50%" y1="0" x2="50%" y2="28" stroke={token.colorPrimaryBorder} strokeWidth="2" />
        <circle cx="50%" cy="24" r="4" fill={token.colorPrimary} />
      </svg>
      <div style={{ borderTop: `2px solid ${token.colorPrimaryBorder}`, paddingTop: 10 }}>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: token.fontSizeSM, marginBottom: 8 }}>
          {t('backend.types')}
        </Typography.Text>
        {backend.types.length ? (
          <TypeChips types={backend.types} />
        ) : (
          <Typography.Text type="secondary" italic style={{ fontSize: token.fontSizeSM }}>
            {t('backend.noTypes')}
          </Typography.Text>
        )}
      </div>
    </section>
  );
}
