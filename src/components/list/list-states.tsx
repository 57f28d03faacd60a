import { Button, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyResult } from '../page-states';

/** antd's "simple" empty picture (an open tray), drawn inline: antd's Empty would be one more download per list. */
function EmptyState({ description, children }: { description: ReactNode; children?: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8, padding: '16px 0', color: token.colorTextSecondary, textAlign: 'center' }}>
      <svg width="64" height="41" viewBox="0 0 64 41" aria-hidden focusable="false">
        <g transform="translate(0 1)" fill="none" fillRule="evenodd">
          <ellipse fill={token.colorFillTertiary} cx="32" cy="33" rx="32" ry="7" />
          <g fillRule="nonzero" stroke={token.colorBorder}>
            <path d="M55 12.76L44.854 1.258C44.367.474 43.656 0 42.907 0H21.093c-.749 0-1.46.474-1.947 1.257L9 12.761V22h46v-9.24z" />
            <path
              d="M41.613 15.931c0-1.605.994-2.93 2.227-2.931H55v18.137C55 33.26 53.68 35 52.05 35h-40.1C10.32 35 9 33.259 9 31.137V13h11.16c1.233 0 2.227 1.323 2.227 2.928v.022c0 1.605 1.005 2.901 2.237 2.901h14.752c1.232 0 2.237-1.308 2.237-2.913v-.007z"
              fill={token.colorFillQuaternary}
            />
          </g>
        </g>
      </svg>
      <div>{description}</div>
      {children}
    </div>
  );
}

/** Nothing exists yet: say so and offer the way to create one. */
export function ListEmpty({ title, description, action }: { title: ReactNode; description?: ReactNode; action?: ReactNode }) {
  return (
    <EmptyState
      description={
        <>
          <div style={{ fontWeight: 500 }}>{title}</div>
          {description ? <div>{description}</div> : null}
        </>
      }
    >
      {action}
    </EmptyState>
  );
}

/** Things exist but none match the filters: offer to clear them. */
export function ListNoMatch({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('list');
  return (
    <EmptyState description={t('states.noMatch')}>
      <Button onClick={onClear}>{t('states.clearFilters')}</Button>
    </EmptyState>
  );
}

/** A page beyond the end (e.g. after deletes or a stale link). */
export function ListPageEmpty({ onFirstPage }: { onFirstPage: () => void }) {
  const { t } = useTranslation('list');
  return (
    <EmptyState description={t('states.pageEmpty')}>
      <Button onClick={onFirstPage}>{t('paging.first')}</Button>
    </EmptyState>
  );
}

/** The list could not be loaded: a 403 reads as a permission problem, anything else as an error with the request id. */
export const ListError = lazyResult((module) => module.ListError);
