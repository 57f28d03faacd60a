/**
 * Attach and detach through Nova, as Cinder and Nova decide them: Cinder reserves only an available volume
 * (or an in-use multiattach one, volume/api.py _attachment_reserve), begins a detach only from in-use
 * (begin_detaching), and Nova attaches only to servers in the vm_states compute/api.py accepts. Since
 * bug #2004555 Cinder's force detach is refused while Nova still uses the attachment.
 */
import type { Volume, VolumeAttachment } from '../../api/models';
import type { RuleContext, Verdict } from './rules';

export type AttachReasonKey =
  | 'reasons.attachStatus'
  | 'reasons.notMultiattach'
  | 'reasons.detachStatus'
  | 'reasons.notAttached'
  | 'reasons.serverState'
  | 'reasons.alreadyOnServer'
  | 'reasons.novaUsesAttachment';

/** Server statuses Nova attaches to and detaches from (check_instance_state of attach_volume / detach_volume). */
export const ATTACHABLE_SERVER_STATUSES = ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE', 'SOFT_DELETED', 'SHELVED', 'SHELVED_OFFLOADED'] as const;

/** Nova's device-name rule (block_device.match_device), e.g. /dev/vdb; empty lets Nova choose. */
export const DEVICE_NAME_PATTERN = /^(\/dev\/x?[a-z]?d?)([a-z]+)[0-9]*$/;

const no = (key: AttachReasonKey, values?: Record<string, string | number>): Verdict => ({ allowed: false, reason: { key, values } });
const ok: Verdict = { allowed: true };

export function canAttach({ volume }: RuleContext): Verdict {
  if (volume.status === 'available') return ok;
  if (volume.status === 'in-use') return volume.multiattach ? ok : no('reasons.notMultiattach');
  return no('reasons.attachStatus', { status: volume.status });
}

export function canDetach({ volume }: RuleContext): Verdict {
  if (!volume.attachments?.length) return no('reasons.notAttached');
  if (volume.status !== 'in-use') return no('reasons.detachStatus', { status: volume.status });
  return ok;
}

/** Whether this server can take this volume now (the picker disables the others and says why). */
export function canAttachTo(server: { id: string; status: string }, volume: Volume): Verdict {
  if (volume.attachments?.some((a) => a.server_id === server.id)) return no('reasons.alreadyOnServer');
  if (!(ATTACHABLE_SERVER_STATUSES as readonly string[]).includes(server.status)) return no('reasons.serverState', { status: server.status });
  return ok;
}

/**
 * Admin force detach of one attachment: only where Cinder offers it — when Nova no longer knows the server
 * (`serverExists === false`: deleted, or no compute service to ask). Unknown (not looked up) is left to Cinder.
 */
export function canForceDetach(_attachment: VolumeAttachment, serverExists: boolean | undefined): Verdict {
  return serverExists ? no('reasons.novaUsesAttachment') : ok;
}
