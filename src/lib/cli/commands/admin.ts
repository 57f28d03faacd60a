/** CLI equivalents of the cloud-admin calls: encryption, manage/unmanage, services, quota editing. */
import type { RequestDescriptor } from '../../../api/descriptor';
import { asBody, Line, truthy } from '../line';
import type { CliContext, CommandsOf } from '../types';

const encryptionOptions = (line: Line, e: Record<string, unknown>) =>
  line
    .opt('--encryption-provider', e.provider)
    .opt('--encryption-cipher', e.cipher)
    .opt('--encryption-key-size', e.key_size)
    .opt('--encryption-control-location', e.control_location)
    .rest(e, ['provider', 'cipher', 'key_size', 'control_location']);

// OSC's `volume type set` creates the encryption spec when there is none and updates it otherwise.
const setEncryption = (req: RequestDescriptor, ctx: CliContext) =>
  encryptionOptions(new Line('openstack', ctx, ['volume', 'type', 'set']), asBody(asBody(req.body).encryption)).pos(req.params.id).done();

export const encryptionCommands: CommandsOf<'encryption'> = {
  'encryption.create': setEncryption,
  'encryption.update': setEncryption,
  'encryption.delete': (req, ctx) => new Line('openstack', ctx, ['volume', 'type', 'unset', '--encryption-type']).pos(req.params.id).done(),
};

/** `cinder manage` names the reference by its key (`--id-type source-name`) and value. */
function reference(line: Line, ref: unknown): Line {
  const r = asBody(ref);
  const [key, value] = Object.entries(r)[0] ?? ['source-name', ''];
  if (Object.keys(r).length > 1) line.unsupported.push('ref');
  return line.opt('--id-type', key).pos(String(value), true);
}

export const manageCommands: CommandsOf<'manage'> = {
  'manage.volume': (req, ctx) => {
    const v = asBody(asBody(req.body).volume);
    const line = new Line('cinder', ctx, ['manage'])
      .opt('--name', v.name, true)
      .opt('--description', v.description, true)
      .opt('--volume-type', v.volume_type)
      .opt('--availability-zone', v.availability_zone)
      .flag('--bootable', truthy(v.bootable))
      .pos(v.host);
    return reference(line, v.ref).rest(v, ['name', 'description', 'volume_type', 'availability_zone', 'bootable', 'host', 'ref']).done();
  },
  'manage.snapshot': (req, ctx) => {
    const s = asBody(asBody(req.body).snapshot);
    const line = new Line('cinder', ctx, ['snapshot-manage']).opt('--name', s.name, true).opt('--description', s.description, true).pos(s.volume_id);
    return reference(line, s.ref).rest(s, ['name', 'description', 'volume_id', 'ref']).done();
  },
  'manage.unmanageVolume': (req, ctx) => new Line('cinder', ctx, ['unmanage']).pos(req.params.id).done(),
  'manage.unmanageSnapshot': (req, ctx) => new Line('cinder', ctx, ['snapshot-unmanage']).pos(req.params.id).done(),
};

const serviceSet = (ctx: CliContext) => new Line('openstack', ctx, ['volume', 'service', 'set']);

export const serviceCommands: CommandsOf<'service'> = {
  'service.enable': (req, ctx) => {
    const b = asBody(req.body);
    return serviceSet(ctx).raw('--enable').pos(b.host).pos(b.binary).done();
  },
  'service.disable': (req, ctx) => {
    const b = asBody(req.body);
    return serviceSet(ctx).raw('--disable').opt('--disable-reason', b.disabled_reason, true).pos(b.host).pos(b.binary).done();
  },
};

/** `openstack quota set` options of the project-wide keys. */
const QUOTA_OPTIONS: Record<string, string> = {
  volumes: '--volumes',
  gigabytes: '--gigabytes',
  snapshots: '--snapshots',
  backups: '--backups',
  backup_gigabytes: '--backup-gigabytes',
  per_volume_gigabytes: '--per-volume-gigabytes',
};
const PER_TYPE = /^(volumes|gigabytes|snapshots)_(.+)$/;

/**
 * Project-wide keys become options; `--volume-type <t>` turns --volumes/--gigabytes/--snapshots into that
 * type's limits, so one command carries either the project-wide keys or one type's.
 */
function quotaSet(ctx: CliContext, limits: Record<string, unknown>, target: string, isClass: boolean): Line {
  const line = new Line('openstack', ctx, ['quota', 'set']).flag('--class', isClass);
  const keys = Object.keys(limits);
  const base = keys.filter((k) => k in QUOTA_OPTIONS);
  const typeKeys = keys.filter((k) => PER_TYPE.test(k));
  const types = [...new Set(typeKeys.map((k) => PER_TYPE.exec(k)![2]!))];
  if (!base.length && types.length === 1) {
    const type = types[0]!;
    line.opt('--volume-type', type);
    for (const r of ['volumes', 'gigabytes', 'snapshots']) line.opt(`--${r}`, limits[`${r}_${type}`]);
  } else {
    for (const k of base) line.opt(QUOTA_OPTIONS[k]!, limits[k]);
    line.unsupported.push(...typeKeys);
  }
  line.unsupported.push(...keys.filter((k) => !(k in QUOTA_OPTIONS) && !PER_TYPE.test(k)));
  return line.pos(target);
}

export const quotaAdminCommands: CommandsOf<'quotaAdmin'> = {
  'quotaAdmin.update': (req, ctx) => quotaSet(ctx, asBody(asBody(req.body).quota_set), req.params.id ?? '', false).done(),
  'quotaAdmin.updateDefaults': (req, ctx) => quotaSet(ctx, asBody(asBody(req.body).quota_class_set), 'default', true).done(),
  'quotaAdmin.reset': (req, ctx) => new Line('openstack', ctx, ['quota', 'delete', '--volume']).pos(req.params.id).done(),
};
