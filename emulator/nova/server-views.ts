/** Server bodies as Nova's view builder renders them (nova/api/openstack/compute/views/servers.py), per microversion. */
import { hash128Hex } from '../util/ids';
import { atLeastNova, type NovaContext } from './context';
import { attachedVolumes, FLAVORS, STATUS_OF, type Server } from './servers';

/** Nova: ISO seconds with a Z ("2024-05-01T08:00:00Z"); launched_at keeps microseconds and no zone. */
export const novaTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const launchedTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}.000000`;

function bookmarkBase(ctx: NovaContext): string {
  return ctx.base.replace(/\/v2\.1(?=\/|$)/, '');
}

export function serverLinks(ctx: NovaContext, id: string) {
  return [
    { rel: 'self', href: `${ctx.base}/servers/${id}` },
    { rel: 'bookmark', href: `${bookmarkBase(ctx)}/servers/${id}` },
  ];
}

export function serverIndexView(ctx: NovaContext, s: Server) {
  return { id: s.id, links: serverLinks(ctx, s.id), name: s.name };
}

function flavorView(ctx: NovaContext, flavorId: string) {
  const flavor = FLAVORS.find((f) => f.id === flavorId) ?? FLAVORS[0];
  if (!atLeastNova(ctx, '2.47')) return { id: flavor.id, links: [{ rel: 'bookmark', href: `${bookmarkBase(ctx)}/flavors/${flavor.id}` }] };
  return { vcpus: flavor.vcpus, ram: flavor.ram, disk: flavor.disk, ephemeral: 0, swap: 0, original_name: flavor.name, extra_specs: {} };
}

export function serverDetailView(ctx: NovaContext, s: Server): Record<string, unknown> {
  const status = STATUS_OF[s.vmState];
  const body: Record<string, unknown> = {
    id: s.id,
    name: s.name,
    status,
    tenant_id: s.projectId,
    user_id: s.userId,
    metadata: {},
    hostId: hash128Hex(`${s.projectId}:${s.host}`) + hash128Hex(s.host).slice(0, 24),
    // A volume-backed server has no image: Nova renders an empty string.
    image: s.imageId ? { id: s.imageId, links: [{ rel: 'bookmark', href: `${bookmarkBase(ctx)}/images/${s.imageId}` }] } : '',
    flavor: flavorView(ctx, s.flavorId),
    created: novaTime(s.createdAt),
    updated: novaTime(s.updatedAt),
    addresses: {},
    accessIPv4: '',
    accessIPv6: '',
    links: serverLinks(ctx, s.id),
    'OS-DCF:diskConfig': 'MANUAL',
    'OS-EXT-AZ:availability_zone': 'nova',
    config_drive: '',
    key_name: null,
    'OS-SRV-USG:launched_at': s.vmState === 'building' ? null : launchedTime(s.createdAt),
    'OS-SRV-USG:terminated_at': null,
    'OS-EXT-STS:task_state': s.vmState === 'building' ? 'spawning' : null,
    'OS-EXT-STS:vm_state': s.vmState,
    'OS-EXT-STS:power_state': s.vmState === 'active' ? 1 : s.vmState === 'building' ? 0 : 4,
    'os-extended-volumes:volumes_attached': attachedVolumes(ctx.world.state, s.id).map(({ volume }) =>
      atLeastNova(ctx, '2.3') ? { id: volume.id, delete_on_termination: false } : { id: volume.id },
    ),
  };
  if (status === 'ACTIVE' || status === 'BUILD') body.progress = 0;
  if (ctx.isAdmin) {
    body['OS-EXT-SRV-ATTR:host'] = s.host;
    body['OS-EXT-SRV-ATTR:hypervisor_hostname'] = `${s.host}.example`;
    body['OS-EXT-SRV-ATTR:instance_name'] = `instance-${s.id.slice(0, 8)}`;
  }
  if (atLeastNova(ctx, '2.9')) body.locked = s.locked;
  if (atLeastNova(ctx, '2.16') && ctx.isAdmin) body.host_status = 'UP';
  if (atLeastNova(ctx, '2.19')) body.description = null;
  if (atLeastNova(ctx, '2.26')) body.tags = [];
  if (atLeastNova(ctx, '2.63')) body.trusted_image_certificates = null;
  if (atLeastNova(ctx, '2.73')) body.locked_reason = null;
  return body;
}
