/**
 * Volume transfers: `/volume-transfers` from 3.55 (no_snapshots), the legacy `/os-volume-transfer`
 * below it, chosen by the negotiated microversion. The auth key exists in exactly one answer (create):
 * it is handed to the caller and never kept, logged or put into a URL here.
 */
import { cinderCalls } from './descriptor';
import { cinder, send, type QueryValue } from './http';
import { supports } from './microversion';
import { getSession, type Session } from './session';
import type { CreatedTransfer, VolumeTransfer } from './transfer-models';

export type { CreatedTransfer, VolumeTransfer } from './transfer-models';

/** The collection the negotiated microversion offers. */
export function transferCollection(session: Pick<Session, 'volumeApiVersion'> | null = getSession()): '/volume-transfers' | '/os-volume-transfer' {
  return supports(session, 'volumeTransfers') ? '/volume-transfers' : '/os-volume-transfer';
}

export interface CreateTransferInput {
  volumeId: string;
  name?: string;
  /** 3.55+: leave the volume's snapshots behind. */
  noSnapshots?: boolean;
}

/** The body Cinder takes; `no_snapshots` only where the microversion knows it (older schemas refuse it). */
export function buildCreateTransferBody(input: CreateTransferInput, session: Pick<Session, 'volumeApiVersion'> | null = getSession()) {
  const transfer: Record<string, unknown> = { volume_id: input.volumeId };
  if (input.name?.trim()) transfer.name = input.name.trim();
  if (input.noSnapshots && supports(session, 'volumeTransfers')) transfer.no_snapshots = true;
  return { transfer };
}

const calls = () => cinderCalls(transferCollection());

/** Transfer writes as descriptors. The accept body carries the key: the CLI panel masks it, the activity center never reads it. */
export const transferCalls = {
  create: (input: CreateTransferInput) => calls().onCollection('transfer.create', 'POST', buildCreateTransferBody(input)),
  accept: (transferId: string, authKey: string) => calls().onItem('transfer.accept', 'POST', transferId, { sub: 'accept', body: { accept: { auth_key: authKey } } }),
  remove: (transferId: string) => calls().onItem('transfer.delete', 'DELETE', transferId),
};

/** `POST …/volume-transfers` → 202; the volume goes awaiting-transfer. The answer holds the key, shown once. */
export async function createTransfer(input: CreateTransferInput): Promise<CreatedTransfer> {
  return (await send<{ transfer: CreatedTransfer }>(transferCalls.create(input))).transfer;
}

/**
 * Accept → 202 with `{transfer: {id, name, volume_id}}`; the volume now belongs to the caller's project.
 * `as` accepts for another project: its token and its block-storage endpoint (the move between a user's projects).
 */
export async function acceptTransfer(transferId: string, authKey: string, as?: { token: string; endpoint: string }): Promise<VolumeTransfer> {
  return (await send<{ transfer: VolumeTransfer }>(transferCalls.accept(transferId, authKey), as ? { token: as.token, endpoint: as.endpoint } : {})).transfer;
}

/** Cancel: the transfer goes and the volume is available again. */
export async function deleteTransfer(transferId: string): Promise<void> {
  await send(transferCalls.remove(transferId));
}

export interface TransferListQuery {
  /** Admins only: every project's transfers. */
  allProjects?: boolean;
  volumeId?: string;
}

export async function listTransfers(query: TransferListQuery = {}, signal?: AbortSignal): Promise<VolumeTransfer[]> {
  const params: Record<string, QueryValue> = { all_tenants: query.allProjects ? 1 : undefined, volume_id: query.volumeId };
  return (await cinder.get<{ transfers: VolumeTransfer[] }>(`${transferCollection()}/detail`, { query: params, signal })).transfers ?? [];
}

export async function getTransfer(transferId: string, signal?: AbortSignal): Promise<VolumeTransfer> {
  return (await cinder.get<{ transfer: VolumeTransfer }>(`${transferCollection()}/${encodeURIComponent(transferId)}`, { signal })).transfer;
}
