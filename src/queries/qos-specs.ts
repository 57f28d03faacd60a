import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QosSpec } from '../api/models';
import {
  associateQos,
  createQosSpec,
  deleteQosSpec,
  disassociateAllQos,
  disassociateQos,
  getQosSpec,
  listAllQosSpecs,
  listQosAssociations,
  setQosKeys,
  unsetQosKeys,
  type QosSpecCreate,
} from '../api/qos-specs';
import { volumeTypeKeys, volumeTypeListOptions } from './volume-types';

export const qosKeys = {
  all: ['qos-specs'] as const,
  list: () => [...qosKeys.all, 'list'] as const,
  detail: (id: string) => [...qosKeys.all, 'detail', id] as const,
  associations: (id: string) => [...qosKeys.all, 'associations', id] as const,
};

export const qosListQuery = () => queryOptions({ queryKey: qosKeys.list(), queryFn: ({ signal }) => listAllQosSpecs(signal) });
const qosById = (specs: QosSpec[]) => new Map(specs.map((spec) => [spec.id, spec]));
export const qosDetailQuery = (id: string) =>
  queryOptions({ queryKey: qosKeys.detail(id), queryFn: ({ signal }) => getQosSpec(id, signal) });
/**
 * One call per spec: Cinder has no bulk associations endpoint. The list asks only for the rows on
 * screen, and the answers are cached for 30 s so paging back and forth costs nothing.
 */
export const qosAssociationsQuery = (id: string) =>
  queryOptions({ queryKey: qosKeys.associations(id), queryFn: ({ signal }) => listQosAssociations(id, signal), staleTime: 30_000 });

export function useQosSpecs() {
  return useQuery(qosListQuery());
}
export function useQosSpec(id: string) {
  return useQuery(qosDetailQuery(id));
}
/** `fresh`: refetch on mount (detail page, delete check) — the volume-types pages change associations too. */
export function useQosAssociations(id: string, { enabled = true, fresh = false }: { enabled?: boolean; fresh?: boolean } = {}) {
  return useQuery({ ...qosAssociationsQuery(id), enabled, ...(fresh ? { staleTime: 0 } : {}) });
}
/** All QoS specs by id (the volume-types pages name each type's spec): one list instead of one call per type. */
export function useQosSpecsById(enabled = true) {
  return useQuery({ ...qosListQuery(), select: qosById, enabled, staleTime: 30_000 });
}
/** All volume types (with their qos_specs_id), private ones included: an admin may attach QoS to any. */
export function useAllVolumeTypes(enabled = true) {
  return useQuery({ ...volumeTypeListOptions('all'), enabled });
}

export function useCreateQosSpec() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: QosSpecCreate) => createQosSpec(input),
    onSuccess: (spec) => {
      client.setQueryData(qosKeys.detail(spec.id), spec);
      void client.invalidateQueries({ queryKey: qosKeys.list() });
    },
  });
}

export interface SaveSpecsInput {
  id: string;
  /** Keys to add or overwrite (may include `consumer`). */
  set: Record<string, string>;
  unset: string[];
}

/**
 * Cinder needs two calls: PUT to set (and change the consumer), PUT …/delete_keys to unset. Set runs
 * first; if unset then fails the set part has landed, and the refetch shows exactly what is left.
 */
export function useSaveQosSpecs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, set, unset }: SaveSpecsInput) => {
      if (Object.keys(set).length) await setQosKeys(id, set);
      if (unset.length) await unsetQosKeys(id, unset);
    },
    // Returned, so the mutation resolves only once the page shows what Cinder now holds.
    onSettled: (_data, _error, { id }) => invalidateSpec(client, id),
  });
}

export function useDeleteQosSpec() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, force, disassociateFirst }: { id: string; force?: boolean; disassociateFirst?: boolean }) => {
      if (disassociateFirst) await disassociateAllQos(id);
      await deleteQosSpec(id, { force });
    },
    onSuccess: (_data, { id }) => {
      client.removeQueries({ queryKey: qosKeys.detail(id) });
      client.removeQueries({ queryKey: qosKeys.associations(id) });
    },
    onSettled: (_data, _error, { id }) => {
      void client.invalidateQueries({ queryKey: qosKeys.list() });
      void client.invalidateQueries({ queryKey: qosKeys.associations(id) });
      void client.invalidateQueries({ queryKey: volumeTypeKeys.all });
    },
  });
}

export interface AssociateInput {
  qosId: string;
  typeId: string;
  /** The spec the type carries now: Cinder allows one per type, so it is disassociated first. */
  replaceQosId?: string | null;
}

export function useAssociateQos() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ qosId, typeId, replaceQosId }: AssociateInput) => {
      if (replaceQosId && replaceQosId !== qosId) await disassociateQos(replaceQosId, typeId);
      await associateQos(qosId, typeId);
    },
    onSettled: (_data, _error, { qosId, replaceQosId }) =>
      Promise.all([invalidateAssociations(client, qosId), replaceQosId ? invalidateAssociations(client, replaceQosId) : null]),
  });
}

export function useDisassociateQos() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ qosId, typeId }: { qosId: string; typeId: string }) => disassociateQos(qosId, typeId),
    onSettled: (_data, _error, { qosId }) => invalidateAssociations(client, qosId),
  });
}

export function useDisassociateAllQos() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (qosId: string) => disassociateAllQos(qosId),
    onSettled: (_data, _error, qosId) => invalidateAssociations(client, qosId),
  });
}

type Client = ReturnType<typeof useQueryClient>;

function invalidateSpec(client: Client, id: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: qosKeys.detail(id) }),
    client.invalidateQueries({ queryKey: qosKeys.list() }),
  ]);
}

function invalidateAssociations(client: Client, qosId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: qosKeys.associations(qosId) }),
    // Types carry their qos_specs_id: every type list and detail changes with an association.
    client.invalidateQueries({ queryKey: volumeTypeKeys.all }),
  ]);
}
