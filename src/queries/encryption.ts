import { queryOptions, useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { createTypeEncryption, deleteTypeEncryption, getTypeEncryption, updateTypeEncryption, type EncryptionInput } from '../api/admin/encryption';
import { volumeTypeKeys } from './volume-types';

/** Under the type's keys, so a type mutation's invalidation refreshes its encryption too. */
export const encryptionKeys = {
  all: () => [...volumeTypeKeys.all, 'encryption'] as const,
  ofType: (typeId: string) => [...encryptionKeys.all(), typeId] as const,
};

/** null when the type is not encrypted. Admin only (the GET is admin policy). */
export const typeEncryptionOptions = (typeId: string) =>
  queryOptions({ queryKey: encryptionKeys.ofType(typeId), queryFn: ({ signal }) => getTypeEncryption(typeId, signal), staleTime: 30_000 });

/**
 * Which of these types are encrypted: Cinder's type list does not say, so (like the CLI's
 * `volume type list --encryption-type`) each type's spec is read. `undefined` while unknown.
 */
export function useEncryptedTypes(typeIds: string[], enabled: boolean): Map<string, boolean | undefined> {
  const results = useQueries({ queries: typeIds.map((id) => ({ ...typeEncryptionOptions(id), enabled })) });
  return new Map(typeIds.map((id, i) => [id, results[i]?.data === undefined ? undefined : results[i]!.data !== null]));
}

export type EncryptionChange =
  | { kind: 'create'; input: EncryptionInput }
  | { kind: 'update'; encryptionId: string; input: EncryptionInput }
  | { kind: 'delete'; encryptionId: string };

export function useChangeEncryption(typeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: EncryptionChange) => {
      if (change.kind === 'create') return createTypeEncryption(typeId, change.input);
      if (change.kind === 'update') return updateTypeEncryption(typeId, change.encryptionId, change.input);
      return deleteTypeEncryption(typeId, change.encryptionId);
    },
    onSettled: () => client.invalidateQueries({ queryKey: encryptionKeys.ofType(typeId) }),
  });
}
