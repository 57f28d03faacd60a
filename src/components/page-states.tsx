import { theme } from 'antd';
import { lazy, Suspense, type ComponentType, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import './states.css';

/** A page (or a lazily loaded part) on its way: a spinner and "Loading…", announced politely. */
export function PageLoading() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const colours = { '--spinner-track': token.colorFillSecondary, '--spinner-colour': token.colorPrimary } as CSSProperties;
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 12, padding: 48, color: token.colorPrimaryText, ...colours }}>
      <span className="page-spinner" aria-hidden />
      {t('states.loading')}
    </div>
  );
}

type ResultStates = typeof import('./result-states');

/** One of result-states' components, loaded when first shown. */
export function lazyResult<P extends object>(pick: (module: ResultStates) => ComponentType<P>) {
  const Lazy = lazy(() => import('./result-states').then((module) => ({ default: pick(module) })));
  return function LazyResult(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/** A whole-page failure: 403 and 404 get their own wording, anything else the server's message. */
export const PageError = lazyResult((module) => module.PageError);
export const NotFoundPage = lazyResult((module) => module.NotFoundPage);
/** Shown instead of an admin page to a member who opened its URL. */
export const NeedsAdminPage = lazyResult((module) => module.NeedsAdminPage);
