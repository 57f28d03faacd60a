/**
 * The illustrated full-page states (antd Result). Result's illustrations weigh ~10 KB gzip and these
 * states are rare, so this module loads only when one is shown (page-states.tsx / list-states.tsx
 * wrap each in lazy()).
 */
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../api/errors';
import { useRequiredSession } from '../lib/use-session';
import { ApiErrorAlert } from './api-error-alert';

/** A button, not a link wrapping a button (nested controls confuse keyboards and screen readers). */
function GoHomeButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/volumes')}>
      {t('actions.goHome')}
    </Button>
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
<GoHomeButton />
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
<GoHomeButton />
      }
    />
  );
}

/** The list could not be loaded: a 403 reads as a permission problem, anything else as an error with the request id. */
export function ListError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation(['app', 'list']);
  const forbidden = isApiError(error) && error.isForbidden;
  return (
    <Result
      status={forbidden ? '403' : 'error'}
      title={forbidden ? t('list:states.forbidden') : t('list:states.error')}
      subTitle={<ApiErrorAlert error={error} />}
      extra={<Button onClick={onRetry}>{t('list:actions.retry')}</Button>}
    />
  );
}
