import { HistoryOutlined } from '@ant-design/icons';
import { Button, theme } from 'antd';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunningOperations } from '../../features/activity/activity-center';

// The drawer (timeline, list) loads on first open; the button itself stays tiny.
const ActivityDrawer = lazy(() => import('./activity-drawer').then((m) => ({ default: m.ActivityDrawer })));

/** Header button: how many operations of this project are in flight; opens the activity drawer. */
export function ActivityButton() {
  const { t } = useTranslation('activity');
  const running = useRunningOperations().length;
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const { token } = theme.useToken();
  return (
    <>
      {/* The count bubble is decoration: the button's name already says how many are running. */}
      <span style={{ position: 'relative', display: 'inline-flex' }}>
        <Button
          icon={<HistoryOutlined />}
          aria-label={running ? t('button.labelRunning', { count: running }) : t('button.label')}
          aria-haspopup="dialog"
          onClick={() => {
            setOpen(true);
            setOpened(true);
          }}
        />
        {running ? (
          <span
            aria-hidden
            style={{
              position: 'absolute',
              top: -6,
              insetInlineEnd: -6,
              minWidth: 16,
              height: 16,
              padding: '0 4px',
              borderRadius: 8,
              background: token.colorError,
              color: token.colorTextLightSolid,
              fontSize: 11,
              lineHeight: '16px',
              textAlign: 'center',
              boxShadow: `0 0 0 1px ${token.colorBgContainer}`,
              pointerEvents: 'none',
            }}
          >
            {running}
          </span>
        ) : null}
      </span>
      {opened ? (
        <Suspense fallback={null}>
          <ActivityDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
