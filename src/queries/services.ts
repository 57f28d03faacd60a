import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { disableService, enableService, listServices } from '../api/services';
import { availabilityZoneKeys } from './availability-zones';
import { poolKeys } from './pools';

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
        client.invalidateQueries({ queryKey: availabilityZoneKeys.all }),
        client.invalidateQueries({ queryKey: poolKeys.all }),
      ]),
  });
}
