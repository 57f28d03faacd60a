/**
 * Nova, the optional compute service: the servers a volume can be attached to and the attach / detach
 * calls (`/servers/{id}/os-volume_attachments`). Present only when the token's catalog lists `compute`
 * (`hasCompute`); every call carries `OpenStack-API-Version: compute <config.computeApiVersion>`.
 *
 * Names for a page of volumes: Nova has no id-list filter. Its `uuid` filter is admin-only, takes one
 * value, and is silently dropped for members (who would then get the whole list); `name` is a regex on
 * the name, not the id. So a page's server names come from `GET /servers/{id}` once per distinct server,
 * cached by id (src/queries/servers.ts), never from the project's whole server list.
 */
import type { RequestDescriptor } from './descriptor';
import { isApiError } from './errors';
import { apiRequest, send, type QueryValue } from './http';
import type { Session } from './session';

export interface Server {
  id: string;
  name: string;
  status: string;
  tenant_id?: string;
  'OS-EXT-STS:vm_state'?: string;
  'os-extended-volumes:volumes_attached'?: { id: string }[];
}

export interface ServerPage {
  servers: Server[];
  /** Marker of the next page when Nova sent a `servers_links` "next". */
  nextMarker: string | null;
}

export function hasCompute(session: Pick<Session, 'endpoints'> | null): boolean {
  return !!session?.endpoints.compute;
}

/** Nova's `name` filter is a regular expression: the user's text is matched literally. */
export function literalNamePattern(text: string): string {
  return text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ServerListQuery {
  /** Literal part of the name (server-side search). */
  search?: string;
  limit: number;
  marker?: string | null;
  /** Admin only: `all_tenants=1`, optionally narrowed to one project. */
  allProjects?: boolean;
  projectId?: string;
}

function nextMarkerOf(links: { rel: string; href: string }[] | undefined): string | null {
  const next = links?.find((l) => l.rel === 'next');
  if (!next) return null;
  return new URL(next.href, 'http://x').searchParams.get('marker');
}

/** `GET /servers/detail` with Nova's name regex, marker paging and (admins) all_tenants. */
export async function listServers(query: ServerListQuery, signal?: AbortSignal): Promise<ServerPage> {
  const params: Record<string, QueryValue> = { limit: query.limit, marker: query.marker ?? undefined };
  if (query.search?.trim()) params.name = literalNamePattern(query.search);
  if (query.allProjects) {
    params.all_tenants = 1;
    if (query.projectId) params.project_id = query.projectId;
  }
  const { data } = await apiRequest<{ servers: Server[]; servers_links?: { rel: string; href: string }[] }>('compute', '/servers/detail', { query: params, signal });
  return { servers: data.servers, nextMarker: nextMarkerOf(data.servers_links) };
}

/** One server, or null when Nova does not know it (deleted, or another project's for a member). */
export async function findServer(id: string, signal?: AbortSignal): Promise<Server | null> {
  try {
    return (await apiRequest<{ server: Server }>('compute', `/servers/${encodeURIComponent(id)}`, { signal })).data.server;
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return null;
    throw error;
  }
}


const attachmentsPath = (serverId: string) => `/servers/${encodeURIComponent(serverId)}/os-volume_attachments`;

/** The Nova writes as descriptors: the CLI panel and the activity center read them like Cinder's. */
export const serverCalls = {
  addVolume: (serverId: string, volumeId: string, device?: string): RequestDescriptor => ({
    op: 'server.addVolume',
    service: 'compute',
    method: 'POST',
    path: attachmentsPath(serverId),
    body: { volumeAttachment: device ? { volumeId, device } : { volumeId } },
    params: { id: volumeId, serverId },
  }),
  removeVolume: (serverId: string, volumeId: string): RequestDescriptor => ({
    op: 'server.removeVolume',
    service: 'compute',
    method: 'DELETE',
    path: `${attachmentsPath(serverId)}/${encodeURIComponent(volumeId)}`,
    params: { id: volumeId, serverId },
  }),
};

/** `POST /servers/{id}/os-volume_attachments` → 200 with the device; the volume goes reserved → attaching → in-use. */
export async function attachVolume(serverId: string, volumeId: string, device?: string): Promise<{ device?: string }> {
  return (await send<{ volumeAttachment: { device?: string } }>(serverCalls.addVolume(serverId, volumeId, device))).volumeAttachment;
}

/** `DELETE /servers/{id}/os-volume_attachments/{volume_id}` → 202; the volume goes detaching → available (or in-use). */
export async function detachVolume(serverId: string, volumeId: string): Promise<void> {
  await send(serverCalls.removeVolume(serverId, volumeId));
}
