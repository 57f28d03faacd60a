/**
 * The shape every resource's status table shares (src/domain/<resource>): lists, details, polling,
 * the activity center and the CLI panel read these tables instead of writing status sets again.
 * Label keys only — the feature translates them in its own namespace.
 */

/** 'fast': something is happening, poll at the fast interval; 'slow': waiting on someone else; false: stable. */
export type PollSpeed = 'fast' | 'slow' | false;

export interface StatusInfo<LabelKey extends string = string> {
  labelKey: LabelKey;
  /** antd Tag colour: 'success' | 'processing' | 'error' | 'warning' | 'default' | a preset ('blue', 'gold') */
  color: string;
  /** In progress: the badge spins and the item is polled (at `poll` speed). */
  transitional: boolean;
  poll: PollSpeed;
  /** A failure: lists may look up the reason. */
  isError: boolean;
}

/**
 * The kinds of table entry, typed by the resource's label keys, so every status table reads the same way:
 * `const { changing, settled, failed } = statusEntries<LabelKey>();  creating: changing('status.creating')`.
 * Colours are antd Tag colours; a table passes one only where it means something.
 */
export function statusEntries<K extends string>() {
  return {
    /** Something is happening on the server: the badge spins, the item is polled fast. */
    changing: (labelKey: K, color = 'processing'): StatusInfo<K> => ({ labelKey, color, transitional: true, poll: 'fast', isError: false }),
    /** Waiting on someone else (a Nova attach, a transfer accept): polled, but slowly. */
    waiting: (labelKey: K, color = 'gold'): StatusInfo<K> => ({ labelKey, color, transitional: true, poll: 'slow', isError: false }),
    /** Settled and fine. */
    settled: (labelKey: K, color = 'default'): StatusInfo<K> => ({ labelKey, color, transitional: false, poll: false, isError: false }),
    /** Settled in a failure: lists may look up the reason. */
    failed: (labelKey: K): StatusInfo<K> => ({ labelKey, color: 'error', transitional: false, poll: false, isError: true }),
  };
}

/** Statuses whose table entry polls fast ("still happening"), as a set for quick checks. */
export function fastStatuses(table: Record<string, StatusInfo>): ReadonlySet<string> {
  return new Set(Object.entries(table).filter(([, info]) => info.poll === 'fast').map(([status]) => status));
}

/**
 * A settled status that is a failure (error, error_extending, error_deleting, …), including error_*
 * statuses no table lists yet: the activity center must not wait forever on one.
 */
export function isErrorStatus(status: string): boolean {
  return status === 'error' || status.startsWith('error_');
}

/**
 * The lookups every status table needs, made once: Cinder's status is a free string, so an unknown one
 * gets a neutral `unknownLabelKey` entry (the badge shows the raw value) and never polls.
 */
export function statusLookup<K extends string, Table extends Record<string, StatusInfo<K>>>(table: Table, unknownLabelKey: K) {
  const unknown = statusEntries<K>().settled(unknownLabelKey);
  const isKnown = (status: string): status is Extract<keyof Table, string> => Object.hasOwn(table, status);
  const entries: Record<string, StatusInfo<K>> = table;
  const info = (status: string): StatusInfo<K> => (isKnown(status) ? entries[status]! : unknown);
  return { isKnown, info, isTransitional: (status: string) => info(status).transitional };
}
