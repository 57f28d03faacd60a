import { DownOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import type { SelectHTMLAttributes } from 'react';

export interface NativeSelectOption<V extends string> {
  value: V;
  label: string;
  /** BCP 47 tag of the label's language (a language's own name, e.g. 中文). */
  lang?: string;
  disabled?: boolean;
}

interface NativeSelectProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: V;
  options: readonly NativeSelectOption<V>[];
  onChange: (value: V) => void;
  width?: number;
}

/**
 * A native <select> drawn like antd's Select, for short fixed choices on screens that must stay light
 * (login, the header). It costs no JavaScript, and the browser gives it keyboard, screen-reader and
 * touch behaviour for free. Searchable or long lists use antd's Select.
 */
export function NativeSelect<V extends string>({ value, options, onChange, width, style, ...rest }: NativeSelectProps<V>) {
  const { token } = theme.useToken();
  return (
    <span style={{ position: 'relative', display: 'inline-flex', alignItems: 'center', width }}>
      <select
        {...rest}
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value);
          if (next) onChange(next.value);
        }}
        style={{
          appearance: 'none',
          width: '100%',
          height: token.controlHeight,
          padding: `0 ${token.paddingSM + 18}px 0 ${token.paddingSM - 1}px`,
          font: 'inherit',
          fontSize: token.fontSize,
          color: token.colorText,
          background: token.colorBgContainer,
          border: `${token.lineWidth}px solid ${token.colorBorder}`,
          borderRadius: token.borderRadius,
          cursor: 'pointer',
          ...style,
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <DownOutlined aria-hidden style={{ position: 'absolute', right: token.paddingSM, fontSize: 12, color: token.colorTextQuaternary, pointerEvents: 'none' }} />
    </span>
  );
}
