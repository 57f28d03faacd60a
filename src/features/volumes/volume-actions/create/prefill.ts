import type { CreateVolumeValues } from './create-body';
import { isCreateSource } from './size-bounds';

/** Params other pages link with: ?create=1&source=snapshot&snapshot_id=… / source=volume&source_volid=… / source=image&image_id=… */
export const CREATE_PARAMS = ['create', 'source', 'snapshot_id', 'source_volid', 'image_id'] as const;

export function wantsCreate(params: URLSearchParams): boolean {
  return params.get('create') === '1';
}

/** Reads (and validates) a prefill from the URL; unknown or incomplete sources fall back to a blank volume. */
export function prefillFromParams(params: URLSearchParams): Partial<CreateVolumeValues> {
  const source = params.get('source');
  if (!isCreateSource(source)) return { source: 'blank' };
  const id = (name: string) => params.get(name)?.trim() || undefined;
  switch (source) {
    case 'snapshot':
      return id('snapshot_id') ? { source, snapshotId: id('snapshot_id') } : { source };
    case 'volume':
      return id('source_volid') ? { source, sourceVolid: id('source_volid') } : { source };
    case 'image':
      return id('image_id') ? { source, imageId: id('image_id') } : { source };
    case 'vmSnapshot':
      return id('image_id') ? { source, vmImageId: id('image_id') } : { source };
    default:
      return { source: 'blank' };
  }
}

export function withoutCreateParams(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of CREATE_PARAMS) next.delete(name);
  return next;
}
