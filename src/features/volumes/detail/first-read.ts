/**
 * A volume's page, before it is opened (React-free): its first read, sent on a click on a link to it or
 * by the entry, and its code, fetched on hover or focus (src/app/link-prefetch.ts, src/app/first-data.ts).
 */
import { getVolume } from '../../../api/volumes';

export function readVolumeDetail(id: string): Promise<unknown> {
  return getVolume(id);
}

export function loadVolumeDetailPage(): Promise<unknown> {
  return import('./volume-detail-page');
}
