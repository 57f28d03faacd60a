/** /types: volume types, their extra specs and project access. */
import { badRequest, conflict, fieldError, notFound, volumeTypeNotFound } from './faults';
import { generalFiltering } from './filters';
import { typeVisible } from './lookup';
import { atLeast } from './microversion';
import { collectionLinks, literalEval, paginate, parseListParams, type Column } from './paging';
import { requireAdmin } from './policy';
import { additionalMsg, bodyObject, checkBoolean, checkExtraSpecs, checkObject, typeMsg, UUID_LIKE, type Json } from './validate';
import type { CinderContext } from './context';
import type { VolumeType } from '../state';
import type { BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';
import { pyRepr } from '../util/pyrepr';

/** Extra specs a non-admin may see (policies/type_extra_specs.py USER_VISIBLE_EXTRA_SPECS). */
export const USER_VISIBLE_EXTRA_SPECS = ['RESKEY:availability_zones', 'multiattach', 'replication_enabled'];
const SPEC_KEY_NO_SPACES = /^[a-zA-Z0-9-_:.]{1,255}$/;
const SPEC_KEY_WITH_SPACES = /^[a-zA-Z0-9-_:. /]{1,255}$/;

const TYPE_COLUMNS: Column<VolumeType> = {
  id: (t) => t.id,
  name: (t) => t.name,
  description: (t) => t.description,
  is_public: (t) => t.isPublic,
  created_at: (t) => t.createdAt,
  updated_at: (t) => t.updatedAt,
  qos_specs_id: (t) => t.qosSpecsId,
  deleted: () => false,
};

function visibleSpecs(ctx: CinderContext, t: VolumeType): Record<string, string> {
  if (ctx.isAdmin) return { ...t.extraSpecs };
  const out: Record<string, string> = {};
  for (const k of USER_VISIBLE_EXTRA_SPECS) if (k in t.extraSpecs) out[k] = t.extraSpecs[k]!;
  return out;
}

/**
 * What real Cinder 21.3 shows (contract suite): show/list carry qos_specs_id (admin) and the access
 * extension's attribute; GET /types/default has qos_specs_id (admin) but no access attribute;
 * create has the access attribute only; update has neither.
 */
export function typeView(ctx: CinderContext, t: VolumeType, parts: { qos: boolean; access: boolean } = { qos: true, access: true }): Record<string, unknown> {
  const out: Record<string, unknown> = { id: t.id, name: t.name, is_public: t.isPublic, description: t.description, extra_specs: visibleSpecs(ctx, t) };
  if (parts.qos && ctx.isAdmin) out.qos_specs_id = t.qosSpecsId;
  if (parts.access) out['os-volume-type-access:is_public'] = t.isPublic;
  return out;
}

function parseIsPublic(raw: string | undefined): boolean | null {
  if (raw === undefined) return true;
  const v = raw.trim().toLowerCase();
  if (v === 'none') return null;
  if (['1', 't', 'true', 'on', 'y', 'yes'].includes(v)) return true;
  if (['0', 'f', 'false', 'off', 'n', 'no'].includes(v)) return false;
  throw badRequest(`Invalid is_public filter [${raw}]`);
}

export function listTypes(ctx: CinderContext): unknown {
  const params = parseListParams(ctx.url.searchParams);
  const filters = params.filters;
  if (atLeast(ctx.version, '3.52')) generalFiltering(ctx, filters, 'volume_type', ['is_public']);
  else if (!ctx.isAdmin) for (const k of [...filters.keys()]) if (k !== 'is_public') filters.delete(k);
  const isPublic = ctx.isAdmin ? parseIsPublic(ctx.url.searchParams.get('is_public') ?? undefined) : true;
  filters.delete('is_public');
  let specFilter: Record<string, unknown> | null = null;
  if (filters.has('extra_specs')) {
    const v = literalEval(filters.get('extra_specs')!);
    specFilter = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
    filters.delete('extra_specs');
  }
  const state = ctx.world.state;
  let list = Object.values(state.volumeTypes).filter((t) => {
    const shared = !t.isPublic && t.projects.includes(ctx.projectId);
    if (!ctx.isAdmin) return t.isPublic || shared;
    if (isPublic === true) return t.isPublic || shared;
    if (isPublic === false) return !t.isPublic;
    return true;
  });
  if (specFilter) {
    // A non-admin filtering on a spec they cannot see gets nothing (rather than a misleading list).
    if (!ctx.isAdmin && Object.keys(specFilter).some((k) => !USER_VISIBLE_EXTRA_SPECS.includes(k))) list = [];
    else list = list.filter((t) => Object.entries(specFilter!).every(([k, v]) => t.extraSpecs[k] === String(v)));
  }
  // Admins may filter on any column; unknown ones give an empty list like the DB layer.
  for (const [k, v] of filters) {
    const col = TYPE_COLUMNS[k];
    list = col ? list.filter((t) => String(col(t)) === v) : [];
  }
  const page = paginate(list, params, TYPE_COLUMNS, volumeTypeNotFound, (id) => state.volumeTypes[id]);
  const body: Record<string, unknown> = { volume_types: page.map((t) => typeView(ctx, t)) };
  const links = collectionLinks(ctx, page, 'types');
  if (links.length) body.volume_type_links = links;
  return body;
}

export function showType(ctx: CinderContext, id: string): unknown {
  if (id === 'default') {
    const t = ctx.world.state.volumeTypes[ctx.world.state.defaultVolumeTypeId];
    if (!t) throw notFound('Default volume type can not be found.');
    return { volume_type: typeView(ctx, t, { qos: true, access: false }) };
  }
  return { volume_type: typeView(ctx, getTypeById(ctx, id)) };
}

/** volume_types.get_volume_type: by id only, private types hidden from non-members. */
function getTypeById(ctx: CinderContext, id: string): VolumeType {
  const t = ctx.world.state.volumeTypes[id];
  if (!t || !typeVisible(ctx, t)) throw volumeTypeNotFound(id);
  return t;
}

function checkTypeName(value: unknown): string {
  if (typeof value !== 'string') throw fieldError('name', value, typeMsg(value, ['string']));
  if (!value) throw badRequest("An invalid 'name' value was provided. The 'name' can not be None.");
  if (!value.trim()) throw badRequest("An invalid 'name' value was provided. The 'name' can not be empty.");
  if (value.length > 255) throw fieldError('name', value, `${pyRepr(value)} is too long`);
  return value;
}

function checkDescription(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') throw fieldError('description', value, typeMsg(value, ['string', 'null']));
  if (value.length > 255) throw badRequest(`Invalid input received: description has ${value.length} characters, more than 255.`);
  return value;
}

export function createType(ctx: CinderContext, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['volume_type'], allowed: ['volume_type'] });
  const vt = checkObject('volume_type', top.volume_type, { required: ['name'], allowed: ['name', 'description', 'extra_specs', 'os-volume-type-access:is_public'] });
  const name = checkTypeName(vt.name);
  const description = checkDescription(vt.description);
  const specs = vt.extra_specs === undefined || vt.extra_specs === null ? {} : checkExtraSpecs('extra_specs', vt.extra_specs, SPEC_KEY_WITH_SPACES);
  const isPublic = vt['os-volume-type-access:is_public'] === undefined ? true : checkBoolean('os-volume-type-access:is_public', vt['os-volume-type-access:is_public']);
  requireAdmin(ctx, 'volume_extension:type_create');
  const state = ctx.world.state;
  if (Object.values(state.volumeTypes).some((t) => t.name === name)) throw conflict(`Volume Type ${name} already exists.`);
  const type: VolumeType = {
    id: randomUuid(),
    name,
    description: description ?? null,
    isPublic,
    extraSpecs: Object.fromEntries(Object.entries(specs).filter(([, v]) => v !== null)) as Record<string, string>,
    qosSpecsId: null,
    projects: [],
    createdAt: ctx.now,
    updatedAt: null,
  };
  state.volumeTypes[type.id] = type;
  ctx.world.changed();
  return { volume_type: typeView(ctx, type, { qos: false, access: true }) };
}

export function updateType(ctx: CinderContext, id: string, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['volume_type'], allowed: ['volume_type'] });
  const vt = checkObject('volume_type', top.volume_type, { allowed: ['name', 'description', 'is_public'] });
  if (vt.name !== undefined && vt.name !== null && typeof vt.name !== 'string') throw fieldError('name', vt.name, typeMsg(vt.name, ['string', 'null']));
  const description = checkDescription(vt.description);
  const isPublic = vt.is_public === undefined || vt.is_public === null ? null : checkBoolean('is_public', vt.is_public);
  requireAdmin(ctx, 'volume_extension:type_update');
  const name = typeof vt.name === 'string' ? vt.name : null;
  if (name !== null && name.length && !name.trim()) throw badRequest('Volume type name can not be empty.');
  if (name === null && description === undefined && isPublic === null) {
    throw badRequest('Specify volume type name, description, is_public or a combination thereof.');
  }
  const state = ctx.world.state;
  const type = state.volumeTypes[id];
  if (!type) throw volumeTypeNotFound(id);
  if (name && Object.values(state.volumeTypes).some((t) => t.name === name && t.id !== id)) throw conflict(`Volume Type ${name} already exists.`);
  if (name) type.name = name;
  if (description !== undefined) type.description = description;
  if (isPublic !== null) type.isPublic = isPublic;
  type.updatedAt = ctx.now;
  ctx.world.changed();
  return { volume_type: typeView(ctx, type, { qos: false, access: false }) };
}

export function deleteType(ctx: CinderContext, id: string): void {
  requireAdmin(ctx, 'volume_extension:type_delete');
  const state = ctx.world.state;
  const type = state.volumeTypes[id];
  if (!type) throw volumeTypeNotFound(id);
  if (id === state.defaultVolumeTypeId) throw badRequest(`The volume type ${id} is a default volume type and cannot be deleted.`);
  if (Object.keys(state.volumeTypes).length <= 1) throw badRequest(`The volume type ${id} is the only currently defined volume type and cannot be deleted.`);
  if ([...state.volumes.values()].some((v) => v.volumeTypeId === id)) throw badRequest('Target volume type is still in use.');
  delete state.volumeTypes[id];
  state.typeEncryption.delete(id);
  ctx.world.changed();
}

// ---------------------------------------------------------------- extra specs

function inUse(ctx: CinderContext, typeId: string): void {
  if ([...ctx.world.state.volumes.values()].some((v) => v.volumeTypeId === typeId)) throw badRequest('Volume Type is currently in use.');
}

function checkCacheable(type: VolumeType, specs: Record<string, string | null>): void {
  const isTrue = '<is> True';
  const multi = type.extraSpecs.multiattach;
  const cache = type.extraSpecs.cacheable;
  if ((specs.multiattach === isTrue && cache === isTrue) || (specs.cacheable === isTrue && multi === isTrue) || (specs.cacheable === isTrue && specs.multiattach === isTrue)) {
    throw badRequest('cacheable cannot be set with multiattach.');
  }
}

function applySpecs(type: VolumeType, specs: Record<string, string | null>): void {
  for (const [k, v] of Object.entries(specs)) {
    if (v === null) delete type.extraSpecs[k];
    else type.extraSpecs[k] = v;
  }
}

export function extraSpecs(ctx: CinderContext, typeId: string, key: string | null, body: BodyResult | null): { status: number; body?: unknown } {
  const method = ctx.method;
  if (method === 'GET') {
    const type = getTypeById(ctx, typeId);
    const specs = visibleSpecs(ctx, type);
    if (key === null) return { status: 200, body: { extra_specs: specs } };
    if (!(key in specs)) throw notFound(`Volume Type ${typeId} has no extra specs with key ${key}.`);
    return { status: 200, body: { [key]: specs[key] } };
  }
  if (method === 'POST' && key === null) {
    const top = checkObject(null, bodyObject(body!), { required: ['extra_specs'], allowed: ['extra_specs'] });
    const specs = checkExtraSpecs('extra_specs', top.extra_specs, SPEC_KEY_NO_SPACES);
    requireAdmin(ctx, 'volume_extension:types_extra_specs:create');
    inUse(ctx, typeId);
    const type = getTypeById(ctx, typeId);
    checkCacheable(type, specs);
    applySpecs(type, specs);
    type.updatedAt = ctx.now;
    ctx.world.changed();
    return { status: 200, body: top };
  }
  if (method === 'PUT' && key !== null) {
    const raw = bodyObject(body!);
    const n = Object.keys(raw).length;
    if (n < 1) throw badRequest(`${pyRepr(raw)} does not have enough properties`);
    if (n > 1) throw badRequest(`${pyRepr(raw)} has too many properties`);
    const specs = checkExtraSpecs('extra_specs', raw, SPEC_KEY_NO_SPACES);
    requireAdmin(ctx, 'volume_extension:types_extra_specs:update');
    inUse(ctx, typeId);
    const type = getTypeById(ctx, typeId);
    if (!(key in raw)) throw badRequest('Request body and URI mismatch');
    applySpecs(type, specs);
    type.updatedAt = ctx.now;
    ctx.world.changed();
    return { status: 200, body: raw };
  }
  if (method === 'DELETE' && key !== null) {
    const type = getTypeById(ctx, typeId);
    requireAdmin(ctx, 'volume_extension:types_extra_specs:delete');
    inUse(ctx, typeId);
    if (!(key in type.extraSpecs)) throw notFound(`Volume Type ${typeId} has no extra specs with key ${key}.`);
    delete type.extraSpecs[key];
    type.updatedAt = ctx.now;
    ctx.world.changed();
    return { status: 202 };
  }
  throw notFound('The resource could not be found.');
}

// ---------------------------------------------------------------- access

export function typeAccessList(ctx: CinderContext, typeId: string): unknown {
  requireAdmin(ctx, 'volume_extension:volume_type_access:get_all_for_type');
  const type = getTypeById(ctx, typeId);
  if (type.isPublic) throw notFound('Access list not available for public volume types.');
  return { volume_type_access: type.projects.map((p) => ({ volume_type_id: type.id, project_id: p })) };
}

export function typeAction(ctx: CinderContext, typeId: string, body: Json): { status: number } {
  const name = Object.keys(body)[0];
  if (name !== 'addProjectAccess' && name !== 'removeProjectAccess') {
    throw badRequest(`There is no such action: ${name ?? ''}`);
  }
  const extra = Object.keys(body).filter((k) => k !== name);
  if (extra.length) throw badRequest(additionalMsg(extra));
  const args = checkObject(name, body[name], { required: ['project'], allowed: ['project'] });
  const project = args.project;
  if (typeof project !== 'string') throw fieldError('project', project, typeMsg(project, ['string']));
  if (!UUID_LIKE.test(project)) throw fieldError('project', project, `${pyRepr(project)} is not a 'uuid'`);
  requireAdmin(ctx, `volume_extension:volume_type_access:${name}`);
  const type = ctx.world.state.volumeTypes[typeId];
  if (!type) throw volumeTypeNotFound(typeId);
  if (name === 'addProjectAccess') {
    if (type.isPublic) throw badRequest('Invalid volume type: Type access modification is not applicable to public volume type.');
    if (type.projects.includes(project)) throw conflict(`Volume type access for ${typeId} / ${project} combination already exists.`);
    type.projects.push(project);
  } else {
    if (!type.projects.includes(project)) throw notFound(`Volume type access not found for ${typeId} / ${project} combination.`);
    type.projects = type.projects.filter((p) => p !== project);
  }
  ctx.world.changed();
  return { status: 202 };
}
