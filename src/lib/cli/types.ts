export type CliMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One request exactly as the console sends it to Cinder: method, path relative to the block-storage
 * endpoint (ids already in it) and the JSON body / query string. The CLI builder reads only this.
 */
export interface CliRequest {
  method: CliMethod;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

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
}
