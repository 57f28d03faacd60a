/** Glance v2 images the console offers as volume sources. */
import { apiRequest } from './http';
import type { Image } from './models';
import { getSession } from './session';

interface ImageListPage {
  images: Image[];
  next?: string;
}

/** Whether the catalog has an image service at all (no Glance → no image sources offered). */
export function hasImageService(): boolean {
  return !!getSession()?.endpoints.image;
}

/** Glance's `next` is relative to the endpoint (`/v2/images?marker=…`): only its query is used, never its host. */
export function nextQuery(next: string | undefined): Record<string, string> | null {
  if (!next) return null;
  const query = next.includes('?') ? next.slice(next.indexOf('?') + 1) : '';
  if (!query) return null;
  return Object.fromEntries(new URLSearchParams(query));
}

/** Every active image, sorted by name, following `next` until the last page. */
export async function listImages(options: { signal?: AbortSignal; maxPages?: number } = {}): Promise<Image[]> {
  const images: Image[] = [];
  let query: Record<string, string> | null = { status: 'active', sort: 'name:asc', limit: '200' };
  const maxPages = options.maxPages ?? 50;
  for (let page = 0; query && page < maxPages; page += 1) {
    const response: { data: ImageListPage } = await apiRequest<ImageListPage>('image', '/v2/images', { query, signal: options.signal });
    images.push(...(response.data.images ?? []));
    query = nextQuery(response.data.next);
  }
  return images;
}

/** One image (any status); 404 when it is gone or not visible to the project. */
export async function getImage(id: string, signal?: AbortSignal): Promise<Image> {
  return (await apiRequest<Image>('image', `/v2/images/${encodeURIComponent(id)}`, { signal })).data;
}

const GiB = 1024 ** 3;

/** Parses Nova's block_device_mapping JSON string; the boot snapshot entry makes it a VM-snapshot image. */
export function vmSnapshotOf(image: Image): { snapshotId: string; volumeSize: number | null } | null {
  if (String(image.bdm_v2 ?? '').toLowerCase() !== 'true' || !image.block_device_mapping) return null;
  try {
    const mappings = JSON.parse(image.block_device_mapping) as { source_type?: string; boot_index?: number | string | null; snapshot_id?: string; volume_size?: number | null }[];
    const boot = mappings.find((m) => m.source_type === 'snapshot' && Number(m.boot_index) === 0 && m.snapshot_id);
    return boot?.snapshot_id ? { snapshotId: boot.snapshot_id, volumeSize: boot.volume_size ?? null } : null;
  } catch {
    return null;
  }
}

export function isVmSnapshotImage(image: Image): boolean {
  return vmSnapshotOf(image) !== null;
}

/** The smallest volume (GiB) an image fits in: its min_disk, and its size / virtual size rounded up. */
export function imageMinSizeGiB(image: Image): number {
  const bytes = Math.max(image.size ?? 0, image.virtual_size ?? 0);
  return Math.max(1, image.min_disk ?? 0, Math.ceil(bytes / GiB));
}
