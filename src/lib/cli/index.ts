export { buildCliCommand, buildCliCommands } from './build-command';
export { arg, quote } from './quote';
export { qosRequests, snapshotRequests, volumeRequests, volumeTypeRequests } from './requests';
export type { CliCommand, CliContext, CliMethod, CliRequest } from './types';
