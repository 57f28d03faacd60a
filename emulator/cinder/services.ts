/** Read-only infrastructure views: versions, availability zones, pools, services. */
import { allocatedGb, freeGb } from './backends';
import { MAX_VERSION, MIN_VERSION, VERSION_UPDATED, versionString } from './microversion';
import { requireAdmin } from './policy';
import type { CinderContext } from './context';
import { SEED_EPOCH } from '../seed';
import { cinderTime } from '../util/time';

export function versionsDoc(origin: string) {
  return {
    versions: [
      {
        id: 'v3.0',
        status: 'CURRENT',
        version: versionString(MAX_VERSION),
        min_version: versionString(MIN_VERSION),
        updated: VERSION_UPDATED,
        links: [
          { rel: 'describedby', type: 'text/html', href: 'https://docs.openstack.org/' },
          { rel: 'self', href: `${origin}/volume/v3/` },
        ],
        'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' }],
      },
    ],
  };
}

export function availabilityZones(): unknown {
  return { availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true } }] };
}

export function getPools(ctx: CinderContext): unknown {
  requireAdmin(ctx, 'scheduler_extension:scheduler_stats:get_pools');
  const state = ctx.world.state;
  const q = ctx.url.searchParams;
  const detail = ['1', 't', 'true', 'on', 'y', 'yes'].includes((q.get('detail') ?? '').toLowerCase());
  const nameFilter = q.get('name');
  const pools = state.backends
    .filter((b) => nameFilter === null || b.host === nameFilter)
    .map((b) => {
      if (!detail) return { name: b.host };
      const allocated = allocatedGb(state, b);
      return {
        name: b.host,
        capabilities: {
          pool_name: b.backendName,
          total_capacity_gb: b.totalCapacityGb,
          free_capacity_gb: freeGb(state, b),
          reserved_percentage: 0,
          location_info: `LVMVolumeDriver:cinder:cinder-volumes-${b.backendName}:thick:0`,
          QoS_support: true,
          provisioned_capacity_gb: allocated,
          allocated_capacity_gb: allocated,
          max_over_subscription_ratio: '20.0',
          thin_provisioning_support: false,
          thick_provisioning_support: true,
          total_volumes: [...state.volumes.values()].filter((v) => v.host === b.host).length,
          filter_function: null,
          goodness_function: null,
          multiattach: true,
          backend_state: 'up',
          online_extend_support: true,
          volume_backend_name: b.backendName,
          storage_protocol: 'iSCSI',
          vendor_name: 'Open Source',
          driver_version: '3.0.0',
          timestamp: cinderTime(ctx.now),
        },
      };
    });
  return { pools };
}

export function listServices(ctx: CinderContext): unknown {
  requireAdmin(ctx, 'volume_extension:services:index');
  const state = ctx.world.state;
  const updated = cinderTime(Math.max(SEED_EPOCH, ctx.now - 5_000));
  const services: Record<string, unknown>[] = [
    { binary: 'cinder-scheduler', host: 'cinder', zone: 'nova', status: 'enabled', state: 'up', updated_at: updated, disabled_reason: null },
  ];
  for (const b of state.backends) {
    services.push({
      binary: 'cinder-volume',
      host: b.host.split('#')[0],
      zone: 'nova',
      status: 'enabled',
      state: 'up',
      updated_at: updated,
      disabled_reason: null,
      replication_status: 'disabled',
      active_backend_id: null,
      frozen: false,
      ...(ctx.version.minor >= 49 ? { backend_state: 'up' } : {}),
      ...(ctx.version.minor >= 7 ? { cluster: null } : {}),
    });
  }
  if (state.backupService !== 'absent') {
    services.push({ binary: 'cinder-backup', host: 'cinder', zone: 'nova', status: 'enabled', state: 'up', updated_at: updated, disabled_reason: null, ...(ctx.version.minor >= 7 ? { cluster: null } : {}) });
  }
  const binary = ctx.url.searchParams.get('binary');
  return { services: binary ? services.filter((s) => s.binary === binary) : services };
}
