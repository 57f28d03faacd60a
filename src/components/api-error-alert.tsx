import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

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
  const message = useErrorMessage()(error);
  const details = isApiError(error) ? error : null;
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
          {details && details.status > 0 ? (
            <Typography.Text type="secondary">{t('errors.status', { status: details.status })}</Typography.Text>
          ) : null}
          {details?.requestId ? (
            <div>
              <Typography.Text type="secondary">{t('errors.requestId')}: </Typography.Text>
              <Typography.Text copyable code>
                {details.requestId}
              </Typography.Text>
            </div>
          ) : null}
        </>
      }
    />
  );
}
