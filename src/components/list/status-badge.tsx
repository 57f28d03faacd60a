import { LoadingOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HoverTip } from '../hover-tip';

/** What a resource's status table gives a badge: an antd Tag colour and whether the status is in progress. */
export interface StatusPresentation {
  /** antd Tag colour: 'success' | 'processing' | 'error' | 'warning' | 'default' | a preset ('blue', 'gold') */
  color: string;
  transitional: boolean;
}

interface StatusBadgeProps {
  /** Human label in the current language (from the resource's status table). */
  label: string;
  presentation: StatusPresentation;
  /** The raw status, for the tooltip and for tests (data-status). */
  raw?: string;
  /** Extra tooltip content, e.g. the error reason. */
  detail?: ReactNode;
  onMouseEnter?: () => void;
}

/**
 * A status in words with Cinder's code beside it ("使用中（in-use）"): the words for the reader, the code for
 * an operator who compares with the CLI or the logs. An unknown status is its code alone.
 */
export function useStatusWithCode() {
  const { t } = useTranslation('list');
  return (label: string, code: string) => (label === code ? code : t('status.withCode', { label, code }));
}

/**
 * The content width of a list's status column (ResourceColumn.contentWidth): "Downloading" with its spinner
 * fits; the rare longer labels ("Awaiting transfer") wrap.
 */
export const STATUS_WIDTH = '6.5rem';

/** A status as a coloured label, with a spinner while it is changing. */
export function StatusBadge({ label, presentation, raw, detail, onMouseEnter }: StatusBadgeProps) {
  const withCode = useStatusWithCode();
  const tag = (
    <Tag
      color={presentation.color}
      icon={presentation.transitional ? <LoadingOutlined spin aria-hidden /> : undefined}
      data-status={raw}
      onMouseEnter={onMouseEnter}
      onFocus={onMouseEnter}
      style={{ marginInlineEnd: 0 }}
    >
      {label}
    </Tag>
  );
  const tip = detail ?? (raw && raw !== label ? withCode(label, raw) : null);
  return tip ? <HoverTip title={tip}>{tag}</HoverTip> : tag;
}
