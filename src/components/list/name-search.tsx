import { useTranslation } from 'react-i18next';
import type { NameMatch } from '../../domain/search';
import { TextFilter } from './text-filter';

interface NameSearchProps {
  label: string;
  value: string | undefined;
  onApply: (value: string) => void;
  /** How the cloud lets this user search names (queries/resource-filters useNameMatch); undefined: not known yet. */
  nameMatch: NameMatch | undefined;
  /** The list also finds one resource by its full ID. */
  byId?: boolean;
  width: number;
}

/** A list's name box that says what it matches: part of a name where Cinder allows `name~`, else the exact name. */
export function NameSearch({ label, value, onApply, nameMatch, byId = false, width }: NameSearchProps) {
  const { t } = useTranslation('list');
  const contains = nameMatch === 'contains';
  let hint: string;
  if (byId) hint = contains ? t('search.containsOrId') : t('search.exactOrId');
  else hint = contains ? t('search.contains') : t('search.exact');
  return <TextFilter label={label} value={value} onApply={onApply} width={width} hint={hint} />;
}
