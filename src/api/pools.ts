import { cinder } from './http';
import type { Pool } from './models';

/** GET /scheduler-stats/get_pools (admin): the scheduler's view of backends and pools. */
export async function listPools(options: { detail?: boolean; signal?: AbortSignal } = {}): Promise<Pool[]> {
  const { detail = true, signal } = options;
  return (await cinder.get<{ pools: Pool[] }>('/scheduler-stats/get_pools', { signal, query: { detail: detail ? 'true' : undefined } })).pools;
}

/** Distinct `volume_backend_name`s the pools report, sorted. */
export function backendNames(pools: Pool[]): string[] {
  const names = new Set<string>();
  for (const pool of pools) {
    const name = pool.capabilities?.volume_backend_name;
    if (typeof name === 'string' && name) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
