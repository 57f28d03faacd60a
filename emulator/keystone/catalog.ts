/**
 * The service catalog, devstack-style: every URL is built from the origin the request came in on,
 * so the same emulator works behind the Vite proxy, on its own port and inside tests.
 */
import { seedHex } from '../util/ids';

export interface CatalogEndpoint {
  id: string;
  interface: 'public' | 'internal' | 'admin';
  region_id: string;
  url: string;
  region: string;
}

export interface CatalogEntry {
  endpoints: CatalogEndpoint[];
  id: string;
  type: string;
  name: string;
}

export const REGION = 'RegionOne';

function entry(type: string, name: string, url: string): CatalogEntry {
  const interfaces = ['public', 'internal', 'admin'] as const;
  return {
    endpoints: interfaces.map((iface) => ({
      id: seedHex(`endpoint:${name}:${iface}`),
      interface: iface,
      region_id: REGION,
      url,
      region: REGION,
    })),
    id: seedHex(`service:${name}`),
    type,
    name,
  };
}

export function buildCatalog(origin: string, projectId: string): CatalogEntry[] {
  const volumeUrl = `${origin}/volume/v3/${projectId}`;
  return [
    entry('identity', 'keystone', `${origin}/identity`),
    entry('block-storage', 'cinder', volumeUrl),
    entry('volumev3', 'cinderv3', volumeUrl),
    entry('image', 'glance', `${origin}/image`),
    entry('compute', 'nova', `${origin}/compute/v2.1`),
  ];
}
