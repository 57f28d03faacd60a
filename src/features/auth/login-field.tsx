import { theme } from 'antd';
import type { ReactNode } from 'react';

interface LoginFieldProps {
  htmlFor: string;
  label: string;
  /** A validation error; replaces the help text while shown. */
  error?: string;
  help?: string;
  children: ReactNode;
}

/** Label, control and the help / error line below it (id `${htmlFor}-help`, the control's aria-describedby). */
export function LoginField({ htmlFor, label, error, help, children }: LoginFieldProps) {
  const { token } = theme.useToken();
  const note = error ?? help;
  return (
    <div style={{ marginBottom: token.marginLG }}>
      <label htmlFor={htmlFor} style={{ display: 'block', paddingBottom: token.paddingXS, color: token.colorTextHeading }}>
        {label}
      </label>
      {children}
      {note ? (
        <div
          id={`${htmlFor}-help`}
          role={error ? 'alert' : undefined}
          style={{ color: error ? token.colorError : token.colorTextSecondary, fontSize: token.fontSize, lineHeight: token.lineHeight, marginTop: 2 }}
        >
          {note}
        </div>
      ) : null}
    </div>
  );
}
