import { Button, Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyResult } from '../page-states';

/** Nothing exists yet: say so and offer the way to create one. */
export function ListEmpty({ title, description, action }: { title: ReactNode; description?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div style={{ fontWeight: 500 }}>{title}</div>
          {description ? <div>{description}</div> : null}
        </>
      }
    >
      {action}
    </Empty>
  );
}

/** Things exist but none match the filters: offer to clear them. */
export function ListNoMatch({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('list');
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('states.noMatch')}>
      <Button onClick={onClear}>{t('states.clearFilters')}</Button>
    </Empty>
  );
}

/** A page beyond the end (e.g. after deletes or a stale link). */
export function ListPageEmpty({ onFirstPage }: { onFirstPage: () => void }) {
  const { t } = useTranslation('list');
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('states.pageEmpty')}>
      <Button onClick={onFirstPage}>{t('paging.first')}</Button>
    </Empty>
  );
}

/** The list could not be loaded: a 403 reads as a permission problem, anything else as an error with the request id. */
export const ListError = lazyResult((module) => module.ListError);
