/** /qos-specs (admin only): CRUD, key set/unset, associations with volume types. */
import { badRequest, conflict, fieldError, notFound, qosNotFound, volumeTypeNotFound } from './faults';
import { collectionLinks, paginate, parseListParams, type Column } from './paging';
import { requireAdmin } from './policy';
import { bodyObject, checkExtraSpecs, checkObject, typeMsg } from './validate';
import { links } from './views';
import type { CinderContext } from './context';
import type { QosConsumer, QosSpec } from '../state';
import type { BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';
import { pyRepr } from '../util/pyrepr';

const CONSUMERS: QosConsumer[] = ['front-end', 'back-end', 'both'];
const RULE = 'volume_extension:qos_specs_manage';

const QOS_COLUMNS: Column<QosSpec> = {
  id: (q) => q.id,
  name: (q) => q.name,
  consumer: (q) => q.consumer,
  created_at: (q) => q.createdAt,
  deleted: () => false,
};

function detail(q: QosSpec) {
  return { id: q.id, name: q.name, consumer: q.consumer, specs: { ...q.specs } };
}

function getQos(ctx: CinderContext, id: string): QosSpec {
  const q = ctx.world.state.qosSpecs[id];
  if (!q) throw qosNotFound(id);
  return q;
}

/** An invalid consumer: InvalidQoSSpecs, 400 on create and on set keys (checked against Cinder 21.3.1). */
function checkConsumer(value: unknown): QosConsumer {
  if (typeof value === 'string' && (CONSUMERS as string[]).includes(value)) return value as QosConsumer;
  throw badRequest(
    "Invalid qos specs: Valid consumer of QoS specs are: QoSConsumerValues(default=<class 'oslo_versionedobjects.fields.UnspecifiedDefault'>,nullable=False,valid_values=('back-end', 'front-end', 'both'))",
  );
}

/** utils.validate_dictionary_string_length → InvalidInput. */
function checkSpecValues(specs: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(specs)) {
    if (k.length < 1 || k.length > 255) throw badRequest(`Invalid input received: Key "${k}" has a length outside 1-255.`);
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') throw badRequest(`Invalid input received: Value for key "${k}" is not a string or unicode`);
    if (v.length > 255) throw badRequest(`Invalid input received: Value for key "${k}" has ${v.length} characters, more than 255.`);
  }
}

export function listQos(ctx: CinderContext): unknown {
  requireAdmin(ctx, `${RULE}:get_all`);
  const params = parseListParams(ctx.url.searchParams);
  let list = Object.values(ctx.world.state.qosSpecs);
  for (const [k, v] of params.filters) {
    const col = QOS_COLUMNS[k];
    list = col ? list.filter((q) => String(col(q)) === v) : [];
  }
  const page = paginate(list, params, QOS_COLUMNS, qosNotFound, (id) => ctx.world.state.qosSpecs[id]);
  const body: Record<string, unknown> = { qos_specs: page.map(detail) };
  const l = collectionLinks(ctx, page, 'qos-specs');
  if (l.length) body.qos_specs_links = l;
  return body;
}

export function showQos(ctx: CinderContext, id: string): unknown {
  requireAdmin(ctx, `${RULE}:get`);
  const q = getQos(ctx, id);
  return { qos_specs: detail(q), links: links(ctx, 'qos-specs', q.id) };
}

export function createQos(ctx: CinderContext, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['qos_specs'], allowed: ['qos_specs'] });
  const spec = checkObject('qos_specs', top.qos_specs, { required: ['name'] });
  const rawName = spec.name;
  if (typeof rawName !== 'string') throw fieldError('name', rawName, typeMsg(rawName, ['string']));
  if (!rawName) throw badRequest("An invalid 'name' value was provided. The 'name' can not be None.");
  const name = rawName.trim();
  if (!name) throw badRequest("An invalid 'name' value was provided. The 'name' can not be empty.");
  if (name.length > 255) throw badRequest("An invalid 'name' value was provided. The 'name' can not be greater than 255 characters.");
  requireAdmin(ctx, `${RULE}:create`);
  const rest: Record<string, unknown> = { ...spec };
  delete rest.name;
  checkSpecValues(rest);
  const consumer = rest.consumer === undefined || rest.consumer === null ? 'back-end' : checkConsumer(rest.consumer);
  delete rest.consumer;
  const state = ctx.world.state;
  if (Object.values(state.qosSpecs).some((q) => q.name === name)) throw conflict(`QoS Specs ${name} already exists.`);
  const q: QosSpec = {
    id: randomUuid(),
    name,
    consumer,
    specs: Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
    createdAt: ctx.now,
  };
  state.qosSpecs[q.id] = q;
  ctx.world.changed();
  return { qos_specs: detail(q), links: links(ctx, 'qos-specs', q.id) };
}

export function setQosKeys(ctx: CinderContext, id: string, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['qos_specs'], allowed: ['qos_specs'] });
  const specs = checkExtraSpecs('qos_specs', top.qos_specs, /^[a-zA-Z0-9-_:. /]{1,255}$/);
  requireAdmin(ctx, `${RULE}:update`);
  const q = getQos(ctx, id);
  checkSpecValues(specs);
  if ('consumer' in specs) q.consumer = checkConsumer(specs.consumer);
  for (const [k, v] of Object.entries(specs)) {
    if (k === 'consumer') continue;
    if (v === null) delete q.specs[k];
    else q.specs[k] = v;
  }
  ctx.world.changed();
  return top;
}

export function unsetQosKeys(ctx: CinderContext, id: string, body: BodyResult): void {
  const top = checkObject(null, bodyObject(body), { required: ['keys'], allowed: ['keys'] });
  const keys = top.keys;
  if (!Array.isArray(keys)) throw fieldError('keys', keys, typeMsg(keys, ['array']));
  for (const k of keys) if (typeof k !== 'string' || !k.length || k.length > 255) throw fieldError('keys', keys, `${pyRepr(k)} is not of type 'string'`);
  if (new Set(keys).size !== keys.length) throw fieldError('keys', keys, `${pyRepr(keys)} has non-unique elements`);
  requireAdmin(ctx, `${RULE}:delete`);
  const q = getQos(ctx, id);
  // Like Cinder: keys are removed in order until the first unknown one, which is a 404.
  for (const k of keys as string[]) {
    if (!(k in q.specs)) {
      ctx.world.changed();
      throw notFound(`QoS spec ${id} has no spec with key ${k}.`);
    }
    delete q.specs[k];
  }
  ctx.world.changed();
}

export function deleteQos(ctx: CinderContext, id: string): void {
  requireAdmin(ctx, `${RULE}:delete`);
  const raw = ctx.url.searchParams.get('force');
  let force = false;
  if (raw !== null) {
    const v = raw.trim().toLowerCase();
    if (['1', 't', 'true', 'on', 'y', 'yes'].includes(v)) force = true;
    else if (!['0', 'f', 'false', 'off', 'n', 'no'].includes(v)) throw badRequest(`Value '${raw}' for 'force' is not a boolean.`);
  }
  const q = getQos(ctx, id);
  const types = Object.values(ctx.world.state.volumeTypes).filter((t) => t.qosSpecsId === q.id);
  if (types.length && !force) throw badRequest('Qos specs still in use.');
  for (const t of types) t.qosSpecsId = null;
  delete ctx.world.state.qosSpecs[q.id];
  ctx.world.changed();
}

export function qosAssociations(ctx: CinderContext, id: string): unknown {
  requireAdmin(ctx, `${RULE}:get_all`);
  const q = getQos(ctx, id);
  const types = Object.values(ctx.world.state.volumeTypes).filter((t) => t.qosSpecsId === q.id);
  return { qos_associations: types.map((t) => ({ association_type: 'volume_type', name: t.name, id: t.id })) };
}

export function associateQos(ctx: CinderContext, id: string, op: 'associate' | 'disassociate' | 'disassociate_all'): void {
  requireAdmin(ctx, `${RULE}:update`);
  const state = ctx.world.state;
  if (op === 'disassociate_all') {
    const q = getQos(ctx, id);
    for (const t of Object.values(state.volumeTypes)) if (t.qosSpecsId === q.id) t.qosSpecsId = null;
    ctx.world.changed();
    return;
  }
  const typeId = ctx.url.searchParams.get('vol_type_id');
  if (!typeId) throw badRequest('Volume Type id must not be None.');
  const q = getQos(ctx, id);
  const type = state.volumeTypes[typeId];
  if (!type) throw volumeTypeNotFound(typeId);
  if (op === 'associate') {
    if (type.qosSpecsId && type.qosSpecsId !== q.id) {
      throw badRequest(`Invalid volume type: Type ${typeId} is already associated with another qos specs: ${type.qosSpecsId}`);
    }
    type.qosSpecsId = q.id;
  } else if (type.qosSpecsId === q.id) {
    type.qosSpecsId = null;
  }
  ctx.world.changed();
}
