/** Volume create and lifecycle actions, wired into the volume list and detail pages. */
export { VolumeRowActions } from './volume-row-actions';
export { VolumeDetailActions } from './volume-detail-actions';
export { CreateVolumeButton } from './create/create-volume-button';
export { ManageVolumeButton } from './volume-manage/manage-volume-button';
export { CreateSnapshotButton } from './create-snapshot-button';
export { AcceptTransferButton } from './transfers/accept-transfer-button';
export { TransfersLink } from './transfers/transfers-link';
export { AttachmentActions } from './attachment-actions';
export { rules as volumeActionRules, type VolumeAction } from '../../../domain/volumes';
