/** The per-backup dialogs the row menu and the detail page open. */
export type BackupDialog = 'restore' | 'createVolume' | 'edit' | 'delete' | 'reset' | 'forceDelete';
