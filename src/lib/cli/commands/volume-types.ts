import { actionArgs, asBody, Line } from '../line';
import type { CliContext, CommandsOf } from '../types';

const type = (ctx: CliContext, verb: 'create' | 'set' | 'unset' | 'delete') => new Line('openstack', ctx, ['volume', 'type', verb]);
const publicFlags = (line: Line, value: unknown) => line.flag('--public', value === true).flag('--private', value === false);

export const volumeTypeCommands: CommandsOf<'volumeType'> = {
  'volumeType.create': (req, ctx) => {
    const vt = asBody(asBody(req.body).volume_type);
    return publicFlags(type(ctx, 'create').opt('--description', vt.description, true), vt['os-volume-type-access:is_public'] ?? vt.is_public)
      .properties('--property', vt.extra_specs)
      .pos(vt.name, true)
      .rest(vt, ['description', 'os-volume-type-access:is_public', 'is_public', 'extra_specs', 'name'])
      .done();
  },
  'volumeType.update': (req, ctx) => {
    const vt = asBody(asBody(req.body).volume_type);
    const line = type(ctx, 'set').opt('--name', vt.name, true).opt('--description', vt.description, true);
    return publicFlags(line, vt.is_public).pos(req.params.id).rest(vt, ['name', 'description', 'is_public']).done();
  },
  'volumeType.delete': (req, ctx) => type(ctx, 'delete').pos(req.params.id).done(),
  'volumeType.setExtraSpecs': (req, ctx) => type(ctx, 'set').properties('--property', asBody(req.body).extra_specs).pos(req.params.id).done(),
  'volumeType.deleteExtraSpec': (req, ctx) => type(ctx, 'unset').opt('--property', req.params.key).pos(req.params.id).done(),
  'volumeType.addAccess': (req, ctx) => type(ctx, 'set').opt('--project', actionArgs(req).project).pos(req.params.id).done(),
  'volumeType.removeAccess': (req, ctx) => type(ctx, 'unset').opt('--project', actionArgs(req).project).pos(req.params.id).done(),
};
