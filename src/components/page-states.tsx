import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../api/errors';
import { useRequiredSession } from '../lib/use-session';
import { ApiErrorAlert } from './api-error-alert';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }} role="status" aria-live="polite">
      <Spin description={t('states.loading')} />
    </div>
  );
}

/** A whole-page failure: 403 and 404 get their own wording, anything else the server's message. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const retry = onRetry ? (
    <Button onClick={onRetry} key="retry">
      {t('actions.retry')}
    </Button>
  ) : null;
  if (isApiError(error) && (error.isForbidden || error.isNotFound)) {
    return (
      <Result
        status={error.isForbidden ? '403' : '404'}
        title={error.isForbidden ? t('errors.forbidden') : t('errors.notFound')}
        subTitle={<ApiErrorAlert error={error} />}
        extra={retry}
      />
    );
  }
  return <Result status="error" title={t('states.error')} subTitle={<ApiErrorAlert error={error} />} extra={retry} />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text', { path: location.pathname })}
      extra={
        <Link to="/volumes">
          <Button type="primary">{t('actions.goHome')}</Button>
        </Link>
      }
    />
  );
}

/** Shown instead of an admin page to a member who opened its URL. */
export function NeedsAdminPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  return (
    <Result
      status="403"
      title={t('needsAdmin.title')}
      subTitle={t('needsAdmin.text', { project: session.project.name })}
      extra={
        <Link to="/volumes">
          <Button type="primary">{t('actions.goHome')}</Button>
        </Link>
      }
    />
  );
}
