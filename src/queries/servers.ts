/**
 * Nova servers: names for the attachments on screen and the attach dialog's picker (reads only, light
 * enough for the volumes list; the attach / detach mutations are in volume-attachments.ts).
 *   serverKeys.all              ['servers']
 *   serverKeys.one(id)          ['servers','one',id]        a server or null (unknown to Nova), cached per id
 *   serverKeys.names(ids)       ['servers','names',ids]     one batched lookup per page of volumes
 *   serverKeys.picker(q)        ['servers','picker',q]      the picker's server-side search (pages by marker)
 */
import { infiniteQueryOptions, keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { findServer, listServers, type Server, type ServerListQuery } from '../api/servers';

/** A server's name barely changes; status polls must not look it up again (the bench counts requests per poll). */
const SERVER_STALE_MS = 5 * 60_000;

export const serverKeys = {
  all: ['servers'] as const,
  one: (id: string) => [...serverKeys.all, 'one', id] as const,
  names: (ids: readonly string[]) => [...serverKeys.all, 'names', ids] as const,
  picker: (query: Omit<ServerListQuery, 'marker'>) => [...serverKeys.all, 'picker', query] as const,
};

export const serverOptions = (id: string) =>
  queryOptions({ queryKey: serverKeys.one(id), queryFn: ({ signal }) => findServer(id, signal), staleTime: SERVER_STALE_MS, retry: false });

/** What a page needs looked up: its attachments' distinct server ids, sorted (a stable key). */
export function attachedServerIds(volumes: readonly { attachments?: readonly { server_id: string }[] }[] | undefined): string[] {
  const ids = new Set<string>();
  for (const volume of volumes ?? []) for (const a of volume.attachments ?? []) if (a.server_id) ids.add(a.server_id);
  return [...ids].sort();
}

export type ServerNames = Readonly<Record<string, Server | null | undefined>>;

/**
 * The servers of a page in one batch: each id not already cached is fetched once (Nova has no id-list filter,
 * see src/api/servers.ts), a failed lookup leaves that id unresolved (shown as the id) without failing the rest.
 */
export async function resolveServers(queryClient: QueryClient, ids: readonly string[]): Promise<ServerNames> {
  const settled = await Promise.allSettled(ids.map((id) => queryClient.fetchQuery(serverOptions(id))));
  return Object.fromEntries(ids.map((id, i) => [id, settled[i]!.status === 'fulfilled' ? (settled[i] as PromiseFulfilledResult<Server | null>).value : undefined]));
}

export const serverNamesOptions = (ids: readonly string[], enabled: boolean) =>
  queryOptions({
    queryKey: serverKeys.names(ids),
    queryFn: ({ client }) => resolveServers(client, ids),
    enabled: enabled && ids.length > 0,
    staleTime: SERVER_STALE_MS,
    // A status poll that adds one attachment must not blank the names already shown.
    placeholderData: keepPreviousData,
  });

/** The picker's server-side search, page after page by Nova's marker ("show more"). */
export const serverPickerOptions = (query: Omit<ServerListQuery, 'marker'>) =>
  infiniteQueryOptions({
    queryKey: serverKeys.picker(query),
    queryFn: ({ signal, pageParam }) => listServers({ ...query, marker: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextMarker,
    placeholderData: keepPreviousData,
  });
