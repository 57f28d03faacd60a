import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Input, Radio, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import type { Server } from '../../../../api/servers';
import { canAttachTo } from '../../../../domain/volumes';
import { useIsAdmin, useRequiredSession } from '../../../../lib/use-session';
import { serverPickerOptions } from '../../../../queries/servers';
import { useReasonText } from '../use-reason-text';

const PAGE_SIZE = 10;
const SEARCH_DELAY_MS = 300;

type Scope = 'volumeProject' | 'all';

interface ServerPickerProps {
  volume: Volume;
  value?: string;
  onChange?: (serverId: string) => void;
  /** The chosen server as loaded, for the dialog's messages. */
  onPick: (server: Server) => void;
}

/**
 * Servers to attach to, searched by name on the server (Nova's `name` regex, the text taken literally) and
 * paged by marker. Members see their project's servers; admins start with the volume's project and may
 * widen to every project (`all_tenants`). A server Nova would refuse is shown disabled, with the reason.
 */
export function ServerPicker({ volume, value, onChange, onPick }: ServerPickerProps) {
  const { t } = useTranslation('volume-actions');
  const reasonText = useReasonText();
  const session = useRequiredSession();
  const admin = useIsAdmin();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [scope, setScope] = useState<Scope>('volumeProject');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const volumeProject = volume['os-vol-tenant-attr:tenant_id'] ?? session.project.id;
  const otherProject = volumeProject !== session.project.id;
  const query = useInfiniteQuery(
    serverPickerOptions({
      search,
      limit: PAGE_SIZE,
      allProjects: admin && (scope === 'all' || otherProject),
      projectId: admin && scope === 'volumeProject' && otherProject ? volumeProject : undefined,
    }),
  );
  const servers = useMemo(() => query.data?.pages.flatMap((p) => p.servers) ?? [], [query.data]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {admin ? (
        <Radio.Group
          aria-label={t('attach.scope')}
          value={scope}
          onChange={(e) => setScope(e.target.value as Scope)}
          options={[
            { value: 'volumeProject', label: t('attach.scopeVolumeProject') },
            { value: 'all', label: t('attach.scopeAll') },
          ]}
        />
      ) : null}
      <Input allowClear aria-label={t('attach.search')} placeholder={t('attach.search')} value={text} onChange={(e) => setText(e.target.value)} />
      {query.isError ? <Alert type="error" showIcon title={t('attach.failed')} description={query.error.message} /> : null}
      {query.isPending ? <Spin /> : null}
      {query.isSuccess && servers.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={search ? t('attach.none') : t('attach.noServers')} /> : null}
      {servers.length ? (
        <Radio.Group
          aria-label={t('attach.server')}
          value={value}
          onChange={(e) => {
            const server = servers.find((s) => s.id === e.target.value);
            if (server) onPick(server);
            onChange?.(e.target.value as string);
          }}
          style={{ display: 'flex', flexDirection: 'column', gap: 6, maxHeight: 280, overflowY: 'auto' }}
        >
          {servers.map((server) => {
            const verdict = canAttachTo(server, volume);
            return (
              <Radio key={server.id} value={server.id} disabled={!verdict.allowed}>
                <span>{server.name || server.id}</span>{' '}
                <Typography.Text type="secondary">
                  {server.status}
                  {admin && server.tenant_id && server.tenant_id !== volumeProject ? ` · ${t('attach.project', { project: server.tenant_id.slice(0, 8) })}` : ''}
                  {verdict.allowed ? '' : ` · ${reasonText(verdict.reason)}`}
                </Typography.Text>
              </Radio>
            );
          })}
        </Radio.Group>
      ) : null}
      {query.hasNextPage ? (
        <Button size="small" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('attach.more')}
        </Button>
      ) : null}
    </Space>
  );
}
