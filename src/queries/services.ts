import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { disableService, enableService, listServices } from '../api/admin/services';
import { poolsOptions, zonesOptions } from './volume-actions';

export const serviceKeys = {
  all: ['services'] as const,
  list: () => [...serviceKeys.all, 'list'] as const,
};

/**
 * No polling: nothing an admin does here is in flight, and a service going down shows within
 * service_down_time anyway, so the page reads on open, on focus and on Refresh.
 */
export const serviceListOptions = () => queryOptions({ queryKey: serviceKeys.list(), queryFn: ({ signal }) => listServices(signal) });

export type ServiceChange = { host: string; binary: string } & ({ enable: true } | { enable: false; reason: string });

/** A disabled cinder-volume leaves the pools and may take its zone out of service: refresh those too. */
export function useChangeService() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ServiceChange) => (change.enable ? enableService(change.host, change.binary) : disableService(change.host, change.binary, change.reason)),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: serviceKeys.all }),
        // Through the volume actions' reference queries (already on the first screen): importing the zone and
        // pool modules here too would split them out of that chunk into files of their own.
        client.invalidateQueries({ queryKey: zonesOptions().queryKey }),
        client.invalidateQueries({ queryKey: poolsOptions().queryKey.slice(0, 1) }),
      ]),
  });
}
