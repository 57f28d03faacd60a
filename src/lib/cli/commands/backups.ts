import { actionArgs, asBody, Line } from '../line';
import type { CliContext, CommandsOf } from '../types';

const backup = (ctx: CliContext, ...words: string[]) => new Line('openstack', ctx, ['volume', 'backup', ...words]);

/** python-openstackclient's `volume backup` commands (openstackclient/volume/v3/volume_backup.py). */
export const backupCommands: CommandsOf<'backup'> = {
  'backup.create': (req, ctx) => {
    const b = asBody(asBody(req.body).backup);
    return backup(ctx, 'create')
      .opt('--name', b.name, true)
      .opt('--description', b.description, true)
      .opt('--container', b.container, true)
      .opt('--snapshot', b.snapshot_id)
      .flag('--force', b.force)
      .flag('--incremental', b.incremental)
      .properties('--property', b.metadata)
      .pos(b.volume_id)
      .rest(b, ['name', 'description', 'container', 'snapshot_id', 'force', 'incremental', 'metadata', 'volume_id'])
      .done();
  },
  'backup.update': (req, ctx) => {
    const b = asBody(asBody(req.body).backup);
    return backup(ctx, 'set')
      .opt('--name', b.name, true)
      .opt('--description', b.description, true)
      .properties('--property', b.metadata)
      .pos(req.params.id)
      .rest(b, ['name', 'description', 'metadata'])
      .done();
  },
  'backup.delete': (req, ctx) => backup(ctx, 'delete').pos(req.params.id).done(),
  // Onto an existing volume OSC wants --force; a new volume is named by the second positional.
  'backup.restore': (req, ctx) => {
    const r = asBody(asBody(req.body).restore);
    const line = backup(ctx, 'restore').flag('--force', typeof r.volume_id === 'string');
    return line.pos(req.params.id).pos(r.volume_id ?? r.name, r.volume_id === undefined).rest(r, ['volume_id', 'name']).done();
  },
  'backup.resetStatus': (req, ctx) => {
    const args = actionArgs(req);
    return backup(ctx, 'set').opt('--state', args.status).pos(req.params.id).rest(args, ['status']).done();
  },
  'backup.forceDelete': (req, ctx) => backup(ctx, 'delete', '--force').pos(req.params.id).done(),
};
