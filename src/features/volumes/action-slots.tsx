/**
 * Where the actions engineer's components (src/features/volumes/volume-actions) plug into the list and
 * detail pages: one import point, so the pages do not depend on that folder's layout.
 */
export { AcceptTransferButton, AttachmentActions, CreateSnapshotButton, CreateVolumeButton, ManageVolumeButton, TransfersLink, VolumeDetailActions, VolumeRowActions } from './volume-actions';
