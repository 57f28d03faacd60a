import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, Flex, Tag, Timeline, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityTracker, useActivityState } from '../../features/activity/activity-center';
import { formatDuration } from '../../features/activity/format';
import { actionLabelKeys, kindLabelKeys, operationName, phaseLabelKeys, resourcePath } from '../../features/activity/labels';
import { durationMs, type Operation } from '../../features/activity/model';
import { OperationFailure } from './operation-failure';

const phaseColor = { running: 'processing', succeeded: 'success', failed: 'error' } as const;

/** Ticks once a second while something runs, so running durations move. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function OperationItem({ op, now, onNavigate }: { op: Operation; now: number; onNavigate: () => void }) {
  const { t, i18n } = useTranslation('activity');
  const { token } = theme.useToken();
  const name = operationName(op);
  const path = resourcePath(op.kind, op.resourceId, op.action, op.phase);
  const title = t('drawer.operation', { action: t(actionLabelKeys[op.action]), kind: t(kindLabelKeys[op.kind]) });
  const icon =
    op.phase === 'running' ? <LoadingOutlined /> : op.phase === 'succeeded' ? <CheckCircleFilled style={{ color: token.colorSuccess }} /> : <CloseCircleFilled style={{ color: token.colorError }} />;
  return (
    <li aria-label={`${title} ${name}`} style={{ padding: '12px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
      <Flex justify="space-between" align="start" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>
            {icon} {title}{' '}
          </Typography.Text>
          {path ? (
            <Link to={path} onClick={onNavigate} aria-label={t('drawer.open', { name })}>
              {name}
            </Link>
          ) : (
            <Typography.Text>{name}</Typography.Text>
          )}
          {op.detail ? <Typography.Text type="secondary"> ({op.detail})</Typography.Text> : null}
        </div>
        <Tag color={phaseColor[op.phase]}>{t(phaseLabelKeys[op.phase])}</Tag>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 8 }}
        items={[
          { key: 'who', label: t('drawer.started'), children: `${dayjs(op.startedAt).format('YYYY-MM-DD HH:mm:ss')} · ${t('drawer.startedBy', { user: op.user, project: op.projectName })}` },
          { key: 'duration', label: t('drawer.duration'), children: formatDuration(durationMs(op, now), i18n.language) },
          ...(op.requestId ? [{ key: 'request', label: t('drawer.requestId'), children: <Typography.Text copyable code>{op.requestId}</Typography.Text> }] : []),
          ...(op.error ? [{ key: 'error', label: t('drawer.serverMessage'), children: <Typography.Text type="danger">{op.error}</Typography.Text> }] : []),
          ...(op.phase === 'failed' && !op.error ? [{ key: 'reason', label: t('drawer.reason'), children: <OperationFailure op={op} /> }] : []),
        ]}
      />
      {op.tracking === 'watch' && !op.error ? (
        <section aria-label={t('drawer.timeline')} style={{ marginTop: 8 }}>
          {op.transitions.length ? (
            <Timeline
              items={op.transitions.map((step, index) => ({
                key: index,
                color: step.status.startsWith('error') || step.migrationStatus === 'error' ? 'red' : index === op.transitions.length - 1 && op.phase !== 'running' ? 'green' : 'blue',
                content: (
                  <span>
                    <Typography.Text code>{step.status}</Typography.Text>
                    {step.migrationStatus ? <Typography.Text type="secondary"> {t('drawer.migration', { status: step.migrationStatus })}</Typography.Text> : null}{' '}
                    <Typography.Text type="secondary">{dayjs(step.at).format('HH:mm:ss')}</Typography.Text>
                  </span>
                ),
              }))}
            />
          ) : (
            <Typography.Text type="secondary">{t('drawer.noTransitions')}</Typography.Text>
          )}
        </section>
      ) : null}
    </li>
  );
}

export function ActivityDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('activity');
  const { operations } = useActivityState();
  const now = useNow(open && operations.some((op) => op.phase === 'running'));
  const finished = operations.some((op) => op.phase !== 'running');
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('drawer.title')}
      size={480}
      extra={
        <Button size="small" disabled={!finished} onClick={() => activityTracker().dispatch({ type: 'clearFinished' })}>
          {t('drawer.clear')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('drawer.subtitle')}</Typography.Paragraph>
      {operations.length ? (
        <ul aria-label={t('drawer.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {operations.map((op) => (
            <OperationItem key={op.id} op={op} now={now} onNavigate={onClose} />
          ))}
        </ul>
      ) : (
        <Empty description={t('drawer.empty')} />
      )}
    </Drawer>
  );
}
