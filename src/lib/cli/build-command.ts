import { arg, quote } from './quote';
import type { CliCommand, CliContext, CliRequest } from './types';

/**
 * Translates one Cinder request into the python-openstackclient command that sends the same thing
 * (option names checked against openstackclient/volume/v3/*.py), or the `cinder` command where OSC
 * has none. Returns null for a request it does not know, so a form never shows a wrong command.
 */
type Body = Record<string, unknown>;

class Line {
  readonly parts: string[] = [];
  readonly unsupported: string[] = [];
  constructor(
    readonly tool: 'openstack' | 'cinder',
    context: CliContext,
    words: string[],
  ) {
    this.parts.push(tool, '--os-volume-api-version', arg(context.volumeApiVersion), ...words);
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

function asBody(value: unknown): Body {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Body) : {};
}

function segments(path: string): string[] {
  return (path.split('?')[0] ?? '')
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
}

const truthy = (value: unknown) => value === true || value === 'true' || value === 1 || value === '1';

function volumeAction(id: string, body: Body, ctx: CliContext): CliCommand | null {
  const [action = ''] = Object.keys(body);
  const args = asBody(body[action]);
  const set = () => new Line('openstack', ctx, ['volume', 'set']);
  switch (action) {
    case 'os-extend':
      return set().opt('--size', args.new_size).pos(id).rest(args, ['new_size']).done();
    case 'os-retype':
      // --retype-policy is accepted by every OSC release (newer ones also call it --migration-policy).
      return set()
        .opt('--type', args.new_type)
        .opt('--retype-policy', args.migration_policy)
        .pos(id)
        .rest(args, ['new_type', 'migration_policy'])
        .done();
    case 'revert':
      return new Line('cinder', ctx, ['revert-to-snapshot']).pos(args.snapshot_id).rest(args, ['snapshot_id']).done();
    case 'os-reset_status': {
      if (args.migration_status !== undefined) {
        // Only cinderclient resets the migration status (to none); OSC has no option for it.
        const line = new Line('cinder', ctx, ['reset-state']).opt('--state', args.status).opt('--attach-status', args.attach_status);
        if (args.migration_status === 'none') line.flag('--reset-migration-status', true);
        else line.unsupported.push('migration_status');
        return line.pos(id).rest(args, ['status', 'attach_status', 'migration_status']).done();
      }
      return set()
        .opt('--state', args.status)
        .flag('--attached', args.attach_status === 'attached')
        .flag('--detached', args.attach_status === 'detached')
        .pos(id)
        .rest(args, ['status', 'attach_status'])
        .done();
    }
    case 'os-force_delete':
      return new Line('openstack', ctx, ['volume', 'delete', '--force']).pos(id).rest(args, []).done();
    case 'os-migrate_volume':
      return new Line('openstack', ctx, ['volume', 'migrate'])
        .opt('--host', args.host)
        .flag('--force-host-copy', args.force_host_copy)
        .flag('--lock-volume', args.lock_volume)
        .pos(id)
        .rest(args, ['host', 'force_host_copy', 'lock_volume'])
        .done();
    case 'os-set_bootable':
      return set()
        .flag('--bootable', args.bootable === true)
        .flag('--non-bootable', args.bootable === false)
        .pos(id)
        .rest(args, ['bootable'])
        .done();
    default:
      return null;
  }
}

function volumes(req: CliRequest, parts: string[], ctx: CliContext): CliCommand | null {
  const body = asBody(req.body);
  const [, id, sub] = parts;
  if (req.method === 'POST' && !id) {
    const v = asBody(body.volume);
    return new Line('openstack', ctx, ['volume', 'create'])
      .opt('--size', v.size)
      .opt('--type', v.volume_type)
      .opt('--availability-zone', v.availability_zone)
      .opt('--snapshot', v.snapshot_id)
      .opt('--source', v.source_volid)
      .opt('--image', v.imageRef)
      .opt('--backup', v.backup_id)
      .opt('--description', v.description, true)
      .properties('--property', v.metadata)
      .pos(v.name, true)
      .rest(v, ['size', 'volume_type', 'availability_zone', 'snapshot_id', 'source_volid', 'imageRef', 'backup_id', 'description', 'metadata', 'name'])
      .done();
  }
  if (!id) return null;
  if (req.method === 'PUT' && !sub) {
    const v = asBody(body.volume);
    return new Line('openstack', ctx, ['volume', 'set'])
      .opt('--name', v.name, true)
      .opt('--description', v.description, true)
      .pos(id)
      .rest(v, ['name', 'description'])
      .done();
  }
  if (req.method === 'PUT' && sub === 'metadata') {
    // PUT replaces the whole set: clear, then set the given keys.
    return new Line('openstack', ctx, ['volume', 'set', '--no-property']).properties('--property', body.metadata).pos(id).done();
  }
  if (req.method === 'DELETE' && !sub) {
    const force = truthy(req.query?.force);
    const cascade = truthy(req.query?.cascade);
    const line = new Line('openstack', ctx, ['volume', 'delete']).flag('--force', force).flag('--purge', cascade && !force);
    if (force && cascade) line.unsupported.push('cascade');
    return line.pos(id).done();
  }
  if (req.method === 'POST' && sub === 'action') return volumeAction(id, body, ctx);
  return null;
}

function snapshots(req: CliRequest, parts: string[], ctx: CliContext): CliCommand | null {
  const body = asBody(req.body);
  const [, id, sub] = parts;
  if (req.method === 'POST' && !id) {
    const s = asBody(body.snapshot);
    return new Line('openstack', ctx, ['volume', 'snapshot', 'create'])
      .opt('--volume', s.volume_id)
      .opt('--description', s.description, true)
      .flag('--force', s.force)
      .properties('--property', s.metadata)
      // <snapshot-name> is a required positional in OSC: an unnamed snapshot gets ''.
      .raw(quote(String(s.name ?? '')))
      .rest(s, ['volume_id', 'description', 'force', 'metadata', 'name'])
      .done();
  }
  if (!id) return null;
  if (req.method === 'PUT' && !sub) {
    const s = asBody(body.snapshot);
    return new Line('openstack', ctx, ['volume', 'snapshot', 'set'])
      .opt('--name', s.name, true)
      .opt('--description', s.description, true)
      .pos(id)
      .rest(s, ['name', 'description'])
      .done();
  }
  if (req.method === 'PUT' && sub === 'metadata') {
    return new Line('openstack', ctx, ['volume', 'snapshot', 'set', '--no-property']).properties('--property', body.metadata).pos(id).done();
  }
  if (req.method === 'DELETE' && !sub) return new Line('openstack', ctx, ['volume', 'snapshot', 'delete']).pos(id).done();
  if (req.method === 'POST' && sub === 'action') {
    if ('os-reset_status' in body) {
      const args = asBody(body['os-reset_status']);
      return new Line('openstack', ctx, ['volume', 'snapshot', 'set']).opt('--state', args.status).pos(id).rest(args, ['status']).done();
    }
    if ('os-force_delete' in body) return new Line('openstack', ctx, ['volume', 'snapshot', 'delete', '--force']).pos(id).done();
  }
  return null;
}

function types(req: CliRequest, parts: string[], ctx: CliContext): CliCommand | null {
  const body = asBody(req.body);
  const [, id, sub, key] = parts;
  const publicFlags = (line: Line, value: unknown) => line.flag('--public', value === true).flag('--private', value === false);
  if (req.method === 'POST' && !id) {
    const vt = asBody(body.volume_type);
    const line = new Line('openstack', ctx, ['volume', 'type', 'create']).opt('--description', vt.description, true);
    return publicFlags(line, vt['os-volume-type-access:is_public'] ?? vt.is_public)
      .properties('--property', vt.extra_specs)
      .pos(vt.name, true)
      .rest(vt, ['description', 'os-volume-type-access:is_public', 'is_public', 'extra_specs', 'name'])
      .done();
  }
  if (!id) return null;
  const set = () => new Line('openstack', ctx, ['volume', 'type', 'set']);
  if (req.method === 'PUT' && !sub) {
    const vt = asBody(body.volume_type);
    const line = set().opt('--name', vt.name, true).opt('--description', vt.description, true);
    return publicFlags(line, vt.is_public).pos(id).rest(vt, ['name', 'description', 'is_public']).done();
  }
  if (req.method === 'DELETE' && !sub) return new Line('openstack', ctx, ['volume', 'type', 'delete']).pos(id).done();
  if (sub === 'extra_specs' && req.method === 'POST' && !key) return set().properties('--property', body.extra_specs).pos(id).done();
  if (sub === 'extra_specs' && req.method === 'DELETE' && key) {
    return new Line('openstack', ctx, ['volume', 'type', 'unset']).opt('--property', key).pos(id).done();
  }
  if (sub === 'action' && req.method === 'POST') {
    if ('addProjectAccess' in body) return set().opt('--project', asBody(body.addProjectAccess).project).pos(id).done();
    if ('removeProjectAccess' in body) {
      return new Line('openstack', ctx, ['volume', 'type', 'unset']).opt('--project', asBody(body.removeProjectAccess).project).pos(id).done();
    }
  }
  return null;
}

function qosSpecs(req: CliRequest, parts: string[], ctx: CliContext): CliCommand | null {
  const body = asBody(req.body);
  const [, id, sub] = parts;
  const qos = (...words: string[]) => new Line('openstack', ctx, ['volume', 'qos', ...words]);
  if (req.method === 'POST' && !id) {
    const { name, consumer, ...specs } = asBody(body.qos_specs);
    return qos('create').opt('--consumer', consumer).properties('--property', specs).pos(name, true).done();
  }
  if (!id) return null;
  if (req.method === 'PUT' && !sub) {
    // Cinder stores `consumer` like any key here, and `qos set --property consumer=…` sends exactly that.
    return qos('set').properties('--property', body.qos_specs).pos(id).done();
  }
  if (req.method === 'PUT' && sub === 'delete_keys') return qos('unset').keys('--property', body.keys).pos(id).done();
  if (req.method === 'DELETE' && !sub) return qos('delete').flag('--force', truthy(req.query?.force)).pos(id).done();
  if (req.method === 'GET' && sub === 'associate') return qos('associate').pos(id).pos(req.query?.vol_type_id).done();
  if (req.method === 'GET' && sub === 'disassociate') return qos('disassociate').opt('--volume-type', req.query?.vol_type_id).pos(id).done();
  if (req.method === 'GET' && sub === 'disassociate_all') return qos('disassociate', '--all').pos(id).done();
  return null;
}

export function buildCliCommand(request: CliRequest, context: CliContext): CliCommand | null {
  const parts = segments(request.path);
  switch (parts[0]) {
    case 'volumes':
      return volumes(request, parts, context);
    case 'snapshots':
      return snapshots(request, parts, context);
    case 'types':
      return types(request, parts, context);
    case 'qos-specs':
      return qosSpecs(request, parts, context);
    default:
      return null;
  }
}

/** Several requests (a form that sends more than one) → one command per line; unknown ones are skipped. */
export function buildCliCommands(requests: CliRequest | CliRequest[], context: CliContext): CliCommand[] {
  return (Array.isArray(requests) ? requests : [requests]).map((r) => buildCliCommand(r, context)).filter((c): c is CliCommand => c !== null);
}
