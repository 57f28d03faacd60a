import { asBody, Line, truthy } from '../line';
import type { CliContext, CommandsOf } from '../types';

const qos = (ctx: CliContext, ...words: string[]) => new Line('openstack', ctx, ['volume', 'qos', ...words]);

export const qosCommands: CommandsOf<'qos'> = {
  'qos.create': (req, ctx) => {
    const { name, consumer, ...specs } = asBody(asBody(req.body).qos_specs);
    return qos(ctx, 'create').opt('--consumer', consumer).properties('--property', specs).pos(name, true).done();
  },
  // Cinder stores `consumer` like any key here, and `qos set --property consumer=…` sends exactly that.
  'qos.setKeys': (req, ctx) => qos(ctx, 'set').properties('--property', asBody(req.body).qos_specs).pos(req.params.id).done(),
  'qos.unsetKeys': (req, ctx) => qos(ctx, 'unset').keys('--property', asBody(req.body).keys).pos(req.params.id).done(),
  'qos.delete': (req, ctx) => qos(ctx, 'delete').flag('--force', truthy(req.query?.force)).pos(req.params.id).done(),
  'qos.associate': (req, ctx) => qos(ctx, 'associate').pos(req.params.id).pos(req.query?.vol_type_id).done(),
  'qos.disassociate': (req, ctx) => qos(ctx, 'disassociate').opt('--volume-type', req.query?.vol_type_id).pos(req.params.id).done(),
  'qos.disassociateAll': (req, ctx) => qos(ctx, 'disassociate', '--all').pos(req.params.id).done(),
};
