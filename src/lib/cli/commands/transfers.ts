import { asBody, Line } from '../line';
import type { CliContext, CommandsOf } from '../types';

const request = (ctx: CliContext, ...words: string[]) => new Line('openstack', ctx, ['volume', 'transfer', 'request', ...words]);

/** What the accept line shows instead of the authorization key: a secret never lands in a copyable command. */
export const MASKED_AUTH_KEY = "'********'";

export const transferCommands: CommandsOf<'transfer'> = {
  'transfer.create': (req, ctx) => {
    const t = asBody(asBody(req.body).transfer);
    return request(ctx, 'create')
      .opt('--name', t.name, true)
      .flag('--no-snapshots', t.no_snapshots)
      .pos(t.volume_id)
      .rest(t, ['name', 'no_snapshots', 'volume_id'])
      .done();
  },
  // The key is replaced by a mask whatever the form holds; the person pastes it where the mask is.
  'transfer.accept': (req, ctx) => request(ctx, 'accept').raw('--auth-key').raw(MASKED_AUTH_KEY).pos(req.params.id).done(),
  'transfer.delete': (req, ctx) => request(ctx, 'delete').pos(req.params.id).done(),
};
