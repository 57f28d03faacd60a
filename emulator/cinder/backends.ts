/**
 * The two emulated cinder-volume backends and a tiny scheduler: a type's `volume_backend_name`
 * pins the backend, otherwise the one with most free space wins (Cinder's CapacityWeigher).
 */
import { backendActive } from './os-services';
import type { Backend, State, Volume, VolumeType } from '../state';

export function backendOfHost(state: State, host: string | null): Backend | undefined {
  if (!host) return undefined;
  const backendPart = host.split('#')[0];
  return state.backends.find((b) => b.host === host || b.host.split('#')[0] === backendPart);
}

/** GiB allocated per backend, in one pass over the volumes (hosts are compared at backend level). */
export function allocationByBackend(state: State): Map<Backend, number> {
  const byPrefix = new Map(state.backends.map((b) => [b.host.split('#')[0]!, b]));
  const out = new Map<Backend, number>(state.backends.map((b) => [b, 0]));
  for (const v of state.volumes.values()) {
    if (!v.host) continue;
    const b = byPrefix.get(v.host.split('#')[0]!);
    if (b) out.set(b, out.get(b)! + v.size);
  }
  return out;
}

export function allocatedGb(state: State, backend: Backend): number {
  return allocationByBackend(state).get(backend) ?? 0;
}

export function freeGb(state: State, backend: Backend): number {
  return Math.max(0, backend.totalCapacityGb - allocatedGb(state, backend));
}

/** Backends the type allows (all when it does not pin one). */
export function backendsForType(state: State, type: VolumeType | undefined): Backend[] {
  const wanted = type?.extraSpecs.volume_backend_name;
  return wanted ? state.backends.filter((b) => b.backendName === wanted) : state.backends.slice();
}

/**
 * Pick a pool for `size` GiB or null ("No valid backend was found"). With `now`, backends whose
 * cinder-volume is disabled or down are skipped, as Cinder's scheduler does.
 */
export function schedule(state: State, type: VolumeType | undefined, size: number, exclude?: Volume, now?: number): Backend | null {
  let best: Backend | null = null;
  let bestFree = -Infinity;
  const allocation = allocationByBackend(state);
  for (const b of backendsForType(state, type)) {
    if (now !== undefined && !backendActive(state, b, now)) continue;
    let free = Math.max(0, b.totalCapacityGb - (allocation.get(b) ?? 0));
    if (exclude && backendOfHost(state, exclude.host) === b) free += exclude.size;
    if (free < size) continue;
    if (free > bestFree) {
      best = b;
      bestFree = free;
    }
  }
  return best;
}

/** Does the volume's current backend satisfy the type? (retype without migration) */
export function hostSatisfiesType(state: State, host: string | null, type: VolumeType | undefined): boolean {
  const wanted = type?.extraSpecs.volume_backend_name;
  if (!wanted) return true;
  return backendOfHost(state, host)?.backendName === wanted;
}
