import { useQuery } from '@tanstack/react-query';
import type { QosSpec } from '../api/models';
import { listPools } from '../api/pools';
import { listQosSpecs } from '../api/qos-specs';
import { listAllVolumeTypes } from '../api/volume-types';

export const storageMapKeys = {
  all: ['storage-map'] as const,
  pools: () => [...storageMapKeys.all, 'pools'] as const,
  types: () => [...storageMapKeys.all, 'volume-types'] as const,
  qos: () => [...storageMapKeys.all, 'qos-specs'] as const,
};

/** Every QoS spec, following Cinder's markers (QoS specs are few; one page of 1000 is the norm). */
export async function listEveryQosSpec(signal?: AbortSignal): Promise<QosSpec[]> {
  const all: QosSpec[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const result = await listQosSpecs({ limit: 1000, marker }, signal);
    all.push(...result.qos_specs);
    const last = result.qos_specs.at(-1);
    if (!result.qos_specs_links?.some((link) => link.rel === 'next') || !last) break;
    marker = last.id;
  }
  return all;
}

/**
 * The three lists the map joins. Nothing on the map is transitional, so nothing polls: the data is
 * fetched on open, on window focus and by the Refresh button.
 */
export function useStorageMapData() {
  const pools = useQuery({ queryKey: storageMapKeys.pools(), queryFn: ({ signal }) => listPools({ detail: true, signal }) });
  // 'all': private types target backends too, and an admin must see them.
  const types = useQuery({ queryKey: storageMapKeys.types(), queryFn: ({ signal }) => listAllVolumeTypes('all', signal) });
  const qos = useQuery({ queryKey: storageMapKeys.qos(), queryFn: ({ signal }) => listEveryQosSpec(signal) });
  return { pools, types, qos };
}
