import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import './copy-button.css';

/** Copies `text` to the clipboard; the icon turns into a tick for a moment to say it worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const colours = {
    '--cb-radius': `${token.borderRadiusSM}px`,
    '--cb-text': token.colorText,
    '--cb-hover': token.colorBgTextHover,
    '--cb-active': token.colorBgTextActive,
    '--cb-focus': token.colorPrimaryBorder,
  } as CSSProperties;
  return (
    <button
      type="button"
      className="copy-button"
      style={colours}
      aria-label={copied ? t('actions.copied') : label}
      title={copied ? t('actions.copied') : label}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined);
      }}
    >
      {copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />}
    </button>
  );
}
