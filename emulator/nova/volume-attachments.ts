/**
 * /servers/{id}/os-volume_attachments: Nova's attach and detach (volume_attachments.py, compute/api.py)
 * driving Cinder's new-style attachment flow on the emulated volume:
 *   attach  available|in-use(multiattach) → reserved (answered) → attaching → in-use, attachment attached
 *   detach  in-use → detaching (answered 202) → available, or in-use while other attachments remain
 * A volume has one operation in flight at a time (Cinder's conditional updates refuse the next one), so the
 * scheduled patches can carry the volume's whole attachment list.
 */
import { schedule } from '../flows';
import type { Attachment, Volume } from '../state';
import { isObject } from '../util/http';
import { randomUuid, requestId } from '../util/ids';
import { atLeastNova, novaBadRequest, novaConflict, novaNotFound, type NovaContext } from './context';
import { getServer } from './server-routes';
import { ATTACHABLE_VM_STATES, attachedVolumes, type Server } from './servers';

const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** block_device.match_device, as the create schema's pattern. */
const DEVICE_RE = /(^\/dev\/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$/;

/** An attachment the volume records, as Nova's BDM view shows it (volume id doubles as the attachment id below 2.89). */
function attachmentView(ctx: NovaContext, volumeId: string, serverId: string, device: string, attachmentId: string) {
  const view: Record<string, unknown> = atLeastNova(ctx, '2.89') ? {} : { id: volumeId };
  Object.assign(view, { volumeId, serverId, device });
  if (atLeastNova(ctx, '2.70')) view.tag = null;
  if (atLeastNova(ctx, '2.79')) view.delete_on_termination = false;
  if (atLeastNova(ctx, '2.89')) Object.assign(view, { attachment_id: attachmentId, bdm_uuid: attachmentId });
  return view;
}

/** The volume as Nova's Cinder client gets it: with the caller's token, so a member sees only its project's. */
function volumeFor(ctx: NovaContext, volumeId: string): Volume {
  const volume = ctx.world.state.volumes.get(volumeId);
  if (!volume || (!ctx.isAdmin && volume.projectId !== ctx.projectId)) throw novaNotFound(`Volume ${volumeId} could not be found.`);
  return volume;
}

function checkServerState(server: Server, action: 'attach_volume' | 'detach_volume', isAdmin: boolean): void {
  if (server.locked && !isAdmin) throw novaConflict(`Instance ${server.id} is locked`);
  if (!ATTACHABLE_VM_STATES.includes(server.vmState)) {
    throw novaConflict(`Cannot '${action}' instance ${server.id} while it is in vm_state ${server.vmState}`);
  }
}

/** What nova's cinder client re-raises for a 400 from Cinder: InvalidInput around cinderclient's text. */
function cinderRefused(reason: string) {
  return novaBadRequest(`Invalid input received: Invalid volume: ${reason} (HTTP 400) (Request-ID: ${requestId()})`);
}

const orStatuses = (statuses: string[]) => (statuses.length > 1 ? `${statuses.slice(0, -1).join(', ')} or ${statuses[statuses.length - 1]}` : statuses[0]!);

function nextDevice(ctx: NovaContext, server: Server): string {
  const used = new Set(attachedVolumes(ctx.world.state, server.id).map((a) => a.device));
  // vda is the root disk (local for image-booted servers, the boot volume otherwise).
  for (let c = 98; c <= 122; c++) {
    const device = `/dev/vd${String.fromCharCode(c)}`;
    if (!used.has(device)) return device;
  }
  throw novaConflict('No free disk device names for prefix \'vd\'');
}

export function listAttachments(ctx: NovaContext, serverId: string) {
  const server = getServer(ctx, serverId);
  return {
    volumeAttachments: attachedVolumes(ctx.world.state, server.id).map(({ volume, device, attachmentId }) => attachmentView(ctx, volume.id, server.id, device, attachmentId)),
  };
}

export function showAttachment(ctx: NovaContext, serverId: string, volumeId: string) {
  const server = getServer(ctx, serverId);
  const found = attachedVolumes(ctx.world.state, server.id).find((a) => a.volume.id === volumeId);
  if (!found) throw novaNotFound(`Instance ${serverId} is not attached to volume ${volumeId}`);
  return { volumeAttachment: attachmentView(ctx, volumeId, server.id, found.device, found.attachmentId) };
}

export function attachVolume(ctx: NovaContext, serverId: string, body: unknown) {
  const spec = isObject(body) && isObject(body.volumeAttachment) ? body.volumeAttachment : null;
  if (!spec) throw novaBadRequest("Invalid input for field/attribute volumeAttachment. Value: None. 'volumeAttachment' is a required property");
  const volumeId = spec.volumeId;
  if (typeof volumeId !== 'string' || !UUID_RE.test(volumeId)) {
    throw novaBadRequest(`Invalid input for field/attribute volumeId. Value: ${String(volumeId)}. '${String(volumeId)}' is not a 'uuid'`);
  }
  const requested = spec.device ?? null;
  if (requested !== null && (typeof requested !== 'string' || !DEVICE_RE.test(requested))) {
    throw novaBadRequest(`Invalid input for field/attribute device. Value: ${String(requested)}. '${String(requested)}' does not match '(^/dev/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$'`);
  }
  const server = getServer(ctx, serverId);
  checkServerState(server, 'attach_volume', ctx.isAdmin);
  const volume = volumeFor(ctx, volumeId);

  // compute/api.py _check_volume_already_attached: Nova's own BDMs decide first.
  const holders = volume.attachments.map((a) => a.serverId);
  if (holders.length && !volume.multiattach) throw novaBadRequest(`Invalid volume: volume ${volume.id} is already attached to instances: ${holders.join(' ')}`);
  if (holders.includes(server.id)) throw novaBadRequest(`Invalid volume: volume ${volume.id} already attached`);
  if (volume.multiattach && !atLeastNova(ctx, '2.60')) throw novaBadRequest('Multiattach volumes are only supported starting with compute API version 2.60.');

  const used = new Set(attachedVolumes(ctx.world.state, server.id).map((a) => a.device));
  if (typeof requested === 'string' && (used.has(requested) || requested === '/dev/vda')) throw novaConflict(`The supplied device path (${requested}) is in use.`);
  const device = typeof requested === 'string' ? requested : nextDevice(ctx, server);

  // Cinder's attachment_create → _attachment_reserve (conditional update to "reserved").
  if (volume.status.includes('error')) {
    throw cinderRefused(`Volume attachments can not be created if the volume is in an error state. The Volume ${volume.id} currently has a status of: ${volume.status} `);
  }
  const expected = volume.multiattach ? ['available', 'in-use', 'downloading'] : ['available', 'downloading'];
  if (!expected.includes(volume.status)) {
    throw cinderRefused(`Volume ${volume.id} status must be ${orStatuses(expected)} to reserve, but the current status is ${volume.status}.`);
  }

  const world = ctx.world;
  const others = volume.attachments;
  const attachment: Attachment = { id: randomUuid(), serverId: server.id, hostName: server.host, device, attachedAt: ctx.now, state: 'reserved' };
  volume.previousStatus = volume.status;
  volume.status = 'reserved';
  volume.attachments = [...others, attachment];
  volume.updatedAt = ctx.now;
  world.changed();
  const delay = world.delays.attach;
  schedule(world, ctx.now + Math.floor(delay / 2), { store: 'volumes', id: volume.id, patch: { status: 'attaching', attachments: [...others, { ...attachment, state: 'attaching' }] } });
  const { state: _reserved, ...attached } = attachment;
  schedule(world, ctx.now + delay, {
    store: 'volumes',
    id: volume.id,
    patch: { status: 'in-use', attachStatus: 'attached', attachments: [...others, { ...attached, attachedAt: ctx.now + delay }] },
  });

  const result: Record<string, unknown> = { id: volume.id, serverId: server.id, volumeId: volume.id, device };
  if (atLeastNova(ctx, '2.70')) result.tag = null;
  if (atLeastNova(ctx, '2.79')) result.delete_on_termination = false;
  return { volumeAttachment: result };
}

export function detachVolume(ctx: NovaContext, serverId: string, volumeId: string): void {
  const server = getServer(ctx, serverId);
  const volume = volumeFor(ctx, volumeId);
  const attachment = volume.attachments.find((a) => a.serverId === server.id);
  if (!attachment) throw novaNotFound(`Instance ${serverId} is not attached to volume ${volumeId}`);
  if (server.rootVolumeId === volume.id) throw novaBadRequest('Cannot detach a root device volume');
  checkServerState(server, 'detach_volume', ctx.isAdmin);
  // Cinder's begin_detaching: in-use and attached, nothing else.
  if (volume.status !== 'in-use' || attachment.state) {
    throw novaBadRequest(
      `Invalid volume: Invalid input received: Invalid volume: Unable to detach volume. Volume status must be 'in-use' and attach_status must be 'attached' to detach. (HTTP 400) (Request-ID: ${requestId()})`,
    );
  }
  const world = ctx.world;
  volume.previousStatus = volume.status;
  volume.status = 'detaching';
  volume.updatedAt = ctx.now;
  world.changed();
  const rest = volume.attachments.filter((a) => a.id !== attachment.id);
  schedule(world, ctx.now + world.delays.detach, {
    store: 'volumes',
    id: volume.id,
    patch: { status: rest.length ? 'in-use' : 'available', attachStatus: rest.length ? 'attached' : 'detached', attachments: rest },
  });
}
