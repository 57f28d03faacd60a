/** Snapshots, React-free: the status table, the preconditions and request rules. */
export * from './status';
export * from './rules';
