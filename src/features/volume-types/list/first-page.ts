/**
 * The volume types page's reads for a URL, React-free: the entry sends them while the app's code is
 * still loading (src/app/first-data.ts), and the page's own queries then take the answers over.
 */
import { listAllQosSpecs } from '../../../api/qos-specs';
import { getDefaultVolumeType, listAllVolumeTypes } from '../../../api/volume-types';
import { readListParams } from './list-params';

export function readFirstVolumeTypesPage(params: URLSearchParams): Promise<unknown> {
  return Promise.all([listAllVolumeTypes(readListParams(params).visibility), getDefaultVolumeType(), listAllQosSpecs()]);
}
