/**
 * What the console can say about a failed operation, most telling first: Cinder's user message, the
 * resource's disappearance, the effect that did not happen, and — when Cinder wrote no message — what it
 * does show (status, migration status, host) and where the cause is written instead.
 */
import type { ActivityAction, Operation } from './model';

/** Label keys of the `activity` namespace for "the effect is not there" (static keys only). */
export const unchangedKeys = {
  retype: 'outcome.unchanged.retype',
  extend: 'outcome.unchanged.extend',
  migrate: 'outcome.unchanged.migrate',
} as const satisfies Partial<Record<ActivityAction, string>>;

export interface Unchanged {
  key: (typeof unchangedKeys)[keyof typeof unchangedKeys];
  /** What the resource still has, when the tracker saw it. */
  still?: string | number;
}

/** The fields Cinder shows for the resource when the operation ended (those this token may see). */
export interface CinderFacts {
  status: string;
  migrationStatus?: string | null;
  host?: string | null;
}

export interface FailureExplanation {
  userMessage?: string;
  gone?: boolean;
  unchanged?: Unchanged;
  /** Set when Cinder wrote no user message: what it shows, and the request id to look for in its logs. */
  noMessage?: { facts?: CinderFacts; requestId: string | null; onVolume: boolean };
}

function unchanged(op: Operation): Unchanged | undefined {
  if (!op.unchanged) return undefined;
  const seen = op.settledOn;
  switch (op.action) {
    case 'retype':
      return { key: unchangedKeys.retype, still: seen?.volumeType ?? undefined };
    case 'extend':
      return { key: unchangedKeys.extend, still: seen?.size };
    case 'migrate':
      return { key: unchangedKeys.migrate, still: seen?.host ?? undefined };
    default:
      return undefined;
  }
}

/** Why a failed operation failed, as far as Cinder tells; undefined for a refused call (its answer is the reason). */
export function explainFailure(op: Operation): FailureExplanation | undefined {
  if (op.phase !== 'failed' || op.error !== undefined) return undefined;
  if (op.userMessage) return { userMessage: op.userMessage, unchanged: unchanged(op) };
  if (op.gone) return { gone: true };
  const seen = op.settledOn;
  const facts = seen ? { status: seen.status, migrationStatus: seen.migrationStatus, host: seen.host } : undefined;
  return { unchanged: unchanged(op), noMessage: { facts, requestId: op.requestId, onVolume: op.kind === 'volume' } };
}
