export { buildCliCommand, buildCliCommands } from './build-command';
export { arg, quote } from './quote';
export type { CliCommand, CliContext } from './types';
