/** Runtime configuration, fetched from /config.json at start-up so one build serves any cloud. */
export interface ConsoleConfig {
  /** Same-origin prefixes the dev proxy / nginx forward to Keystone, Cinder, Glance and (when the catalog has it) Nova. */
  proxy: { identity: string; blockStorage: string; image: string; compute: string };
  /** Domain pre-filled on the login form. */
  defaultDomain: string;
  /** Catalog region to use; empty = the first region that offers the service. */
  region: string;
  /** Microversion pinned for every Cinder call (lowered to the server's max when older). */
  volumeApiVersion: string;
  /** Microversion sent with every Nova call (attach needs 2.60 for multiattach volumes; every Nova since Queens has it). */
  computeApiVersion: string;
  /** Abort any API call after this many milliseconds. */
  requestTimeoutMs: number;
  /** Poll interval while something on screen is transitional. */
  pollIntervalMs: number;
  features: {
    /** Offer the vendor's extra retype fields (qos_bps_limit, force_host_copy, delete_old); upstream Cinder rejects them. */
    vendorRetypeOptions: boolean;
    /** Offer volume backups (nav item, pages, the volume's "Create backup"). Turn off for clouds without cinder-backup: members cannot ask Cinder whether it runs. */
    backups: boolean;
  };
}

export const defaultConfig: ConsoleConfig = {
  proxy: { identity: '/api/identity', blockStorage: '/api/block-storage', image: '/api/image', compute: '/api/compute' },
  defaultDomain: 'Default',
  region: '',
  volumeApiVersion: '3.70',
  computeApiVersion: '2.60',
  requestTimeoutMs: 30_000,
  pollIntervalMs: 2_000,
  features: { vendorRetypeOptions: false, backups: true },
};

let current: ConsoleConfig = defaultConfig;

export function getConfig(): ConsoleConfig {
  return current;
}

export function setConfig(partial: Partial<ConsoleConfig>): ConsoleConfig {
  current = {
    ...defaultConfig,
    ...partial,
    proxy: { ...defaultConfig.proxy, ...partial.proxy },
    features: { ...defaultConfig.features, ...partial.features },
  };
  return current;
}

/** Loads /config.json; a missing or broken file falls back to the defaults rather than a white screen. */
export async function loadConfig(url = '/config.json'): Promise<ConsoleConfig> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return setConfig({});
    return setConfig((await response.json()) as Partial<ConsoleConfig>);
  } catch {
    return setConfig({});
  }
}
