import { cinderCalls } from './descriptor';
import { cinder, send } from './http';
import type { CollectionLink, VolumeType, VolumeTypeAccess } from './models';

/**
 * Which types an admin lists (Cinder's `is_public` query for admins):
 * 'public' = public types plus private ones shared with the current project (Cinder's default),
 * 'private' = private types only, 'all' = every type.
 * Non-admins always get public + shared whatever they send.
 */
export type VolumeTypeVisibility = 'public' | 'private' | 'all';

export interface VolumeTypeListQuery {
  visibility?: VolumeTypeVisibility;
  /** Only types holding these extra specs (microversion 3.52). */
  extraSpecs?: Record<string, string>;
  limit?: number;
  marker?: string;
  sort?: string;
}

export interface VolumeTypeList {
  volume_types: VolumeType[];
  volume_type_links?: CollectionLink[];
}

const visibilityParam: Record<VolumeTypeVisibility, string | undefined> = {
  public: undefined,
  private: 'false',
  // Cinder parses the literal string "None" (case-insensitive) as "no filter".
  all: 'None',
};

/** Python-dict-like text Cinder's `extra_specs` filter expects: {'k':'v'}. */
function pyDict(specs: Record<string, string>): string {
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `{${Object.entries(specs)
    .map(([k, v]) => `${quote(k)}:${quote(v)}`)
    .join(',')}}`;
}

/** GET /types: one page of volume types. */
export function listVolumeTypes(query: VolumeTypeListQuery = {}, signal?: AbortSignal): Promise<VolumeTypeList> {
  return cinder.get<VolumeTypeList>('/types', {
    signal,
    query: {
      is_public: visibilityParam[query.visibility ?? 'public'],
      extra_specs: query.extraSpecs && Object.keys(query.extraSpecs).length ? pyDict(query.extraSpecs) : undefined,
      limit: query.limit,
      marker: query.marker,
      sort: query.sort,
    },
  });
}

/** Every type of the given visibility, following `volume_type_links` (Cinder caps a page at 1000). */
export async function listAllVolumeTypes(visibility: VolumeTypeVisibility = 'public', signal?: AbortSignal): Promise<VolumeType[]> {
  const all: VolumeType[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const result = await listVolumeTypes({ visibility, marker }, signal);
    all.push(...result.volume_types);
    const next = result.volume_type_links?.find((l) => l.rel === 'next');
    const last = result.volume_types.at(-1);
    if (!next || !last || result.volume_types.length === 0) break;
    marker = last.id;
  }
  return all;
}

export async function getVolumeType(id: string, signal?: AbortSignal): Promise<VolumeType> {
  return (await cinder.get<{ volume_type: VolumeType }>(`/types/${encodeURIComponent(id)}`, { signal })).volume_type;
}

/** GET /types/default: the type Cinder uses when a create names none (404 when none is configured). */
export async function getDefaultVolumeType(signal?: AbortSignal): Promise<VolumeType> {
  return (await cinder.get<{ volume_type: VolumeType }>('/types/default', { signal })).volume_type;
}

export interface CreateVolumeTypeInput {
  name: string;
  description?: string;
  isPublic: boolean;
  extraSpecs?: Record<string, string>;
}

/** POST /types (admin): 200 with the new type; 409 when the name is taken. */
export function buildCreateVolumeTypeBody(input: CreateVolumeTypeInput): { volume_type: Record<string, unknown> } {
  const body: Record<string, unknown> = {
    name: input.name,
    'os-volume-type-access:is_public': input.isPublic,
  };
  if (input.description) body.description = input.description;
  if (input.extraSpecs && Object.keys(input.extraSpecs).length) body.extra_specs = input.extraSpecs;
  return { volume_type: body };
}

export async function createVolumeType(input: CreateVolumeTypeInput): Promise<VolumeType> {
  return (await send<{ volume_type: VolumeType }>(volumeTypeCalls.create(input))).volume_type;
}

export interface UpdateVolumeTypeInput {
  name?: string;
  description?: string;
  isPublic?: boolean;
}

/** PUT /types/{id} (admin). Sends only the fields given: Cinder ≥3.53 refuses an empty update. */
export function buildUpdateVolumeTypeBody(input: UpdateVolumeTypeInput): { volume_type: Record<string, unknown> } {
  const body: Record<string, unknown> = {};
  if (input.name !== undefined) body.name = input.name;
  if (input.description !== undefined) body.description = input.description;
  if (input.isPublic !== undefined) body.is_public = input.isPublic;
  return { volume_type: body };
}

export async function updateVolumeType(id: string, input: UpdateVolumeTypeInput): Promise<VolumeType> {
  return (await send<{ volume_type: VolumeType }>(volumeTypeCalls.update(id, input))).volume_type;
}

/** DELETE /types/{id} (admin): 202; 400 while any volume uses it or while it is a default type. */
export async function deleteVolumeType(id: string): Promise<void> {
  await send(volumeTypeCalls.remove(id));
}

// ---- Extra specs

export async function getExtraSpecs(typeId: string, signal?: AbortSignal): Promise<Record<string, string>> {
  return (await cinder.get<{ extra_specs: Record<string, string> }>(`/types/${encodeURIComponent(typeId)}/extra_specs`, { signal }))
    .extra_specs;
}

/** POST /types/{id}/extra_specs: adds or overwrites the given keys (others stay). 400 while the type is in use. */
export async function setExtraSpecs(typeId: string, specs: Record<string, string>): Promise<Record<string, string>> {
  return (await send<{ extra_specs: Record<string, string> }>(volumeTypeCalls.setExtraSpecs(typeId, specs))).extra_specs;
}

/** DELETE /types/{id}/extra_specs/{key}: 202; 400 while the type is in use, 404 for an unknown key. */
export async function deleteExtraSpec(typeId: string, key: string): Promise<void> {
  await send(volumeTypeCalls.deleteExtraSpec(typeId, key));
}

// ---- Access (private types)

/** GET /types/{id}/os-volume-type-access: projects a private type is shared with (404 for a public type). */
export async function listTypeAccess(typeId: string, signal?: AbortSignal): Promise<VolumeTypeAccess[]> {
  return (
    await cinder.get<{ volume_type_access: VolumeTypeAccess[] }>(`/types/${encodeURIComponent(typeId)}/os-volume-type-access`, {
      signal,
    })
  ).volume_type_access;
}

/** addProjectAccess: 202; 409 when the project already has access. */
export async function addTypeAccess(typeId: string, projectId: string): Promise<void> {
  await send(volumeTypeCalls.addAccess(typeId, projectId));
}

/** removeProjectAccess: 202; 404 when the project has no access. */
export async function removeTypeAccess(typeId: string, projectId: string): Promise<void> {
  await send(volumeTypeCalls.removeAccess(typeId, projectId));
}

const types = cinderCalls('/types');

/** Every volume-type write as a descriptor (the functions above send exactly these). */
export const volumeTypeCalls = {
  create: (input: CreateVolumeTypeInput) => types.onCollection('volumeType.create', 'POST', buildCreateVolumeTypeBody(input)),
  update: (id: string, input: UpdateVolumeTypeInput) => types.onItem('volumeType.update', 'PUT', id, { body: buildUpdateVolumeTypeBody(input) }),
  remove: (id: string) => types.onItem('volumeType.delete', 'DELETE', id),
  setExtraSpecs: (id: string, specs: Record<string, string>) =>
    types.onItem('volumeType.setExtraSpecs', 'POST', id, { sub: 'extra_specs', body: { extra_specs: specs } }),
  deleteExtraSpec: (id: string, key: string) => types.onItem('volumeType.deleteExtraSpec', 'DELETE', id, { sub: 'extra_specs', key }),
  addAccess: (id: string, project: string) => types.action('volumeType.addAccess', id, 'addProjectAccess', { project }),
  removeAccess: (id: string, project: string) => types.action('volumeType.removeAccess', id, 'removeProjectAccess', { project }),
};

// ---- Rules a request must satisfy (reused by forms and tests)

export const VOLUME_TYPE_NAME_MAX = 255;
export const VOLUME_TYPE_DESCRIPTION_MAX = 255;
export const EXTRA_SPEC_KEY_MAX = 255;
export const EXTRA_SPEC_VALUE_MAX = 255;
/** Cinder's extra-spec key syntax: letters, digits, '_', '-', '.', ':'. */
export const EXTRA_SPEC_KEY_PATTERN = /^[A-Za-z0-9_.:-]+$/;

export type ExtraSpecKeyProblem = 'required' | 'tooLong' | 'invalidChars';

export function extraSpecKeyProblem(key: string): ExtraSpecKeyProblem | null {
  if (key.length === 0) return 'required';
  if (key.length > EXTRA_SPEC_KEY_MAX) return 'tooLong';
  if (!EXTRA_SPEC_KEY_PATTERN.test(key)) return 'invalidChars';
  return null;
}

export function extraSpecValueTooLong(value: string): boolean {
  return value.length > EXTRA_SPEC_VALUE_MAX;
}

// ---- Usage

/**
 * How many volumes (all projects) use the type, so the console can say up front that Cinder will refuse
 * spec changes and deletion. Admin only: GET /volumes?all_tenants=1&volume_type_id=<id>&with_count=true&limit=1.
 * The filter is `volume_type_id` (a column), the one Cinder's own in-use check uses: `volume_type=<name>` maps to
 * a relationship, which Cinder's DB layer rejects by returning an empty list. `count` needs 3.45; without it the
 * answer is only "none" or "at least one".
 */
export async function countVolumesOfType(typeId: string, signal?: AbortSignal): Promise<{ count: number; exact: boolean }> {
  const data = await cinder.get<{ volumes: unknown[]; count?: number }>('/volumes', {
    signal,
    query: { all_tenants: 1, volume_type_id: typeId, with_count: 'true', limit: 1 },
  });
  if (typeof data.count === 'number') return { count: data.count, exact: true };
  return { count: data.volumes.length, exact: data.volumes.length === 0 };
}
