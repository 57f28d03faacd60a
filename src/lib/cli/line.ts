import type { RequestDescriptor } from '../../api/descriptor';
import { arg, quote } from './quote';
import type { CliCommand, CliContext } from './types';

export type Body = Record<string, unknown>;

export function asBody(value: unknown): Body {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Body) : {};
}

/** The arguments of a `POST …/action` body, `{ "os-extend": { … } }` → `{ … }`. */
export const actionArgs = (request: RequestDescriptor) => asBody(Object.values(asBody(request.body))[0]);

export const truthy = (value: unknown) => value === true || value === 'true' || value === 1 || value === '1';

/** One command line being assembled: options, flags, positionals, and the body fields it cannot carry. */
export class Line {
  readonly parts: string[] = [];
  readonly unsupported: string[] = [];
  constructor(
    readonly tool: 'openstack' | 'cinder',
    context: CliContext,
    words: string[],
    /** Which service's microversion the command pins: Cinder's, or Nova's for `openstack server …`. */
    api: 'volume' | 'compute' = 'volume',
  ) {
    const version = api === 'compute' ? (context.computeApiVersion ?? '2.60') : context.volumeApiVersion;
    this.parts.push(tool, `--os-${api}-api-version`, arg(version), ...words);
  }
  opt(name: string, value?: unknown, free = false): this {
    if (value === undefined || value === null || value === '') return this;
    this.parts.push(name, free ? quote(String(value)) : arg(String(value)));
    return this;
  }
  flag(name: string, on: unknown): this {
    if (on === true) this.parts.push(name);
    return this;
  }
  properties(name: string, map: unknown): this {
    for (const [key, value] of Object.entries(asBody(map))) this.parts.push(name, arg(`${key}=${String(value)}`));
    return this;
  }
  keys(name: string, keys: unknown): this {
    for (const key of Array.isArray(keys) ? keys : []) this.parts.push(name, arg(String(key)));
    return this;
  }
  pos(value: unknown, free = false): this {
    if (value === undefined || value === null || value === '') return this;
    this.parts.push(free ? quote(String(value)) : arg(String(value)));
    return this;
  }
  raw(word: string): this {
    this.parts.push(word);
    return this;
  }
  /** Records body fields no option of this command carries. */
  rest(body: Body, known: string[]): this {
    for (const key of Object.keys(body)) if (!known.includes(key)) this.unsupported.push(key);
    return this;
  }
  done(): CliCommand {
    return { command: this.parts.join(' '), tool: this.tool, unsupported: this.unsupported };
  }
}
