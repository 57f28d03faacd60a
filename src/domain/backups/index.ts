/** Backups, React-free: the status table, the preconditions with Cinder's texts, the label. */
export * from './status';
export * from './rules';
