/**
 * What the activity center (src/features/activity) saw of one resource's operations, for detail pages of
 * other features, which may not import it: the activity center provides its store here once, pages read
 * it with `useStatusHistory(id)`. Nothing is provided (and nothing shown) where the shell never loaded it.
 */
import { useMemo, useSyncExternalStore } from 'react';

export interface HistoryOperation {
  id: string;
  kind: string;
  action: string;
  resourceId: string | null;
  user: string;
  startedAt: number;
  phase: 'running' | 'succeeded' | 'failed';
  transitions: { status: string; at: number }[];
  error?: string;
  userMessage?: string;
}

export interface HistorySource {
  subscribe: (listener: () => void) => () => void;
  getState: () => { operations: readonly HistoryOperation[] };
}

const EMPTY = { operations: [] as readonly HistoryOperation[] };
let source: HistorySource | null = null;

export function provideStatusHistory(provided: HistorySource): void {
  source = provided;
}

const subscribe = (listener: () => void) => source?.subscribe(listener) ?? (() => undefined);
const snapshot = () => source?.getState() ?? EMPTY;

/** Operations on `resourceId`, oldest first. */
export function useStatusHistory(resourceId: string): HistoryOperation[] {
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => state.operations.filter((op) => op.resourceId === resourceId).sort((a, b) => a.startedAt - b.startedAt), [state, resourceId]);
}
