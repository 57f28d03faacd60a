import { ApiOutlined, ShareAltOutlined } from '@ant-design/icons';
import { theme, Typography } from 'antd';
import { useId } from 'react';
import type { TypeNode } from '../../../domain/storage';
import { TypeChips } from './type-chip';

interface TypeLaneProps {
  title: string;
  text: string;
  types: TypeNode[];
  /** 'any': types the scheduler may place anywhere; 'missing': a backend no pool reports. */
  tone: 'any' | 'missing';
  emptyText?: string;
}

/** A lane of types that do not hang below a reported backend. */
export function TypeLane({ title, text, types, tone, emptyText }: TypeLaneProps) {
  const { token } = theme.useToken();
  const titleId = useId();
  const border = tone === 'missing' ? token.colorErrorBorder : token.colorWarningBorder;
  const background = tone === 'missing' ? token.colorErrorBg : token.colorWarningBg;
  return (
    <section
      aria-labelledby={titleId}
      style={{ border: `2px dashed ${border}`, borderRadius: token.borderRadiusLG, background, padding: 16, minWidth: 0 }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        {tone === 'missing' ? (
          <ApiOutlined aria-hidden style={{ fontSize: 18, color: token.colorError }} />
        ) : (
          <ShareAltOutlined aria-hidden style={{ fontSize: 18, color: token.colorWarning }} />
        )}
        <Typography.Title level={3} id={titleId} style={{ margin: 0, fontSize: token.fontSizeLG }}>
          {title}
        </Typography.Title>
      </div>
      <Typography.Paragraph style={{ margin: '4px 0 12px', fontSize: token.fontSizeSM }}>{text}</Typography.Paragraph>
      {types.length ? (
        <TypeChips types={types} />
      ) : emptyText ? (
        <Typography.Text type="secondary" italic style={{ fontSize: token.fontSizeSM }}>
          {emptyText}
        </Typography.Text>
      ) : null}
    </section>
  );
}
