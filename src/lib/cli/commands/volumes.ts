import { actionArgs, asBody, Line, truthy } from '../line';
import type { CliContext, CommandsOf } from '../types';

const set = (ctx: CliContext) => new Line('openstack', ctx, ['volume', 'set']);

export const volumeCommands: CommandsOf<'volume'> = {
  'volume.create': (req, ctx) => {
    const v = asBody(asBody(req.body).volume);
    return new Line('openstack', ctx, ['volume', 'create'])
      .opt('--size', v.size)
      .opt('--type', v.volume_type)
      .opt('--availability-zone', v.availability_zone)
      .opt('--snapshot', v.snapshot_id)
      .opt('--source', v.source_volid)
      .opt('--image', v.imageRef)
      .opt('--backup', v.backup_id)
      .opt('--description', v.description, true)
      .properties('--property', v.metadata)
      .pos(v.name, true)
      .rest(v, ['size', 'volume_type', 'availability_zone', 'snapshot_id', 'source_volid', 'imageRef', 'backup_id', 'description', 'metadata', 'name'])
      .done();
  },
  'volume.update': (req, ctx) => {
    const v = asBody(asBody(req.body).volume);
    return set(ctx).opt('--name', v.name, true).opt('--description', v.description, true).pos(req.params.id).rest(v, ['name', 'description']).done();
  },
  // PUT replaces the whole set: clear, then set the given keys.
  'volume.replaceMetadata': (req, ctx) =>
    new Line('openstack', ctx, ['volume', 'set', '--no-property']).properties('--property', asBody(req.body).metadata).pos(req.params.id).done(),
  'volume.setMetadataKey': (req, ctx) => set(ctx).properties('--property', asBody(req.body).meta).pos(req.params.id).done(),
  'volume.deleteMetadataKey': (req, ctx) => new Line('openstack', ctx, ['volume', 'unset']).opt('--property', req.params.key).pos(req.params.id).done(),
  'volume.delete': (req, ctx) => {
    const force = truthy(req.query?.force);
    const cascade = truthy(req.query?.cascade);
    const line = new Line('openstack', ctx, ['volume', 'delete']).flag('--force', force).flag('--purge', cascade && !force);
    if (force && cascade) line.unsupported.push('cascade');
    return line.pos(req.params.id).done();
  },
  'volume.extend': (req, ctx) => {
    const args = actionArgs(req);
    return set(ctx).opt('--size', args.new_size).pos(req.params.id).rest(args, ['new_size']).done();
  },
  // --retype-policy is accepted by every OSC release (newer ones also call it --migration-policy).
  'volume.retype': (req, ctx) => {
    const args = actionArgs(req);
    return set(ctx)
      .opt('--type', args.new_type)
      .opt('--retype-policy', args.migration_policy)
      .pos(req.params.id)
      .rest(args, ['new_type', 'migration_policy'])
      .done();
  },
  'volume.revert': (req, ctx) => {
    const args = actionArgs(req);
    return new Line('cinder', ctx, ['revert-to-snapshot']).pos(args.snapshot_id).rest(args, ['snapshot_id']).done();
  },
  'volume.resetStatus': (req, ctx) => {
    const args = actionArgs(req);
    if (args.migration_status !== undefined) {
      // Only cinderclient resets the migration status (to none); OSC has no option for it.
      const line = new Line('cinder', ctx, ['reset-state']).opt('--state', args.status).opt('--attach-status', args.attach_status);
      if (args.migration_status === 'none') line.flag('--reset-migration-status', true);
      else line.unsupported.push('migration_status');
      return line.pos(req.params.id).rest(args, ['status', 'attach_status', 'migration_status']).done();
    }
    return set(ctx)
      .opt('--state', args.status)
      .flag('--attached', args.attach_status === 'attached')
      .flag('--detached', args.attach_status === 'detached')
      .pos(req.params.id)
      .rest(args, ['status', 'attach_status'])
      .done();
  },
  'volume.forceDelete': (req, ctx) => new Line('openstack', ctx, ['volume', 'delete', '--force']).pos(req.params.id).rest(actionArgs(req), []).done(),
  'volume.migrate': (req, ctx) => {
    const args = actionArgs(req);
    return new Line('openstack', ctx, ['volume', 'migrate'])
      .opt('--host', args.host)
      .flag('--force-host-copy', args.force_host_copy)
      .flag('--lock-volume', args.lock_volume)
      .pos(req.params.id)
      .rest(args, ['host', 'force_host_copy', 'lock_volume'])
      .done();
  },
  // No client has a force-detach command; cinderclient's attachment-delete drops the same attachment record.
  'volume.forceDetach': (req, ctx) => {
    const args = actionArgs(req);
    const line = new Line('cinder', ctx, ['attachment-delete']).pos(args.attachment_id);
    line.unsupported.push('os-force_detach');
    return line.rest(args, ['attachment_id']).done();
  },
  'volume.setBootable': (req, ctx) => {
    const args = actionArgs(req);
    return set(ctx)
      .flag('--bootable', args.bootable === true)
      .flag('--non-bootable', args.bootable === false)
      .pos(req.params.id)
      .rest(args, ['bootable'])
      .done();
  },
  // OSC's image command sends the same os-volume_upload_image action (openstackclient/image/v2/image.py).
  'volume.uploadImage': (req, ctx) => {
    const args = actionArgs(req);
    const visibility = typeof args.visibility === 'string' ? `--${args.visibility}` : null;
    const line = new Line('openstack', ctx, ['image', 'create']).opt('--volume', req.params.id).opt('--disk-format', args.disk_format).opt('--container-format', args.container_format);
    if (visibility) line.raw(visibility);
    return line
      .flag('--protected', args.protected === true)
      .flag('--force', args.force === true)
      .pos(args.image_name, true)
      .rest(args, ['image_name', 'disk_format', 'container_format', 'visibility', 'protected', 'force'])
      .done();
  },
  'volume.setReadonly': (req, ctx) => {
    const args = actionArgs(req);
    return set(ctx)
      .flag('--read-only', args.readonly === true)
      .flag('--read-write', args.readonly === false)
      .pos(req.params.id)
      .rest(args, ['readonly'])
      .done();
  },
};
