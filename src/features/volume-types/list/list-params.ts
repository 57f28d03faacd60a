import type { VolumeTypeVisibility } from '../../../api/volume-types';

export interface TypeListParams {
  name: string;
  visibility: VolumeTypeVisibility;
  page: number;
  pageSize: number;
}

const visibilities: readonly VolumeTypeVisibility[] = ['all', 'public', 'private'];
const pageSizes = [10, 20, 50, 100];

/** Reads list state from the URL, ignoring anything malformed (a shared link may be old or edited). */
export function readListParams(params: URLSearchParams): TypeListParams {
  const visibility = params.get('visibility') as VolumeTypeVisibility | null;
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    name: (params.get('name') ?? '').slice(0, 255),
    visibility: visibility && visibilities.includes(visibility) ? visibility : 'all',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: pageSizes.includes(pageSize) ? pageSize : 20,
  };
}

export function writeListParams(state: TypeListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (state.name) params.set('name', state.name);
  if (state.visibility !== 'all') params.set('visibility', state.visibility);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== 20) params.set('pageSize', String(state.pageSize));
  return params;
}

export { pageSizes };
