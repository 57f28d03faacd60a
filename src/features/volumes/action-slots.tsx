/**
 * Where the actions engineer's components (src/features/volumes/volume-actions) plug into the list and
 * detail pages: one import point, so the pages do not depend on that folder's layout.
 */
export { AttachmentActions, CreateSnapshotButton, CreateVolumeButton, ManageVolumeButton, VolumeDetailActions, VolumeRowActions } from './volume-actions';
