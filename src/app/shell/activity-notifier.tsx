import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Text } from '../../components/text';
import { activityTracker, useActivityState, useActivityTracking } from '../../features/activity/activity-center';
import { formatDuration } from '../../features/activity/format';
import { actionLabelKeys, kindLabelKeys, operationName, resourcePath } from '../../features/activity/labels';
import { durationMs } from '../../features/activity/model';
import { useFeedback } from '../../components/feedback/feedback';

// Why an operation failed is worded only for a failure notice: its code loads then, not with every page.
const OperationFailure = lazy(() => import('./operation-failure').then((module) => ({ default: module.OperationFailure })));

/**
 * Announces every followed operation when it settles, wherever the user is in the console: a notification
 * with a link to the resource and, on failure, why (Cinder's user message, or what did not change). Also starts the tracker.
 */
export function ActivityNotifier() {
  useActivityTracking();
  const { t, i18n } = useTranslation('activity');
  const { notification } = useFeedback();
  const navigate = useNavigate();
  const { operations } = useActivityState();

  useEffect(() => {
    for (const op of operations) {
      if (op.notify !== 'ready') continue;
      activityTracker().dispatch({ type: 'notified', id: op.id });
      const name = operationName(op);
      const values = { action: t(actionLabelKeys[op.action]), kind: t(kindLabelKeys[op.kind]), name };
      const path = resourcePath(op.kind, op.resourceId, op.action, op.phase);
      const failed = op.phase === 'failed';
      const description = (
        <>
          {failed ? (
            <Suspense fallback={null}>
              <OperationFailure op={op} />
            </Suspense>
          ) : null}
          <Text type="secondary" style={{ display: 'block', marginBottom: path ? 4 : 0 }}>
            {t('notify.took', { duration: formatDuration(durationMs(op, Date.now()), i18n.language) })}
          </Text>
          {path ? (
            // The notification renders outside the router, so the link navigates by hand.
            <a
              href={path}
              onClick={(event) => {
                event.preventDefault();
                notification.destroy(op.id);
                void navigate(path);
              }}
            >
              {t('notify.open', { name })}
            </a>
          ) : null}
        </>
      );
      const show = failed ? notification.error : notification.success;
      show({ key: op.id, title: t(failed ? 'notify.failed' : 'notify.succeeded', values), description, duration: failed ? 0 : 8 });
    }
  }, [operations, notification, navigate, t, i18n.language]);

  return null;
}
