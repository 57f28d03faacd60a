import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { backendNames } from '../api/pools';
import { associateQos, disassociateQos } from '../api/qos-specs';
import {
  addTypeAccess,
  countVolumesOfType,
  createVolumeType,
  deleteExtraSpec,
  deleteVolumeType,
  getDefaultVolumeType,
  getExtraSpecs,
  getVolumeType,
  listAllVolumeTypes,
  listTypeAccess,
  removeTypeAccess,
  setExtraSpecs,
  updateVolumeType,
  type CreateVolumeTypeInput,
  type UpdateVolumeTypeInput,
  type VolumeTypeVisibility,
} from '../api/volume-types';
import type { SpecSavePlan } from '../domain/volume-types';
import { poolListOptions } from './pools';
import { allProjectsOptions } from './projects';

/**
 * Query keys for volume types. Every page that shows the type list (the types page, the create and
 * retype dialogs, QoS associations, the storage map, the QoS tab) reads `list(visibility)`, so one
 * mutation's `invalidateQueries({ queryKey: volumeTypeKeys.all })` refreshes them all.
 */
export const volumeTypeKeys = {
  all: ['volume-types'] as const,
  lists: () => [...volumeTypeKeys.all, 'list'] as const,
  list: (visibility: VolumeTypeVisibility) => [...volumeTypeKeys.lists(), visibility] as const,
  detail: (id: string) => [...volumeTypeKeys.all, 'detail', id] as const,
  extraSpecs: (id: string) => [...volumeTypeKeys.all, 'detail', id, 'extra-specs'] as const,
  access: (id: string) => [...volumeTypeKeys.all, 'detail', id, 'access'] as const,
  usage: (id: string) => [...volumeTypeKeys.all, 'detail', id, 'usage'] as const,
  default: () => [...volumeTypeKeys.all, 'default'] as const,
};

/**
 * Every type of a visibility ('all': private ones too, for admins). Cinder cannot filter types by name,
 * so the list is read whole (1000 a page, following links) and filtered and paged in the browser;
 * clouds have tens of types, not thousands.
 */
export const volumeTypeListOptions = (visibility: VolumeTypeVisibility) =>
  queryOptions({ queryKey: volumeTypeKeys.list(visibility), queryFn: ({ signal }) => listAllVolumeTypes(visibility, signal) });

/** 404 when no default is configured: that is an answer ("none", null), not an error. */
export const defaultVolumeTypeOptions = () =>
  queryOptions({
    queryKey: volumeTypeKeys.default(),
    queryFn: async ({ signal }) => {
      try {
        return await getDefaultVolumeType(signal);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

export function useVolumeTypes(visibility: VolumeTypeVisibility) {
  return useQuery({ ...volumeTypeListOptions(visibility), placeholderData: keepPreviousData });
}

export function useVolumeType(id: string) {
  return useQuery({ queryKey: volumeTypeKeys.detail(id), queryFn: ({ signal }) => getVolumeType(id, signal) });
}

export function useExtraSpecs(id: string) {
  return useQuery({ queryKey: volumeTypeKeys.extraSpecs(id), queryFn: ({ signal }) => getExtraSpecs(id, signal) });
}

/** The default type's id, or null when the cloud has none configured (404). */
export function useDefaultTypeId() {
  return useQuery({ ...defaultVolumeTypeOptions(), select: (type) => type?.id ?? null });
}

export function useBackendNames(enabled: boolean) {
  return useQuery({ ...poolListOptions({ detail: true }), select: backendNames, enabled, staleTime: 60_000, retry: false });
}

export function useAllProjects(enabled: boolean) {
  return useQuery({ ...allProjectsOptions(), enabled, retry: false });
}

export function useTypeAccess(id: string, enabled: boolean) {
  return useQuery({ queryKey: volumeTypeKeys.access(id), queryFn: ({ signal }) => listTypeAccess(id, signal), enabled });
}

export function useTypeUsage(id: string, enabled = true) {
  return useQuery({
    queryKey: volumeTypeKeys.usage(id),
    queryFn: ({ signal }) => countVolumesOfType(id, signal),
    enabled,
    retry: false,
  });
}

// ---- Mutations (each invalidates what it changed)

export function useCreateVolumeType() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateVolumeTypeInput) => createVolumeType(input),
    onSuccess: () => client.invalidateQueries({ queryKey: volumeTypeKeys.all }),
  });
}

export function useUpdateVolumeType() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateVolumeTypeInput }) => updateVolumeType(id, changes),
    onSuccess: (type) => {
      client.setQueryData(volumeTypeKeys.detail(type.id), type);
      return client.invalidateQueries({ queryKey: volumeTypeKeys.all });
    },
  });
}

export function useDeleteVolumeType() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteVolumeType(id),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: volumeTypeKeys.detail(id) });
      return client.invalidateQueries({ queryKey: volumeTypeKeys.all });
    },
  });
}

/** Applies a reviewed spec change: case-only renames deleted first, then one POST, then a DELETE per removed key. */
export function useSaveExtraSpecs(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (plan: SpecSavePlan) => {
      for (const key of plan.deleteFirst) await deleteExtraSpec(id, key);
      if (Object.keys(plan.set).length) await setExtraSpecs(id, plan.set);
      for (const key of plan.deleteAfter) await deleteExtraSpec(id, key);
    },
    // Also after a failure part-way: show what Cinder now holds.
    onSettled: () => client.invalidateQueries({ queryKey: volumeTypeKeys.all }),
  });
}

export function useAddTypeAccess(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) => addTypeAccess(id, projectId),
    // Also on a 409: the list on screen was out of date.
    onSettled: () => client.invalidateQueries({ queryKey: volumeTypeKeys.access(id) }),
  });
}

export function useRemoveTypeAccess(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) => removeTypeAccess(id, projectId),
    onSettled: () => client.invalidateQueries({ queryKey: volumeTypeKeys.access(id) }),
  });
}

/** Associate, change (disassociate the old spec first: Cinder refuses a second one) or disassociate (next = null). */
export function useSetTypeQos(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ current, next }: { current: string | null; next: string | null }) => {
      if (current && current !== next) await disassociateQos(current, id);
      if (next && next !== current) await associateQos(next, id);
    },
    onSettled: () => client.invalidateQueries({ queryKey: volumeTypeKeys.all }),
  });
}
