import type { CinderOp, RequestDescriptor } from '../../api/descriptor';

export interface CliCommand {
  /** The full shell command line. */
  command: string;
  /** `cinder` when python-openstackclient has no equivalent. */
  tool: 'openstack' | 'cinder';
  /** Request fields the command cannot express (e.g. vendor-only retype options). */
  unsupported: string[];
}

export interface CliContext {
  /** The microversion the console negotiated (session.volumeApiVersion), passed as --os-volume-api-version. */
  volumeApiVersion: string;
  /** The compute microversion the console sends to Nova (config.computeApiVersion), passed as --os-compute-api-version. */
  computeApiVersion?: string;
}

/** Turns one described request (its params, query and body: exactly what is sent) into its command. */
export type CommandBuilder = (request: RequestDescriptor, context: CliContext) => CliCommand;

/** The command of every op of one resource, e.g. CommandsOf<'volume'> maps 'volume.extend', 'volume.retype', … */
export type CommandsOf<Resource extends string> = Record<Extract<CinderOp, `${Resource}.${string}`>, CommandBuilder>;
