/**
 * Where each cross-feature dialog lives (src/lib/feature-dialogs.tsx): the app may import features,
 * features may not import each other. Imported by the router, so tests rendering routes get it too.
 */
import { registerFeatureDialogs } from '../lib/feature-dialogs';

registerFeatureDialogs({
  createSnapshot: () => import('../features/snapshots/actions/create-snapshot-modal').then((m) => ({ default: m.CreateSnapshotForVolume })),
  createBackup: () => import('../features/backups/actions/create-backup-modal').then((m) => ({ default: m.CreateBackupModal })),
});
