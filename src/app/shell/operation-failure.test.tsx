import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OperationInit } from '../../features/activity/model';
import { activityReducer, emptyState, toObservation, type ActivityState } from '../../features/activity/reducer';
import { renderWithProviders } from '../../test/render';
import { OperationFailure } from './operation-failure';

const T0 = 1_000_000;
const who = { user: 'admin', projectId: 'p1', projectName: 'admin' };

/** Runs an operation through the activity center's reducer: started, then the volume as Cinder showed it. */
function follow(init: OperationInit, ...seen: Record<string, unknown>[]) {
  let state: ActivityState = activityReducer(emptyState, { type: 'started', id: 'op1', init, who, startedAt: T0, respondedAt: T0 + 100, requestId: 'req-42', error: undefined });
  seen.forEach((raw, i) => {
    state = activityReducer(state, { type: 'observed', resourceId: 'v1', observation: toObservation(raw)!, at: T0 + 1000 * (i + 1) });
  });
  state = activityReducer(state, { type: 'reasonFound', id: 'op1' });
  return state.operations[0]!;
}

const host = (h: string) => ({ 'os-vol-host-attr:host': h });

describe('OperationFailure', () => {
  it('says a retype that Cinder put back left the type unchanged (#20 5b)', () => {
    const op = follow(
      { kind: 'volume', action: 'retype', tracking: 'watch', resourceId: 'v1', expect: { type: 'ssd-id', typeName: 'ssd' } },
      { status: 'retyping', volume_type: 'standard', volume_type_id: 'std-id' },
      { status: 'available', volume_type: 'standard', volume_type_id: 'std-id' },
    );
    expect(op.phase).toBe('failed');
    renderWithProviders(<OperationFailure op={op} />);
    expect(screen.getByText(/^The type did not change: the volume is still standard\./)).toBeInTheDocument();
  });

  it('shows what Cinder does say about a failed migration, and where the cause is (#20 5d)', () => {
    const op = follow(
      { kind: 'volume', action: 'migrate', tracking: 'watch', resourceId: 'v1', detail: 'cinder@lvm-ssd#ssd', expect: { host: 'cinder@lvm-ssd#ssd' } },
      { status: 'available', migration_status: 'migrating', ...host('cinder@lvm-hdd#hdd') },
      { status: 'available', migration_status: 'error', ...host('cinder@lvm-hdd#hdd') },
    );
    renderWithProviders(<OperationFailure op={op} />);
    expect(screen.getByText('Cinder shows status available, migration status error, host cinder@lvm-hdd#hdd.')).toBeInTheDocument();
    expect(screen.getByText('Cinder wrote no user message about it (the volume’s Messages tab has none).')).toBeInTheDocument();
    expect(screen.getByText(/Cinder service logs .*look for request req-42\./)).toBeInTheDocument();
    expect(screen.queryByText(/gave no reason/)).not.toBeInTheDocument();
  });

  it('leads with Cinder’s user message when there is one', () => {
    let op = follow({ kind: 'volume', action: 'extend', tracking: 'watch', resourceId: 'v1', expect: { size: 5 } }, { status: 'extending', size: 2 }, { status: 'error_extending', size: 2 });
    op = { ...op, userMessage: 'extend volume:Volume Driver failed to extend volume.' };
    renderWithProviders(<OperationFailure op={op} />);
    expect(screen.getByText('extend volume:Volume Driver failed to extend volume.')).toBeInTheDocument();
    expect(screen.queryByText(/service logs/)).not.toBeInTheDocument();
  });

  it('reads in Chinese', () => {
    const op = follow({ kind: 'volume', action: 'extend', tracking: 'watch', resourceId: 'v1', expect: { size: 5 } }, { status: 'extending', size: 2 }, { status: 'available', size: 2 });
    renderWithProviders(<OperationFailure op={op} />, 'zh-CN');
    expect(screen.getByText('大小未改变：云硬盘仍为 2 GiB。')).toBeInTheDocument();
  });
});
