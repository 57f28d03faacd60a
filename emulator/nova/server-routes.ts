/**
 * /servers: list (index and detail, with Nova's filters, sorting and marker paging), show, a minimal
 * create (networks "none": no Neutron) and delete; /flavors for create. nova/api/openstack/compute/servers.py.
 */
import { schedule } from '../flows';
import { isObject } from '../util/http';
import { randomUuid } from '../util/ids';
import { atLeastNova, instanceNotFound, novaBadRequest, novaConflict, novaForbidden, type NovaContext } from './context';
import { serverDetailView, serverIndexView, serverLinks } from './server-views';
import { attachedVolumes, FLAVORS, STATUS_OF, type Server, type VmState } from './servers';

const MAX_LIMIT = 1000;
/** What a member may filter by (servers.py _get_server_search_options, up to 2.73); anything else is dropped silently. */
const MEMBER_FILTERS = new Set(['reservation_id', 'name', 'status', 'image', 'flavor', 'ip', 'changes-since', 'all_tenants', 'ip6', 'tags', 'tags-any', 'not-tags', 'not-tags-any', 'changes-before', 'locked']);
const PAGING = new Set(['limit', 'marker', 'sort_key', 'sort_dir']);
const SORT_KEYS: Record<string, (s: Server) => string | number> = {
  created_at: (s) => s.createdAt,
  updated_at: (s) => s.updatedAt,
  display_name: (s) => s.name,
  uuid: (s) => s.id,
  vm_state: (s) => s.vmState,
  project_id: (s) => s.projectId,
};

/** common.is_all_tenants: present without a value means true; 0/false/off/no/n/f mean false. */
function isAllTenants(value: string | null): boolean {
  if (value === null) return false;
  if (value === '') return true;
  return !['0', 'f', 'false', 'off', 'n', 'no'].includes(value.toLowerCase());
}

/** A server the caller may see: members only their project's (Nova's project_only query → InstanceNotFound). */
export function getServer(ctx: NovaContext, id: string): Server {
  const server = ctx.world.state.servers.get(id);
  if (!server || (!ctx.isAdmin && server.projectId !== ctx.projectId)) throw instanceNotFound(id);
  return server;
}

export function listServers(ctx: NovaContext, detail: boolean): Record<string, unknown> {
  const q = ctx.url.searchParams;
  const keys = new Set(q.keys());
  const allowed = (key: string) => ctx.isAdmin || MEMBER_FILTERS.has(key) || PAGING.has(key);
  for (const key of keys) if (!allowed(key)) keys.delete(key);

  const allTenants = keys.has('all_tenants') && isAllTenants(q.get('all_tenants'));
  if (allTenants && !ctx.isAdmin) throw novaForbidden(`os_compute_api:servers:${detail ? 'detail' : 'index'}:get_all_tenants`);
  let servers = [...ctx.world.state.servers.values()];
  if (allTenants) {
    const project = q.get('project_id') ?? q.get('tenant_id');
    if (project) servers = servers.filter((s) => s.projectId === project);
  } else {
    servers = servers.filter((s) => s.projectId === ctx.projectId);
  }
  if (keys.has('name')) {
    let re: RegExp;
    try {
      re = new RegExp(q.get('name') ?? '');
    } catch {
      throw novaBadRequest(`Invalid input for query parameters name. Value: ${q.get('name')}. '${q.get('name')}' is not a 'regex'`);
    }
    servers = servers.filter((s) => re.test(s.name));
  }
  if (keys.has('status')) {
    const wanted = q.getAll('status').map((v) => v.toUpperCase());
    const states = (Object.entries(STATUS_OF) as [VmState, string][]).filter(([, status]) => wanted.includes(status)).map(([state]) => state);
    if (!states.length) {
      if (atLeastNova(ctx, '2.38')) throw novaBadRequest('Invalid status value');
      return { servers: [] };
    }
    servers = servers.filter((s) => states.includes(s.vmState));
  }
  if (ctx.isAdmin && keys.has('uuid')) servers = servers.filter((s) => s.id === q.get('uuid'));
  if (keys.has('locked') && atLeastNova(ctx, '2.73')) servers = servers.filter((s) => String(s.locked) === (q.get('locked') ?? '').toLowerCase());

  const sortKeys = q.getAll('sort_key').filter((k) => SORT_KEYS[k]);
  const sortDirs = q.getAll('sort_dir');
  const order: [string, number][] = sortKeys.map((k, i) => [k, sortDirs[i] === 'asc' ? 1 : -1]);
  if (!order.length) order.push(['created_at', -1]);
  if (!order.some(([k]) => k === 'uuid')) order.push(['uuid', order[0]![1]]);
  servers.sort((a, b) => {
    for (const [k, dir] of order) {
      const x = SORT_KEYS[k]!(a);
      const y = SORT_KEYS[k]!(b);
      if (x !== y) return (x < y ? -1 : 1) * dir;
    }
    return 0;
  });

  const marker = q.get('marker');
  if (marker !== null) {
    const index = servers.findIndex((s) => s.id === marker);
    if (index === -1) throw novaBadRequest(`marker [${marker}] not found`);
    servers = servers.slice(index + 1);
  }
  const rawLimit = q.get('limit');
  if (rawLimit !== null && !/^\d+$/.test(rawLimit)) throw novaBadRequest(`Invalid input for query parameters limit. Value: ${rawLimit}. '${rawLimit}' does not match '^[0-9]*$'`);
  const limit = Math.min(rawLimit === null ? MAX_LIMIT : Number(rawLimit), MAX_LIMIT);
  const page = servers.slice(0, limit);
  const body: Record<string, unknown> = { servers: page.map((s) => (detail ? serverDetailView(ctx, s) : serverIndexView(ctx, s))) };
  // views/common.py _get_collection_links: "next" whenever the page is full.
  if (limit > 0 && page.length === limit) {
    const params = new URLSearchParams(q);
    params.set('marker', page[page.length - 1]!.id);
    body.servers_links = [{ rel: 'next', href: `${ctx.base}/servers${detail ? '/detail' : ''}?${params.toString()}` }];
  }
  return body;
}

export function showServer(ctx: NovaContext, id: string) {
  return { server: serverDetailView(ctx, getServer(ctx, id)) };
}

export function listFlavors(ctx: NovaContext, detail: boolean) {
  return {
    flavors: FLAVORS.map((f) => {
      const links = [{ rel: 'self', href: `${ctx.base}/flavors/${f.id}` }];
      return detail
        ? { id: f.id, name: f.name, ram: f.ram, vcpus: f.vcpus, disk: f.disk, 'OS-FLV-EXT-DATA:ephemeral': 0, swap: 0, rxtx_factor: 1, 'os-flavor-access:is_public': true, links }
        : { id: f.id, name: f.name, links };
    }),
  };
}

/** POST /servers, just enough to boot a test server without Neutron (`networks: "none"`, 2.37+). */
export function createServer(ctx: NovaContext, body: unknown) {
  const spec = isObject(body) && isObject(body.server) ? body.server : null;
  if (!spec) throw novaBadRequest("Invalid input for field/attribute server. Value: None. 'server' is a required property");
  const name = spec.name;
  if (typeof name !== 'string' || !name.trim() || name.length > 255) throw novaBadRequest(`Invalid input for field/attribute name. Value: ${String(name)}. 'name' is a required property`);
  const flavor = FLAVORS.find((f) => f.id === String(spec.flavorRef ?? ''));
  if (!flavor) throw novaBadRequest(`Flavor ${String(spec.flavorRef ?? '')} could not be found.`);
  const imageId = typeof spec.imageRef === 'string' ? spec.imageRef : null;
  if (imageId && !ctx.world.state.images.some((i) => i.id === imageId)) throw novaBadRequest(`Image ${imageId} could not be found.`);
  if (atLeastNova(ctx, '2.37') && spec.networks === undefined) throw novaBadRequest("Invalid input for field/attribute server. Value: {...}. 'networks' is a required property");
  const world = ctx.world;
  const server: Server = {
    id: randomUuid(),
    projectId: ctx.projectId,
    userId: ctx.userId,
    name,
    vmState: 'building',
    host: Math.random() < 0.5 ? 'compute-1' : 'compute-2',
    imageId,
    flavorId: flavor.id,
    rootVolumeId: null,
    locked: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  world.state.servers.set(server.id, server);
  world.changed();
  schedule(world, ctx.now + world.delays.create, { store: 'servers', id: server.id, patch: { vmState: 'active' } });
  return { server: { id: server.id, links: serverLinks(ctx, server.id), 'OS-DCF:diskConfig': 'MANUAL', security_groups: [{ name: 'default' }], adminPass: randomUuid().slice(0, 12) } };
}

/** DELETE /servers/{id}: the server goes, and Nova deletes its volume attachments (the volumes become available). */
export function deleteServer(ctx: NovaContext, id: string): void {
  const server = getServer(ctx, id);
  if (server.locked && !ctx.isAdmin) throw novaConflict(`Instance ${id} is locked`);
  const world = ctx.world;
  const due = ctx.now + world.delays.delete;
  for (const { volume } of attachedVolumes(world.state, id)) {
    const rest = volume.attachments.filter((a) => a.serverId !== id);
    schedule(world, due, { store: 'volumes', id: volume.id, patch: { attachments: rest, status: rest.length ? 'in-use' : 'available', attachStatus: rest.length ? 'attached' : 'detached' } });
  }
  schedule(world, due, { store: 'servers', id, remove: true });
}
