import { CheckOutlined, CodeOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Collapse, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getConfig } from '../../api/config';
import type { RequestDescriptor } from '../../api/descriptor';
import { buildCliCommands } from '../../lib/cli';
import { useSession } from '../../lib/use-session';

interface CliEquivalentProps {
  /** The request(s) the form would send with its current values; null/undefined hides the section. */
  request: RequestDescriptor | RequestDescriptor[] | null | undefined;
}

/**
 * A collapsed "CLI equivalent" section for action forms: the openstack (or cinder) command that sends
 * the same request, with the negotiated microversion, kept in step with the form and copyable —
 * so an admin can script what they just did in the UI.
 */
export function CliEquivalent({ request }: CliEquivalentProps) {
  const { t } = useTranslation('cli');
  const session = useSession();
  const version = session?.volumeApiVersion ?? getConfig().volumeApiVersion;
  const commands = useMemo(
    () => (request ? buildCliCommands(request, { volumeApiVersion: version, computeApiVersion: getConfig().computeApiVersion }) : []),
    [request, version],
  );
  const text = commands.map((c) => c.command).join('\n');
  // The outcome belongs to the text that was copied: once the form changes the command, it is stale.
  const [copied, setCopied] = useState<{ text: string; outcome: 'copied' | 'failed' } | null>(null);
  const copy = copied?.text === text ? copied.outcome : 'idle';
  if (commands.length === 0) return null;
  const unsupported = [...new Set(commands.flatMap((c) => c.unsupported))];
  const usesCinder = commands.some((c) => c.tool === 'cinder');

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ text, outcome: 'copied' });
    } catch {
      setCopied({ text, outcome: 'failed' });
    }
  };

  return (
    <Collapse
      size="small"
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'cli',
          label: (
            <span>
              <CodeOutlined aria-hidden style={{ marginInlineEnd: 8 }} />
              {t('title')}
            </span>
          ),
          children: (
            <div>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t('hint', { version })}
                {usesCinder ? ` ${t('cinderHint')}` : null}
              </Typography.Paragraph>
              <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <pre
                  aria-label={t('code')}
                  style={{
                    flex: 1,
                    margin: 0,
                    padding: '8px 12px',
                    whiteSpace: 'pre-wrap',
                    wordBreak: 'break-all',
                    fontSize: 12,
                    borderRadius: 6,
                    background: 'rgba(128, 128, 128, 0.12)',
                  }}
                >
                  <code>{text}</code>
                </pre>
                <Tooltip title={copy === 'copied' ? t('copied') : t('copy')}>
                  <Button aria-label={t('copy')} icon={copy === 'copied' ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void onCopy()} />
                </Tooltip>
              </div>
              <div role="status" aria-live="polite" style={{ minHeight: 0 }}>
                {copy === 'copied' ? <Typography.Text type="success">{t('copied')}</Typography.Text> : null}
                {copy === 'failed' ? <Typography.Text type="warning">{t('copyFailed')}</Typography.Text> : null}
              </div>
              {unsupported.length > 0 ? (
                <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 0 }}>
                  {t('unsupported', { fields: unsupported.join(', ') })}
                </Typography.Paragraph>
              ) : null}
            </div>
          ),
        },
      ]}
    />
  );
}
