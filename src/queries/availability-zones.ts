import { queryOptions } from '@tanstack/react-query';
import { listAvailabilityZones } from '../api/availability-zones';

export const availabilityZoneKeys = {
  all: ['availability-zones'] as const,
  list: () => [...availabilityZoneKeys.all, 'list'] as const,
};

/** Zones change with the deployment, not with what users do: read once a minute at most. */
export const availabilityZoneOptions = () =>
  queryOptions({ queryKey: availabilityZoneKeys.list(), queryFn: () => listAvailabilityZones(), staleTime: 60_000 });
