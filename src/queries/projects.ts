import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { listAllProjects } from '../api/identity-projects';
import { listAllUsers } from '../api/identity-users';
import { listMyProjects } from '../api/keystone';
import { getSession } from '../api/session';

export const projectKeys = {
  all: ['projects'] as const,
  /** Every project of the cloud (Keystone admin list): pickers and project-name columns. */
  list: () => [...projectKeys.all, 'list'] as const,
  /** The projects the signed-in user may switch to. */
  mine: (userId: string) => [...projectKeys.all, 'mine', userId] as const,
  /** Every user of the cloud (Keystone admin list): user-name fields. */
  users: () => [...projectKeys.all, 'users'] as const,
};

export const allProjectsOptions = () =>
  queryOptions({ queryKey: projectKeys.list(), queryFn: ({ signal }) => listAllProjects(signal), staleTime: 60_000 });

export const myProjectsOptions = (userId: string) =>
  queryOptions({
    queryKey: projectKeys.mine(userId),
    queryFn: async () => {
      const current = getSession();
      return current ? listMyProjects(current.token) : [];
    },
    staleTime: 60_000,
  });

export const allUsersOptions = () =>
  queryOptions({ queryKey: projectKeys.users(), queryFn: ({ signal }) => listAllUsers(signal), staleTime: 5 * 60_000 });

type NameOf = (id: string | null | undefined) => string | undefined;

const toNames = (rows: { id: string; name: string }[]) => new Map(rows.map((row) => [row.id, row.name]));

function useLookup(names: Map<string, string> | undefined): NameOf {
  return useCallback((id) => (id ? names?.get(id) : undefined), [names]);
}

/*
 * Names for the ids Cinder shows, from one cached Keystone list (GET /v3/projects or /v3/users), asked
 * only where the token may (`enabled`: admins). The name is undefined while loading, on a refusal or for
 * an id Keystone does not know: callers show the id then.
 */
export function useProjectNames(enabled: boolean): NameOf {
  const own = getSession()?.project;
  const lookup = useLookup(useQuery({ ...allProjectsOptions(), enabled, retry: false, select: toNames }).data);
  // Anyone knows the name of the project the token is scoped to.
  return useCallback((id) => lookup(id) ?? (own && id === own.id ? own.name : undefined), [lookup, own]);
}

export function useUserNames(enabled: boolean): NameOf {
  const me = getSession()?.user;
  const lookup = useLookup(useQuery({ ...allUsersOptions(), enabled, retry: false, select: toNames }).data);
  return useCallback((id) => lookup(id) ?? (me && id === me.id ? me.name : undefined), [lookup, me]);
}
