import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyButton } from '../copy-button';
import { Text } from '../text';
import { useIsPhone } from './use-phone';

interface NameCellProps {
  /** The detail page. */
  to: string;
  name: string | null | undefined;
  id: string;
  /** Shown beside the name on a phone, where the status column is folded away (#15 item 5). */
  status?: ReactNode;
}

/**
 * The first cell of every resource list: the name as a link to the detail page ("(no name)" when blank),
 * then the short id — said to be short, since only the full id can be searched — with a button that
 * copies the full one.
 */
export function NameCell({ to, name, id, status }: NameCellProps) {
  const { t } = useTranslation('list');
  const phone = useIsPhone();
  const named = !!name?.trim();
  return (
    <div className="rt-name">
      <div className="rt-name-line">
        <Link to={to} className="rt-name-link">
          {named ? name : <em>{t('name.unnamed')}</em>}
        </Link>
        {phone && status ? <span className="rt-name-status">{status}</span> : null}
      </div>
      {/* 2 px apart from the name above: both are touch targets (WCAG 2.2 target spacing). */}
      <div className="rt-name-id">
        <Text type="secondary" title={t('search.shortId', { id })}>
          {id.slice(0, 8)}
        </Text>
        <CopyButton text={id} label={t('name.copyId', { name: named ? name : id })} />
      </div>
    </div>
  );
}
