import { queryOptions } from '@tanstack/react-query';
import { listAllProjects } from '../api/identity-projects';
import { listMyProjects } from '../api/keystone';
import { getSession } from '../api/session';

export const projectKeys = {
  all: ['projects'] as const,
  /** Every project of the cloud (Keystone admin list): pickers and project-name columns. */
  list: () => [...projectKeys.all, 'list'] as const,
  /** The projects the signed-in user may switch to. */
  mine: (userId: string) => [...projectKeys.all, 'mine', userId] as const,
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
