/** Volumes, React-free: the status table, the action preconditions and request rules, the label. */
export * from './status';
export * from './rules';
export * from './attach-rules';
export * from './label';
