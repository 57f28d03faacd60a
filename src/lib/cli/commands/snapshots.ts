import { quote } from '../quote';
import { actionArgs, asBody, Line } from '../line';
import type { CliContext, CommandsOf } from '../types';

const snapshot = (ctx: CliContext, ...words: string[]) => new Line('openstack', ctx, ['volume', 'snapshot', ...words]);

export const snapshotCommands: CommandsOf<'snapshot'> = {
  'snapshot.create': (req, ctx) => {
    const s = asBody(asBody(req.body).snapshot);
    return (
      snapshot(ctx, 'create')
        .opt('--volume', s.volume_id)
        .opt('--description', s.description, true)
        .flag('--force', s.force)
        .properties('--property', s.metadata)
        // <snapshot-name> is a required positional in OSC: an unnamed snapshot gets ''.
        .raw(quote(String(s.name ?? '')))
        .rest(s, ['volume_id', 'description', 'force', 'metadata', 'name'])
        .done()
    );
  },
  'snapshot.update': (req, ctx) => {
    const s = asBody(asBody(req.body).snapshot);
    return snapshot(ctx, 'set').opt('--name', s.name, true).opt('--description', s.description, true).pos(req.params.id).rest(s, ['name', 'description']).done();
  },
  'snapshot.replaceMetadata': (req, ctx) => snapshot(ctx, 'set', '--no-property').properties('--property', asBody(req.body).metadata).pos(req.params.id).done(),
  'snapshot.delete': (req, ctx) => snapshot(ctx, 'delete').pos(req.params.id).done(),
  'snapshot.resetStatus': (req, ctx) => {
    const args = actionArgs(req);
    return snapshot(ctx, 'set').opt('--state', args.status).pos(req.params.id).rest(args, ['status']).done();
  },
  'snapshot.forceDelete': (req, ctx) => snapshot(ctx, 'delete', '--force').pos(req.params.id).done(),
};
