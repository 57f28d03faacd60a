import { describe, expect, it } from 'vitest';
import type { OperationInit } from './model';
import { activityReducer, emptyState, MAX_OPERATIONS, runningIn, SETTLE_GRACE_MS, toObservation, type ActivityState } from './reducer';

const who = { user: 'demo', projectId: 'p1', projectName: 'demo' };
const T0 = 1_000_000;

function start(init: OperationInit, extra: { error?: string; id?: string } = {}, state: ActivityState = emptyState) {
  return activityReducer(state, { type: 'started', id: extra.id ?? 'op1', init, who, startedAt: T0, respondedAt: T0 + 100, requestId: 'req-1', error: extra.error });
}
const extend: OperationInit = { kind: 'volume', action: 'extend', tracking: 'watch', resourceId: 'v1', expect: { size: 5 } };
const seen = (state: ActivityState, status: string, at: number, more: Record<string, unknown> = {}) =>
  activityReducer(state, { type: 'observed', resourceId: 'v1', observation: toObservation({ status, ...more })!, at });

describe('activityReducer', () => {
  it('follows an extend through its statuses and settles on the stable one', () => {
    let state = start(extend);
    expect(runningIn(state, 'p1')).toHaveLength(1);
    state = seen(state, 'extending', T0 + 500, { size: 2, name: 'db' });
    state = seen(state, 'extending', T0 + 900, { size: 2 });
    expect(state.operations[0]!.phase).toBe('running');
    state = seen(state, 'available', T0 + 2500, { size: 5 });
    const op = state.operations[0]!;
    expect(op.phase).toBe('succeeded');
    expect(op.endedAt).toBe(T0 + 2500);
    expect(op.resourceName).toBe('db');
    expect(op.transitions.map((t) => t.status)).toEqual(['extending', 'available']);
    expect(op.notify).toBe('ready');
    expect(runningIn(state, 'p1')).toHaveLength(0);
  });

  it('does not settle on a stale pre-action read, but does on the new size or after the grace period', () => {
    let state = start(extend);
    state = seen(state, 'available', T0 + 300, { size: 2 });
    expect(state.operations[0]!.phase).toBe('running');
    state = seen(state, 'available', T0 + 400, { size: 5 });
    expect(state.operations[0]!.phase).toBe('succeeded');

    let revert = start({ kind: 'volume', action: 'revert', tracking: 'watch', resourceId: 'v1' });
    revert = seen(revert, 'available', T0 + 300);
    expect(revert.operations[0]!.phase).toBe('running');
    revert = seen(revert, 'available', T0 + 100 + SETTLE_GRACE_MS);
    expect(revert.operations[0]!.phase).toBe('succeeded');
  });

  it('marks an error status as failed and waits for the reason before announcing', () => {
    let state = seen(start(extend), 'extending', T0 + 500);
    state = seen(state, 'error_extending', T0 + 2000);
    expect(state.operations[0]).toMatchObject({ phase: 'failed', notify: 'pending' });
    state = activityReducer(state, { type: 'reasonFound', id: 'op1', userMessage: 'extend volume:Volume Driver failed to extend volume.' });
    expect(state.operations[0]).toMatchObject({ notify: 'ready', userMessage: 'extend volume:Volume Driver failed to extend volume.' });
    state = activityReducer(state, { type: 'notified', id: 'op1' });
    expect(state.operations[0]!.notify).toBe('done');
  });

  it('counts a 404 as success for a delete and as a failure otherwise', () => {
    const del = activityReducer(start({ kind: 'volume', action: 'delete', tracking: 'watch', resourceId: 'v1' }), { type: 'gone', resourceId: 'v1', at: T0 + 3000 });
    expect(del.operations[0]).toMatchObject({ phase: 'succeeded', endedAt: T0 + 3000 });
    const ext = activityReducer(start(extend), { type: 'gone', resourceId: 'v1', at: T0 + 3000 });
    expect(ext.operations[0]).toMatchObject({ phase: 'failed', gone: true });
  });

  it('keeps a delete running on a stable status until the 404, and fails it on error_deleting', () => {
    let state = start({ kind: 'volume', action: 'delete', tracking: 'watch', resourceId: 'v1' });
    state = seen(state, 'available', T0 + 5000);
    expect(state.operations[0]!.phase).toBe('running');
    state = seen(state, 'deleting', T0 + 5100);
    state = seen(state, 'error_deleting', T0 + 7000);
    expect(state.operations[0]!.phase).toBe('failed');
  });

  it('follows a migration by migration_status and records it in the timeline', () => {
    let state = start({ kind: 'volume', action: 'migrate', tracking: 'watch', resourceId: 'v1' });
    state = seen(state, 'available', T0 + 500, { migration_status: 'migrating' });
    expect(state.operations[0]!.phase).toBe('running');
    state = seen(state, 'available', T0 + 900, { migration_status: 'completing' });
    state = seen(state, 'available', T0 + 1500, { migration_status: 'success' });
    expect(state.operations[0]!.phase).toBe('succeeded');
    expect(state.operations[0]!.transitions.map((t) => t.migrationStatus)).toEqual(['migrating', 'completing', 'success']);
    const failed = seen(start({ kind: 'volume', action: 'migrate', tracking: 'watch', resourceId: 'v1' }), 'available', T0 + 500, { migration_status: 'error' });
    expect(failed.operations[0]!.phase).toBe('failed');
  });

  it('fails a retype that settles with the old type (Cinder could not migrate it): nothing changed', () => {
    const retype: OperationInit = { kind: 'volume', action: 'retype', tracking: 'watch', resourceId: 'v1', expect: { type: 'ssd-id', typeName: 'ssd' } };
    let state = seen(start(retype), 'retyping', T0 + 300, { volume_type: 'standard', volume_type_id: 'std-id' });
    state = seen(state, 'available', T0 + 3000, { volume_type: 'standard', volume_type_id: 'std-id', 'os-vol-host-attr:host': 'cinder@lvm-hdd#hdd' });
    expect(state.operations[0]).toMatchObject({ phase: 'failed', unchanged: true, notify: 'pending' });
    expect(state.operations[0]!.settledOn).toMatchObject({ status: 'available', volumeType: 'standard', host: 'cinder@lvm-hdd#hdd' });

    const done = seen(seen(start(retype), 'retyping', T0 + 300), 'available', T0 + 3000, { volume_type: 'ssd', volume_type_id: 'ssd-id' });
    expect(done.operations[0]).toMatchObject({ phase: 'succeeded' });
    // Before 3.63 there is no volume_type_id: the name of the type sent by id decides.
    const byName = seen(seen(start(retype), 'retyping', T0 + 300), 'available', T0 + 3000, { volume_type: 'ssd' });
    expect(byName.operations[0]!.phase).toBe('succeeded');
    const oldName = seen(seen(start(retype), 'retyping', T0 + 300), 'available', T0 + 3000, { volume_type: 'standard' });
    expect(oldName.operations[0]).toMatchObject({ phase: 'failed', unchanged: true });
  });

  it('fails an extend that settles on the old size, and a migration that ends on the old host', () => {
    const ext = seen(seen(start(extend), 'extending', T0 + 300, { size: 2 }), 'available', T0 + 3000, { size: 2 });
    expect(ext.operations[0]).toMatchObject({ phase: 'failed', unchanged: true });

    const migrate: OperationInit = { kind: 'volume', action: 'migrate', tracking: 'watch', resourceId: 'v1', detail: 'cinder@lvm-ssd#ssd', expect: { host: 'cinder@lvm-ssd#ssd' } };
    const host = (h: string) => ({ 'os-vol-host-attr:host': h });
    let moved = seen(start(migrate), 'available', T0 + 300, { migration_status: 'migrating', ...host('cinder@lvm-hdd#hdd') });
    moved = seen(moved, 'available', T0 + 3000, { migration_status: 'success', ...host('cinder@lvm-ssd#ssd') });
    expect(moved.operations[0]!.phase).toBe('succeeded');
    // An operator's reset (migration_status none) ends it with the volume where it was.
    let reset = seen(start(migrate), 'available', T0 + 300, { migration_status: 'migrating', ...host('cinder@lvm-hdd#hdd') });
    reset = seen(reset, 'available', T0 + 3000, { migration_status: null, ...host('cinder@lvm-hdd#hdd') });
    expect(reset.operations[0]).toMatchObject({ phase: 'failed', unchanged: true });
    // A stale 'success' of an earlier migration on the old host is not taken as this one's end.
    const stale = seen(start(migrate), 'available', T0 + 300, { migration_status: 'success', ...host('cinder@lvm-hdd#hdd') });
    expect(stale.operations[0]!.phase).toBe('running');
  });

  it('settles instant operations and refused calls at once, without announcing them', () => {
    const instant = start({ kind: 'volumeType', action: 'extraSpecs', tracking: 'instant', resourceId: 't1' });
    expect(instant.operations[0]).toMatchObject({ phase: 'succeeded', endedAt: T0 + 100, notify: 'none' });
    const refused = start(extend, { error: "Volume v1 status must be 'available'" });
    expect(refused.operations[0]).toMatchObject({ phase: 'failed', error: "Volume v1 status must be 'available'", notify: 'none', requestId: 'req-1' });
  });

  it('keeps at most MAX_OPERATIONS, dropping the oldest finished ones and never a running one', () => {
    let state = start(extend, { id: 'running' });
    for (let i = 0; i < MAX_OPERATIONS + 5; i++) state = start({ kind: 'volume', action: 'update', tracking: 'instant', resourceId: `v${i}` }, { id: `i${i}` }, state);
    expect(state.operations).toHaveLength(MAX_OPERATIONS);
    expect(state.operations.some((op) => op.id === 'running')).toBe(true);
    expect(state.operations[0]!.id).toBe(`i${MAX_OPERATIONS + 4}`);
    state = activityReducer(state, { type: 'clearFinished' });
    expect(state.operations.map((op) => op.id)).toEqual(['running']);
  });

  it('counts only the current project as running', () => {
    const state = start(extend);
    expect(runningIn(state, 'p2')).toHaveLength(0);
  });
});

describe('an upload to image', () => {
  const upload: OperationInit = { kind: 'image', action: 'uploadImage', tracking: 'watch', resourceId: 'img1', resourceName: 'golden' };
  const image = (state: ActivityState, status: string, at: number) =>
    activityReducer(state, { type: 'observed', resourceId: 'img1', observation: toObservation({ status, name: 'golden' })!, at });
  it('follows the Glance image queued → saving → active', () => {
    let state = start(upload);
    state = image(state, 'queued', T0 + 200);
    state = image(state, 'saving', T0 + 2000);
    expect(state.operations[0]!.phase).toBe('running');
    state = image(state, 'active', T0 + 5000);
    expect(state.operations[0]!.phase).toBe('succeeded');
    expect(state.operations[0]!.transitions.map((t) => t.status)).toEqual(['queued', 'saving', 'active']);
  });
  it('fails on killed, and when the image is gone (Cinder deletes it after a failed upload)', () => {
    let killed = start(upload);
    killed = image(image(killed, 'saving', T0 + 200), 'killed', T0 + 900);
    expect(killed.operations[0]!.phase).toBe('failed');
    const gone = activityReducer(image(start(upload), 'saving', T0 + 200), { type: 'gone', resourceId: 'img1', at: T0 + 900 });
    expect(gone.operations[0]!.phase).toBe('failed');
  });
});
