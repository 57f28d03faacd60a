import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NativeInput } from '../native-input';

interface TextFilterProps {
  label: string;
  value: string | undefined;
  onApply: (value: string) => void;
  width: number;
  /** What the box matches (e.g. "Part of a name, or a full ID"): its placeholder and accessible description. */
  hint?: string;
}

/**
 * A text filter applied on Enter or the search button (not per keystroke: each change is a server
 * request). Clearing the box (its ✕ or deleting the text) removes the filter at once.
 */
export function TextFilter({ label, value, onApply, width, hint }: TextFilterProps) {
  const { t } = useTranslation('list');
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // Follow the URL when it changes underneath (back button, "clear filters").
  if (seen !== value) {
    setSeen(value);
    setText(value ?? '');
  }
  return (
    <NativeInput
      type="search"
      aria-label={label}
      placeholder={hint ?? label}
      title={hint}
      value={text}
      width={width}
      onChange={(event) => {
        setText(event.target.value);
        if (!event.target.value && value) onApply('');
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onApply(text.trim());
      }}
      suffix={<Button type="text" size="small" icon={<SearchOutlined />} aria-label={t('filters.apply', { label })} onClick={() => onApply(text.trim())} style={{ marginInlineEnd: -7 }} />}
    />
  );
}
