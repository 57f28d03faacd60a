import { theme } from 'antd';
import type { CSSProperties, InputHTMLAttributes, ReactNode } from 'react';
import './native-input.css';

export interface NativeInputProps extends InputHTMLAttributes<HTMLInputElement> {
  invalid?: boolean;
  /** A control inside the box, after the text (e.g. show password, search). */
  suffix?: ReactNode;
  width?: number | string;
}

/**
 * A native input in antd Input's clothes, for the screens that must load fast (login, list filters):
 * antd's Input drags its Form machinery along (~23 KB gzip). The box reacts to focus anywhere inside it.
 */
export function NativeInput({ invalid, suffix, width, ...input }: NativeInputProps) {
  const { token } = theme.useToken();
  const colours = {
    width,
    '--ni-bg': token.colorBgContainer,
    '--ni-text': token.colorText,
    '--ni-placeholder': token.colorTextPlaceholder,
    '--ni-border': token.colorBorder,
    '--ni-hover': token.colorPrimaryHover,
    '--ni-primary': token.colorPrimary,
    '--ni-outline': token.controlOutline,
    '--ni-error': token.colorError,
    '--ni-error-outline': token.colorErrorOutline,
    '--ni-radius': `${token.borderRadius}px`,
  } as CSSProperties;
  return (
    <div className="native-input" data-invalid={invalid ? 'true' : undefined} style={colours}>
      <input {...input} aria-invalid={invalid || undefined} />
      {suffix}
    </div>
  );
}
