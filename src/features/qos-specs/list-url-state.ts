import type { QosConsumer } from '../../api/models';
import { isConsumer } from './consumer';

/** The list's filters and page live in the URL (shareable, survive a reload); read values are validated. */
export interface QosListState {
  name: string;
  consumer: QosConsumer | null;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

export function parseQosListState(params: URLSearchParams): QosListState {
  const name = (params.get('name') ?? '').slice(0, 255);
  const consumerText = params.get('consumer');
  const pageText = params.get('page') ?? '';
  const sizeText = Number(params.get('size'));
  return {
    name,
    consumer: isConsumer(consumerText) ? consumerText : null,
    page: /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(sizeText) ? sizeText : DEFAULT_PAGE_SIZE,
  };
}

/** Defaults are left out of the URL. */
export function writeQosListState(state: QosListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.name) params.set('name', state.name);
  if (state.consumer) params.set('consumer', state.consumer);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** Case-insensitive substring on the name; exact consumer. */
export function matchesFilters(spec: { name: string; consumer: string }, state: Pick<QosListState, 'name' | 'consumer'>): boolean {
  const needle = state.name.trim().toLowerCase();
  if (needle && !spec.name.toLowerCase().includes(needle)) return false;
  if (state.consumer && spec.consumer !== state.consumer) return false;
  return true;
}
