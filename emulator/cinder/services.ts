/** Read-only infrastructure views: versions, availability zones, pools. */
import { allocatedGb, freeGb } from './backends';
import { backendActive } from './os-services';
import { MAX_VERSION, MIN_VERSION, VERSION_UPDATED, versionString } from './microversion';
import { requireAdmin } from './policy';
import type { CinderContext } from './context';
import type { State } from '../state';
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

/** volume.api.list_availability_zones: a zone is available while any of its cinder-volume services is enabled. */
export function availabilityZones(state: State): unknown {
  const disabled = new Map<string, boolean>();
  for (const s of state.services.values()) {
    if (s.binary !== 'cinder-volume') continue;
    disabled.set(s.zone, (disabled.get(s.zone) ?? true) && s.disabled);
  }
  return { availabilityZoneInfo: [...disabled].map(([zoneName, off]) => ({ zoneName, zoneState: { available: !off } })) };
}

export function getPools(ctx: CinderContext): unknown {
  requireAdmin(ctx, 'scheduler_extension:scheduler_stats:get_pools');
  const state = ctx.world.state;
  const q = ctx.url.searchParams;
  const detail = ['1', 't', 'true', 'on', 'y', 'yes'].includes((q.get('detail') ?? '').toLowerCase());
  const nameFilter = q.get('name');
  const pools = state.backends
    // The scheduler keeps only backends whose cinder-volume is enabled and up.
    .filter((b) => backendActive(state, b, ctx.now) && (nameFilter === null || b.host === nameFilter))
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
