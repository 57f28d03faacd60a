import { Alert, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { CopyButton } from './copy-button';

/** A human sentence for any error, preferring the server's own message. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error)) {
      if (error.kind === 'network') return t('errors.network');
      if (error.kind === 'timeout') return t('errors.timeout');
      return error.message;
    }
    return error instanceof Error ? error.message : t('errors.unexpected');
  };
}

interface ApiErrorAlertProps {
  error: unknown;
  title?: ReactNode;
  action?: ReactNode;
  onClose?: () => void;
}

/** The server's message, the HTTP status and the request id to quote to an operator. */
export function ApiErrorAlert({ error, title, action, onClose }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const message = useErrorMessage()(error);
  const details = isApiError(error) ? error : null;
  const secondary = { color: token.colorTextSecondary };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? message}
      closable={onClose ? { onClose } : false}
      action={action}
      description={
        <>
          {title ? <div>{message}</div> : null}
          {details && details.status > 0 ? <div style={secondary}>{t('errors.status', { status: details.status })}</div> : null}
          {details?.requestId ? (
            <div>
              <span style={secondary}>{t('errors.requestId')}: </span>
              <code style={{ fontFamily: token.fontFamilyCode, fontSize: '0.9em', padding: '0.1em 0.4em', background: token.colorFillTertiary, borderRadius: token.borderRadiusSM }}>
                {details.requestId}
              </code>{' '}
              <CopyButton text={details.requestId} label={t('errors.copyRequestId')} />
            </div>
          ) : null}
        </>
      }
    />
  );
}
