/**
 * Glance v2, only what the console needs: the image list (filters, sort, paging with a relative `next`),
 * single images, and deleting one. Images live in the emulator state (see seed.ts); Cinder's
 * upload-to-image creates them (glance-uploads.ts), and they move on with the clock.
 */
import { advanceUploads } from './glance-uploads';
import { validateToken, type ValidToken } from './keystone/tokens';
import type { Image } from './state';
import { jsonResponse, notFoundHtml } from './util/http';
import { requestId } from './util/ids';
import { glanceTime } from './util/time';
import type { World } from './world';

const TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' };

/** Glance errors are HTML unless the client accepts JSON (then the message keeps webob's <br /> junk). */
function glanceError(request: Request, origin: string, code: number, message: string): Response {
  const title = TITLES[code] ?? 'Error';
  const headers: Record<string, string> = { 'x-openstack-request-id': requestId() };
  if (code === 401) headers['WWW-Authenticate'] = `Keystone uri="${origin}/identity"`;
  if ((request.headers.get('Accept') ?? '').includes('application/json')) {
    return jsonResponse(code, { message: `${message}<br /><br />\n\n\n`, code: `${code} ${title}`, title }, headers);
  }
  const html = `<html>\n <head>\n  <title>${code} ${title}</title>\n </head>\n <body>\n  <h1>${code} ${title}</h1>\n  ${message}<br /><br />\n\n\n\n </body>\n</html>`;
  return new Response(html, { status: code, headers: { 'Content-Type': 'text/html; charset=UTF-8', ...headers } });
}

function imageView(image: Image): Record<string, unknown> {
  return {
    ...image.properties,
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    protected: image.protected ?? false,
    os_hidden: false,
    owner: image.owner,
    size: image.size,
    virtual_size: image.virtualSize,
    min_disk: image.minDisk,
    min_ram: image.minRam,
    disk_format: image.diskFormat,
    container_format: image.containerFormat,
    checksum: image.checksum,
    os_hash_algo: image.checksum ? 'sha512' : null,
    os_hash_value: image.checksum ? `${image.checksum}${'0'.repeat(96)}` : null,
    tags: [],
    created_at: glanceTime(image.createdAt),
    updated_at: glanceTime(image.updatedAt),
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
    stores: image.status === 'active' ? 'fs' : undefined,
  };
}

function canSee(auth: ValidToken, image: Image): boolean {
  if (auth.roles.includes('admin')) return true;
  return image.visibility === 'public' || image.visibility === 'community' || image.owner === auth.project?.id;
}

const SORT_KEYS: Record<string, (i: Image) => string | number | null> = {
  name: (i) => i.name,
  status: (i) => i.status,
  container_format: (i) => i.containerFormat,
  disk_format: (i) => i.diskFormat,
  size: (i) => i.size,
  id: (i) => i.id,
  created_at: (i) => i.createdAt,
  updated_at: (i) => i.updatedAt,
  min_disk: (i) => i.minDisk,
  min_ram: (i) => i.minRam,
  visibility: (i) => i.visibility,
  owner: (i) => i.owner,
};

export async function handleGlance(world: World, request: Request, url: URL, rest: string[]): Promise<Response> {
  const origin = url.origin;
  const method = request.method.toUpperCase();
  if (rest.length === 0) {
    const v = (id: string, status: string) => ({ id, status, links: [{ rel: 'self', href: `${origin}/image/v2/` }] });
    return jsonResponse(300, { versions: [v('v2.16', 'CURRENT'), v('v2.15', 'SUPPORTED'), v('v2.9', 'SUPPORTED'), v('v2.0', 'SUPPORTED')] }, { 'x-openstack-request-id': requestId() });
  }
  if (rest[0] !== 'v2') return notFoundHtml({ 'x-openstack-request-id': requestId() });
  const auth = validateToken(world, request.headers.get('X-Auth-Token'));
  if (!auth || !auth.project) return glanceError(request, origin, 401, 'This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.');
  advanceUploads(world);
  if (rest[1] === 'images' && rest.length === 3 && method === 'DELETE') return deleteImage(world, request, origin, auth, rest[2]!);
  if (rest[1] !== 'images' || method !== 'GET') return notFoundHtml({ 'x-openstack-request-id': requestId() });
  if (rest.length === 3) {
    const image = world.state.images.find((i) => i.id === rest[2] && canSee(auth, i));
    if (!image) return glanceError(request, origin, 404, `No image found with ID ${rest[2]}`);
    return jsonResponse(200, imageView(image), { 'x-openstack-request-id': requestId() });
  }
  if (rest.length !== 2) return notFoundHtml({ 'x-openstack-request-id': requestId() });
  return listImages(world, request, url, auth, origin);
}

/** DELETE /v2/images/{id} → 204: the owner or an admin; a protected image is refused (403). */
function deleteImage(world: World, request: Request, origin: string, auth: ValidToken, id: string): Response {
  const index = world.state.images.findIndex((i) => i.id === id && canSee(auth, i));
  const image = world.state.images[index];
  if (!image) return glanceError(request, origin, 404, `Failed to find image ${id} to delete`);
  if (!auth.roles.includes('admin') && image.owner !== auth.project?.id) return glanceError(request, origin, 403, 'You are not permitted to delete this image.');
  if (image.protected) return glanceError(request, origin, 403, `Image ${id} is protected and cannot be deleted.`);
  world.state.images.splice(index, 1);
  world.changed();
  return new Response(null, { status: 204, headers: { 'x-openstack-request-id': requestId() } });
}

function listImages(world: World, request: Request, url: URL, auth: ValidToken, origin: string): Response {
  const q = url.searchParams;
  const rawLimit = q.get('limit');
  let limit = 25;
  if (rawLimit !== null) {
    if (!/^\d+$/.test(rawLimit)) return glanceError(request, origin, 400, 'limit param must be an integer');
    limit = Math.min(Number(rawLimit), 1000);
  }
  // sort=name:asc,created_at:desc or sort_key/sort_dir (repeatable); default created_at desc.
  const keys: [string, number][] = [];
  if (q.has('sort')) {
    for (const part of q.get('sort')!.split(',')) {
      const [k, d] = part.split(':').map((s) => s.trim());
      if (!k || !SORT_KEYS[k]) return glanceError(request, origin, 400, `Invalid sort key: ${k ?? ''}. It should be one of the following: ${Object.keys(SORT_KEYS).join(', ')}.`);
      if (d && d !== 'asc' && d !== 'desc') return glanceError(request, origin, 400, `Invalid sort direction: ${d}`);
      keys.push([k, d === 'asc' ? 1 : -1]);
    }
  } else {
    const sk = q.getAll('sort_key');
    const sd = q.getAll('sort_dir');
    sk.forEach((k, i) => keys.push([k, sd[i] === 'asc' ? 1 : -1]));
  }
  if (!keys.some(([k]) => k === 'created_at')) keys.push(['created_at', -1]);
  if (!keys.some(([k]) => k === 'id')) keys.push(['id', -1]);
  for (const [k] of keys) if (!SORT_KEYS[k]) return glanceError(request, origin, 400, `Invalid sort key: ${k}.`);

  let list = world.state.images.filter((i) => canSee(auth, i));
  const visibility = q.get('visibility');
  if (visibility && visibility !== 'all') list = list.filter((i) => i.visibility === visibility);
  else if (!visibility) list = list.filter((i) => i.visibility !== 'community' || i.owner === auth.project?.id);
  for (const field of ['status', 'name', 'owner', 'disk_format', 'container_format'] as const) {
    const value = q.get(field);
    if (value === null) continue;
    const get = SORT_KEYS[field]!;
    list = list.filter((i) => String(get(i)) === value);
  }
  const compare = (a: Image, b: Image) => {
    for (const [k, dir] of keys) {
      const x = SORT_KEYS[k]!(a);
      const y = SORT_KEYS[k]!(b);
      if (x === y) continue;
      if (x === null) return -dir;
      if (y === null) return dir;
      return (x < y ? -1 : 1) * dir;
    }
    return 0;
  };
  list.sort(compare);
  const marker = q.get('marker');
  if (marker !== null) {
    const idx = list.findIndex((i) => i.id === marker);
    if (idx === -1) return glanceError(request, origin, 400, `marker [${marker}] not found`);
    list = list.slice(idx + 1);
  }
  const page = list.slice(0, limit);
  const body: Record<string, unknown> = { images: page.map(imageView), first: `/v2/images${searchWithout(q, ['marker'])}`, schema: '/v2/schemas/images' };
  if (page.length === limit && page.length > 0) {
    const params = new URLSearchParams(q);
    params.set('marker', page[page.length - 1]!.id);
    body.next = `/v2/images?${params.toString()}`;
  }
  return jsonResponse(200, body, { 'x-openstack-request-id': requestId() });
}

function searchWithout(q: URLSearchParams, drop: string[]): string {
  const p = new URLSearchParams(q);
  for (const d of drop) p.delete(d);
  const s = p.toString();
  return s ? `?${s}` : '';
}
