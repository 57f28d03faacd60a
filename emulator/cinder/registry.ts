/**
 * Every Cinder resource the emulator serves, one line each. Adding a resource is one module in
 * `resources/` and one line here (emulator/README.md → "How to add a resource").
 */
import type { CinderResource, StoreSpec } from './resource';
import type { SeedState } from '../seed';
import type { State } from '../state';
import { backups } from './resources/backups';
import { availabilityZones, schedulerStats, services } from './resources/infrastructure';
import { manageableSnapshots, manageableVolumes } from './resources/manage';
import { messages } from './resources/messages';
import { qosSpecs } from './resources/qos-specs';
import { limits, quotaClassSets, quotaSets } from './resources/quotas';
import { snapshots } from './resources/snapshots';
import { volumeTypes } from './resources/volume-types';
import { volumes } from './resources/volumes';
import { resourceFilters } from './resources/resource-filters';
import { legacyVolumeTransfers, volumeTransfers } from './resources/transfers';
import { seedServers } from '../nova/servers';

export const CINDER_RESOURCES = [
  volumes,
  snapshots,
  volumeTypes,
  qosSpecs,
  quotaSets,
  limits,
  availabilityZones,
  schedulerStats,
  services,
  messages,
  resourceFilters,
  volumeTransfers,
  legacyVolumeTransfers,
  quotaClassSets,
  manageableVolumes,
  manageableSnapshots,
  backups,
] as const satisfies readonly CinderResource[];

/** The failNext actions of every registered resource's flows. */
export type FailAction = FailActionsOf<(typeof CINDER_RESOURCES)[number]>;
type FailActionsOf<R> = R extends { failActions: readonly (infer A)[] } ? A : never;

export const FAIL_ACTIONS = (CINDER_RESOURCES as readonly CinderResource[]).flatMap((r) => r.failActions ?? []) as readonly FailAction[];

const BY_COLLECTION = new Map<string, CinderResource>(CINDER_RESOURCES.map((r) => [r.collection, r]));

export function resourceFor(collection: string): CinderResource | undefined {
  return BY_COLLECTION.get(collection);
}

/** Stores of the emulator's other services, reset and persisted like Cinder's (Nova's servers). */
const SERVICE_STORES: readonly StoreSpec[] = [{ name: 'servers', seed: seedServers }];

const ALL_STORES: readonly StoreSpec[] = [...(CINDER_RESOURCES as readonly CinderResource[]).flatMap((r) => (r.store ? [r.store] : [])), ...SERVICE_STORES];

/** Names of the stores the registered resources keep in the state (persisted as arrays). */
export const STORE_NAMES = ALL_STORES.map((store) => store.name);

/** A fresh world: the base seed plus every registered store the seed did not fill (seeded by its module). */
export function withStores(base: SeedState): State {
  const state = base as State & Record<string, unknown>;
  for (const store of ALL_STORES) {
    if (state[store.name] instanceof Map) continue;
    (state as Record<string, unknown>)[store.name] = new Map((store.seed?.(state) ?? []).map((r) => [r.id, r]));
  }
  return state;
}
