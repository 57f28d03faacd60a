import { DashboardOutlined, LockOutlined, TagsOutlined, TeamOutlined } from '@ant-design/icons';
import { theme, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TypeNode } from '../../../domain/storage';

/** A volume type as a chip (link to its page) with its QoS spec as a badge (link to the spec). */
export function TypeChip({ type }: { type: TypeNode }) {
  const { t } = useTranslation('storage-map');
  const { token } = theme.useToken();
  const qosName = type.qos ? (type.qos.name ?? type.qos.id) : null;
  return (
    <li
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '2px 4px 2px 10px',
        border: `1px solid ${token.colorBorder}`,
        borderRadius: 16,
        background: token.colorBgContainer,
        maxWidth: '100%',
      }}
    >
      <Link
        to={`/volume-types/${encodeURIComponent(type.id)}`}
        aria-label={t('type.link', { name: type.name })}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minWidth: 0, paddingRight: type.qos ? 0 : 6 }}
      >
        <TagsOutlined aria-hidden />
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{type.name}</span>
      </Link>
      {!type.isPublic ? (
        <Tooltip title={t('type.private')}>
          <LockOutlined aria-label={t('type.private')} style={{ color: token.colorTextSecondary }} />
        </Tooltip>
      ) : null}
      {type.multiattach ? (
        <Tooltip title={t('type.multiattach')}>
          <TeamOutlined aria-label={t('type.multiattach')} style={{ color: token.colorTextSecondary }} />
        </Tooltip>
      ) : null}
      {type.qos ? (
        <Link
          to={`/qos-specs/${encodeURIComponent(type.qos.id)}`}
          aria-label={type.qos.name ? t('qos.link', { name: type.qos.name }) : t('qos.missing', { id: type.qos.id })}
          title={type.qos.consumer ?? undefined}
          style={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 4,
            padding: '0 8px',
            borderRadius: 12,
            fontSize: token.fontSizeSM,
            lineHeight: '20px',
            background: token.colorPrimaryBg,
            color: token.colorPrimaryText,
            border: `1px solid ${token.colorPrimaryBorder}`,
            whiteSpace: 'nowrap',
          }}
        >
          <DashboardOutlined aria-hidden />
          {qosName}
        </Link>
      ) : null}
    </li>
  );
}

/** A wrapping list of chips. */
export function TypeChips({ types }: { types: TypeNode[] }) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      {types.map((type) => (
        <TypeChip key={type.id} type={type} />
      ))}
    </ul>
  );
}
