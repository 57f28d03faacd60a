import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activityTracker } from '../../features/activity/activity-center';
import { renderWithProviders } from '../../test/render';
import { ActivityDrawer } from './activity-drawer';

function createdVolumeType() {
  activityTracker().dispatch({
    type: 'started',
    id: 'op-1',
    init: { kind: 'volumeType', action: 'create', tracking: 'instant', resourceId: 'vt-1', resourceName: 'qa-type' },
    who: { user: 'alice', projectId: 'p-1', projectName: 'demo' },
    startedAt: Date.now() - 1000,
    respondedAt: Date.now(),
    requestId: null,
  });
}

describe('ActivityDrawer', () => {
  afterEach(() => activityTracker().dispatch({ type: 'clearFinished' }));

  it('names an operation in Chinese without a space between the action and the kind', async () => {
    createdVolumeType();
    renderWithProviders(<ActivityDrawer open onClose={() => undefined} />, 'zh-CN');
    const item = await screen.findByRole('listitem', { name: /qa-type/ });
    expect(item).toHaveAccessibleName('创建云硬盘类型 qa-type');
    expect(item).toHaveTextContent('创建云硬盘类型');
  });

  it('keeps the space in English', async () => {
    createdVolumeType();
    renderWithProviders(<ActivityDrawer open onClose={() => undefined} />);
    expect(await screen.findByRole('listitem', { name: /qa-type/ })).toHaveAccessibleName('Create volume type qa-type');
  });
});
