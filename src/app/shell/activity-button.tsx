import { HistoryOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunningOperations } from '../../lib/activity/activity-center';

// The drawer (timeline, list) loads on first open; the button itself stays tiny.
const ActivityDrawer = lazy(() => import('./activity-drawer').then((m) => ({ default: m.ActivityDrawer })));

/** Header button: how many operations of this project are in flight; opens the activity drawer. */
export function ActivityButton() {
  const { t } = useTranslation('activity');
  const running = useRunningOperations().length;
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Badge count={running} size="small" offset={[-4, 4]}>
        <Button
          icon={<HistoryOutlined />}
          aria-label={running ? t('button.labelRunning', { count: running }) : t('button.label')}
          aria-haspopup="dialog"
          onClick={() => {
            setOpen(true);
            setOpened(true);
          }}
        />
      </Badge>
      {opened ? (
        <Suspense fallback={null}>
          <ActivityDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
