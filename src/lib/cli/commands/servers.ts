import { asBody, Line } from '../line';
import type { CommandsOf } from '../types';

/** Nova's attach / detach as python-openstackclient spells them (openstackclient/compute/v2/server.py). */
export const serverCommands: CommandsOf<'server'> = {
  'server.addVolume': (req, ctx) => {
    const attachment = asBody(asBody(req.body).volumeAttachment);
    return new Line('openstack', ctx, ['server', 'add', 'volume'], 'compute')
      .opt('--device', attachment.device)
      .pos(req.params.serverId)
      .pos(attachment.volumeId)
      .rest(attachment, ['volumeId', 'device'])
      .done();
  },
  'server.removeVolume': (req, ctx) => new Line('openstack', ctx, ['server', 'remove', 'volume'], 'compute').pos(req.params.serverId).pos(req.params.id).done(),
};
