/**
 * Server names for the attachments on screen: one batched lookup per page of volumes (serverNamesOptions),
 * handed to the cells through a context, so no cell ever fetches on its own. Without Nova in the catalog
 * nothing is looked up and attachments show server ids, as before.
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Volume } from '../../api/models';
import type { Server } from '../../api/servers';
import { hasCompute } from '../../api/servers';
import { useSession } from '../../lib/use-session';
import { attachedServerIds, serverNamesOptions, type ServerNames } from '../../queries/servers';

const NO_NAMES: ServerNames = {};
const ServerNamesContext = createContext<ServerNames>(NO_NAMES);

/** The servers of these volumes' attachments, by id: a Server, null (Nova does not know it) or undefined (not looked up). */
export function useServerNames(volumes: readonly Volume[] | undefined): ServerNames {
  const compute = hasCompute(useSession());
  const ids = useMemo(() => attachedServerIds(volumes), [volumes]);
  const query = useQuery(serverNamesOptions(ids, compute));
  return compute ? (query.data ?? NO_NAMES) : NO_NAMES;
}

export function ServerNamesProvider({ volumes, children }: { volumes: readonly Volume[] | undefined; children: ReactNode }) {
  const names = useServerNames(volumes);
  return <ServerNamesContext.Provider value={names}>{children}</ServerNamesContext.Provider>;
}

/** A server as far as the page's batch knows it. */
export function useServer(id: string): Server | null | undefined {
  return useContext(ServerNamesContext)[id];
}

/** What to call a server: its name when Nova gave one, else its id. */
export function serverLabel(id: string, server: Server | null | undefined): string {
  return server?.name?.trim() || id;
}
