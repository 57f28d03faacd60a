import { LoadingOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
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

/** A status as a coloured label, with a spinner while it is changing. */
export function StatusBadge({ label, presentation, raw, detail, onMouseEnter }: StatusBadgeProps) {
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
  const tip = detail ?? (raw && raw !== label ? raw : null);
  return tip ? <HoverTip title={tip}>{tag}</HoverTip> : tag;
}
