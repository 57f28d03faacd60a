import { useQuery } from '@tanstack/react-query';
import { poolListOptions } from './pools';
import { qosListQuery } from './qos-specs';
import { volumeTypeListOptions } from './volume-types';

/**
 * The three lists the map joins, under the same keys the pools, types and QoS pages use. Nothing on the
 * map is transitional, so nothing polls: the data is fetched on open, on window focus and by the Refresh button.
 */
export function useStorageMapData() {
  const pools = useQuery(poolListOptions({ detail: true }));
  // 'all': private types target backends too, and an admin must see them.
  const types = useQuery(volumeTypeListOptions('all'));
  const qos = useQuery(qosListQuery());
  return { pools, types, qos };
}
