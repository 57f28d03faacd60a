/**
 * Where the actions engineer's components (src/features/volumes/volume-actions) plug into the list and
 * detail pages. Until they exist these render nothing.
 */
import type { Volume } from '../../api/models';

export function VolumeRowActions(_props: { volume: Volume }) {
  return null;
}
export function VolumeDetailActions(_props: { volume: Volume }) {
  return null;
}
export function CreateVolumeButton() {
  return null;
}
export function CreateSnapshotButton(_props: { volume: Volume }) {
  return null;
}
export const actionsAvailable = false;
