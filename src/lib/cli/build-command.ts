import type { CinderOp, RequestDescriptor } from '../../api/descriptor';
import { encryptionCommands, manageCommands, quotaAdminCommands, serviceCommands } from './commands/admin';
import { backupCommands } from './commands/backups';
import { qosCommands } from './commands/qos-specs';
import { serverCommands } from './commands/servers';
import { snapshotCommands } from './commands/snapshots';
import { volumeTypeCommands } from './commands/volume-types';
import { volumeCommands } from './commands/volumes';
import { transferCommands } from './commands/transfers';
import type { CliCommand, CliContext, CommandBuilder } from './types';

/**
 * Translates one described Cinder request into the python-openstackclient command that sends the same
 * thing (option names checked against openstackclient/volume/v3/*.py), or the `cinder` command where
 * OSC has none. Every op has one: a new op does not compile until it is mapped here.
 */
const COMMANDS: Record<CinderOp, CommandBuilder> = {
  ...volumeCommands,
  ...snapshotCommands,
  ...volumeTypeCommands,
  ...qosCommands,
  ...encryptionCommands,
  ...manageCommands,
  ...serviceCommands,
  ...quotaAdminCommands,
  ...backupCommands,
  ...serverCommands,
  ...transferCommands,
};

export function buildCliCommand(request: RequestDescriptor, context: CliContext): CliCommand {
  return COMMANDS[request.op](request, context);
}

/** Several requests (a form that sends more than one) → one command each, in order. */
export function buildCliCommands(requests: RequestDescriptor | RequestDescriptor[], context: CliContext): CliCommand[] {
  return (Array.isArray(requests) ? requests : [requests]).map((r) => buildCliCommand(r, context));
}
