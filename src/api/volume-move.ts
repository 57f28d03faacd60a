/**
 * "Move to another of my projects": a transfer created with the current token and accepted at once with
 * a token scoped to the target project, so no key is ever shown or typed. The key lives in this function's
 * variables only. When the accept is refused (quota, policy), the transfer is cancelled again so the
 * volume is not left awaiting a transfer nobody will accept.
 */
import { buildSession, scopeToProject } from './keystone';
import { getSession, setSession, type Session } from './session';
import { ApiError } from './errors';
import { acceptTransfer, createTransfer, deleteTransfer } from './volume-transfers';

export interface MoveResult {
  volumeId: string;
  /** The session scoped to the target project, now the current one. */
  session: Session;
}

export async function moveVolumeToProject(volumeId: string, targetProjectId: string): Promise<MoveResult> {
  const current = getSession();
  if (!current) throw new ApiError({ kind: 'session', status: 0, message: 'Not signed in.' });
  const target = await buildSession(await scopeToProject(current.token, targetProjectId));
  const transfer = await createTransfer({ volumeId });
  try {
    await acceptTransfer(transfer.id, transfer.auth_key, { token: target.token, endpoint: target.endpoints.blockStorage });
  } catch (error) {
    await deleteTransfer(transfer.id).catch(() => undefined);
    throw error;
  }
  setSession(target);
  return { volumeId, session: target };
}
