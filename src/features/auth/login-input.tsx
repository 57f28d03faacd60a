import type { InputHTMLAttributes, ReactNode } from 'react';

interface LoginInputProps extends InputHTMLAttributes<HTMLInputElement> {
  invalid?: boolean;
  /** A control inside the box, after the text (e.g. show password). */
  suffix?: ReactNode;
}

/** A native input in antd Input's clothes (login.css); the box reacts to focus anywhere inside it. */
export function LoginInput({ invalid, suffix, ...input }: LoginInputProps) {
  return (
    <div className="login-input" data-invalid={invalid ? 'true' : undefined}>
      <input {...input} aria-invalid={invalid || undefined} />
      {suffix}
    </div>
  );
}
