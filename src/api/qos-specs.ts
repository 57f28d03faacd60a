import { cinderCalls } from './descriptor';
import { cinder, send } from './http';
import type { CollectionLink, QosAssociation, QosConsumer, QosSpec } from './models';

/** QoS specs: every call is admin-only in Cinder (policy `volume_extension:qos_specs_manage:*`). */

export interface QosSpecListQuery {
  /** Exact-name filter (Cinder filters QoS specs by id, name, consumer). */
  name?: string;
  consumer?: QosConsumer;
  limit?: number;
  marker?: string;
  offset?: number;
  /** e.g. 'name:asc' */
  sort?: string;
}

export interface QosSpecList {
  qos_specs: QosSpec[];
  qos_specs_links?: CollectionLink[];
}

export interface QosSpecCreate {
  name: string;
  /** Cinder's default is back-end when omitted. */
  consumer?: QosConsumer;
  specs?: Record<string, string>;
}

const base = '/qos-specs';
const path = (id: string) => `${base}/${encodeURIComponent(id)}`;

export async function listQosSpecs(query: QosSpecListQuery = {}, signal?: AbortSignal): Promise<QosSpecList> {
  const data = await cinder.get<QosSpecList>(base, { query: { ...query }, signal });
  return { qos_specs: data.qos_specs ?? [], qos_specs_links: data.qos_specs_links };
}

/**
 * Every QoS spec, following Cinder's markers (1000 a page). QoS specs are few (a handful to a few
 * dozen per cloud) and Cinder cannot filter them by name — `name` is not a column of its QoS table,
 * so `?name=` matches nothing — so the list filters and pages in the browser.
 */
export async function listAllQosSpecs(signal?: AbortSignal): Promise<QosSpec[]> {
  const all: QosSpec[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const result = await listQosSpecs({ limit: 1000, marker }, signal);
    all.push(...result.qos_specs);
    const next = result.qos_specs_links?.some((link) => link.rel === 'next');
    const last = result.qos_specs.at(-1);
    if (!next || !last) break;
    marker = last.id;
  }
  return all;
}

export async function getQosSpec(id: string, signal?: AbortSignal): Promise<QosSpec> {
  const data = await cinder.get<{ qos_specs: QosSpec }>(path(id), { signal });
  return data.qos_specs;
}

/** 200 with the new spec; 409 for a duplicate name. The spec keys sit flat beside name and consumer. */
export function buildCreateQosBody(input: QosSpecCreate): { qos_specs: Record<string, string> } {
  const body: Record<string, string> = { ...(input.specs ?? {}), name: input.name };
  if (input.consumer) body.consumer = input.consumer;
  return { qos_specs: body };
}

export async function createQosSpec(input: QosSpecCreate): Promise<QosSpec> {
  const data = await send<{ qos_specs: QosSpec }>(qosCalls.create(input));
  return data.qos_specs;
}

/** Adds or overwrites keys; the key `consumer` changes the consumer. Cinder echoes the request (200). */
export async function setQosKeys(id: string, specs: Record<string, string>): Promise<Record<string, string>> {
  const data = await send<{ qos_specs: Record<string, string> } | undefined>(qosCalls.setKeys(id, specs));
  return data?.qos_specs ?? specs;
}

/** 202; an unknown key gives 404 and the keys before it are already gone. */
export async function unsetQosKeys(id: string, keys: string[]): Promise<void> {
  await send(qosCalls.unsetKeys(id, keys));
}

/** 202; without force Cinder answers 400 "Qos specs still in use." while the spec is associated. */
export async function deleteQosSpec(id: string, options: { force?: boolean } = {}): Promise<void> {
  await send(qosCalls.remove(id, options.force));
}

export async function listQosAssociations(id: string, signal?: AbortSignal): Promise<QosAssociation[]> {
  const data = await cinder.get<{ qos_associations: QosAssociation[] }>(`${path(id)}/associations`, { signal });
  return data.qos_associations ?? [];
}

/** A GET in real Cinder (202). 400 when the type already carries another spec. */
export async function associateQos(qosId: string, typeId: string): Promise<void> {
  await send(qosCalls.associate(qosId, typeId));
}

/** A GET in real Cinder (202). */
export async function disassociateQos(qosId: string, typeId: string): Promise<void> {
  await send(qosCalls.disassociate(qosId, typeId));
}

/** A GET in real Cinder (202). */
export async function disassociateAllQos(qosId: string): Promise<void> {
  await send(qosCalls.disassociateAll(qosId));
}

const specs = cinderCalls(base);

/** Every QoS write as a descriptor (the functions above send exactly these). (Dis)association is a GET that changes state. */
export const qosCalls = {
  create: (input: QosSpecCreate) => specs.onCollection('qos.create', 'POST', buildCreateQosBody(input)),
  setKeys: (id: string, keys: Record<string, string>) => specs.onItem('qos.setKeys', 'PUT', id, { body: { qos_specs: keys } }),
  unsetKeys: (id: string, keys: string[]) => specs.onItem('qos.unsetKeys', 'PUT', id, { sub: 'delete_keys', body: { keys } }),
  remove: (id: string, force = false) => specs.onItem('qos.delete', 'DELETE', id, { query: force ? { force: 'true' } : undefined }),
  associate: (id: string, typeId: string) => specs.onItem('qos.associate', 'GET', id, { sub: 'associate', query: { vol_type_id: typeId } }),
  disassociate: (id: string, typeId: string) => specs.onItem('qos.disassociate', 'GET', id, { sub: 'disassociate', query: { vol_type_id: typeId } }),
  disassociateAll: (id: string) => specs.onItem('qos.disassociateAll', 'GET', id, { sub: 'disassociate_all' }),
};
