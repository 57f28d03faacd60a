import { theme } from 'antd';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

interface TextProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'style'> {
  type?: 'secondary' | 'success' | 'warning' | 'danger';
  strong?: boolean;
  /** Monospace on a faint background, for ids. */
  code?: boolean;
  style?: CSSProperties;
  children?: ReactNode;
}

/**
 * Inline text in the theme's colours: the look of antd's Typography.Text without its weight (Typography
 * brings copy / edit / ellipsis machinery, ~35 KB gzip) on screens that must load fast (the shell and the
 * lists). Pages with richer text needs keep using Typography.
 */
export function Text({ type, strong, code, style, children, ...rest }: TextProps) {
  const { token } = theme.useToken();
  const colors = { secondary: token.colorTextSecondary, success: token.colorSuccessText, warning: token.colorWarningText, danger: token.colorErrorText };
  const codeStyle: CSSProperties = code
    ? { fontFamily: token.fontFamilyCode, fontSize: '0.9em', padding: '0.1em 0.4em', background: token.colorFillTertiary, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusSM }
    : {};
  return (
    <span {...rest} style={{ color: type ? colors[type] : undefined, fontWeight: strong ? token.fontWeightStrong : undefined, ...codeStyle, ...style }}>
      {children}
    </span>
  );
}
