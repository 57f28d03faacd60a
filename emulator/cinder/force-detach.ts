/**
 * Admin `os-force_detach` (cinder/api/contrib/admin_actions.py _force_detach → volume/api.py detach):
 * terminate the connection and drop one attachment record, synchronously. Since bug #2004555 Cinder asks
 * Nova first and refuses (409) while Nova still uses the attachment: it is for attachments whose server is
 * gone (or that never got connected), not a second way to detach a live disk.
 */
import { badRequest, conflict, fieldError, invalidVolume } from './faults';
import { getVolume } from './lookup';
import { requireAdmin } from './policy';
import { checkObject, typeMsg, type Json } from './validate';
import type { CinderContext } from './context';
import { cancelTransitions } from '../flows';
import type { ActionResult } from './volume-actions';

export function forceDetach(ctx: CinderContext, id: string, body: Json): ActionResult {
  checkObject(null, body, { required: ['os-force_detach'], allowed: ['os-force_detach'] });
  const args = checkObject('os-force_detach', body['os-force_detach'], { allowed: ['attachment_id', 'connector'] });
  const attachmentId = args.attachment_id ?? null;
  if (attachmentId !== null && typeof attachmentId !== 'string') throw fieldError('attachment_id', attachmentId, typeMsg(attachmentId, ['string', 'null']));
  const volume = getVolume(ctx, id);
  requireAdmin(ctx, 'volume_extension:volume_admin_actions:force_detach');

  // attachment_deletion_allowed: with no id, a volume's single attachment is the one meant.
  const attachment = attachmentId ? volume.attachments.find((a) => a.id === attachmentId) : volume.attachments.length === 1 ? volume.attachments[0] : undefined;
  if (attachmentId && !attachment) throw conflict('Detach volume from instance  using the Compute API');
  if (attachment && !attachment.state) {
    // Connected to a server: allowed only when Nova no longer knows that server's use of the volume.
    const server = ctx.world.state.servers.get(attachment.serverId);
    if (server) throw conflict(`Detach volume from instance ${attachment.serverId} using the Compute API`);
  }
  if (volume.status === 'maintenance') throw invalidVolume('The volume cannot be detached in maintenance mode.');
  if (!attachment) {
    if (volume.attachments.length > 1) throw badRequest('Error force detaching volume - InvalidVolume: Invalid volume: Detach volume failed: More than one attachment, but no attachment_id provided.');
    throw badRequest(`Error force detaching volume - VolumeAttachmentNotFound: Volume attachment could not be found with filter: volume_id = ${volume.id}.`);
  }

  const world = ctx.world;
  // The operator says what is true now: any emulated attach/detach in flight for the volume is dropped.
  cancelTransitions(world, 'volumes', volume.id);
  const rest = volume.attachments.filter((a) => a.id !== attachment.id);
  const attached = rest.filter((a) => !a.state);
  volume.attachments = rest;
  volume.attachStatus = attached.length ? 'attached' : 'detached';
  volume.status = attached.length ? 'in-use' : rest.length ? 'reserved' : 'available';
  volume.updatedAt = ctx.now;
  world.changed();
  return { status: 202 };
}
