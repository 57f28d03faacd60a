/** Volume type encryption (`/types/{id}/encryption`, admin): one spec per type, refused while the type is in use. */
import { cinderCalls } from '../descriptor';
import { cinder, send } from '../http';

export type EncryptionControlLocation = 'front-end' | 'back-end';

/** What GET /types/{id}/encryption returns (unwrapped); `{}` when the type is not encrypted. */
export interface TypeEncryption {
  volume_type_id: string;
  encryption_id: string;
  provider: string;
  cipher: string | null;
  key_size: number | null;
  control_location: EncryptionControlLocation;
}

export interface EncryptionInput {
  provider: string;
  cipher?: string;
  keySize?: number;
  controlLocation: EncryptionControlLocation;
}

/** Providers Cinder's os-brick knows by short name (the field itself is free text). */
export const ENCRYPTION_PROVIDERS = ['luks', 'plain'] as const;
export const ENCRYPTION_CONTROL_LOCATIONS: readonly EncryptionControlLocation[] = ['front-end', 'back-end'];
export const ENCRYPTION_KEY_SIZES = [128, 256, 512] as const;

export async function getTypeEncryption(typeId: string, signal?: AbortSignal): Promise<TypeEncryption | null> {
  const data = await cinder.get<Partial<TypeEncryption>>(`/types/${encodeURIComponent(typeId)}/encryption`, { signal });
  return data.provider !== undefined && data.encryption_id ? (data as TypeEncryption) : null;
}

/** The request body: key_size and cipher only when given. */
export function buildEncryptionBody(input: EncryptionInput): { encryption: Record<string, unknown> } {
  const encryption: Record<string, unknown> = { provider: input.provider, control_location: input.controlLocation };
  if (input.cipher) encryption.cipher = input.cipher;
  if (input.keySize !== undefined) encryption.key_size = input.keySize;
  return { encryption };
}

const types = cinderCalls('/types');

export const encryptionCalls = {
  create: (typeId: string, input: EncryptionInput) => types.onItem('encryption.create', 'POST', typeId, { sub: 'encryption', body: buildEncryptionBody(input) }),
  update: (typeId: string, encryptionId: string, input: EncryptionInput) =>
    types.onItem('encryption.update', 'PUT', typeId, { sub: `encryption/${encodeURIComponent(encryptionId)}`, body: buildEncryptionBody(input) }),
  remove: (typeId: string, encryptionId: string) => types.onItem('encryption.delete', 'DELETE', typeId, { sub: `encryption/${encodeURIComponent(encryptionId)}` }),
};

export async function createTypeEncryption(typeId: string, input: EncryptionInput): Promise<void> {
  await send(encryptionCalls.create(typeId, input));
}

export async function updateTypeEncryption(typeId: string, encryptionId: string, input: EncryptionInput): Promise<void> {
  await send(encryptionCalls.update(typeId, encryptionId, input));
}

export async function deleteTypeEncryption(typeId: string, encryptionId: string): Promise<void> {
  await send(encryptionCalls.remove(typeId, encryptionId));
}
