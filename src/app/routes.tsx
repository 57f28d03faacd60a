import { ApartmentOutlined, CameraOutlined, DashboardOutlined, DatabaseOutlined, PieChartOutlined, TagsOutlined } from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';

/**
 * The feature pages, each loaded on first visit (route-level code splitting). A feature owns its
 * sub-routes (`<Routes>` inside its module). Entries appear in the navigation in this order.
 */
export interface FeatureRoute {
  path: string;
  nav: 'nav.volumes' | 'nav.snapshots' | 'nav.volumeTypes' | 'nav.qosSpecs' | 'nav.storageMap' | 'nav.quotas';
  icon: ReactNode;
  adminOnly: boolean;
  load: () => Promise<{ default: ComponentType }>;
}

export const featureRoutes: FeatureRoute[] = [
  { path: 'volumes', nav: 'nav.volumes', icon: <DatabaseOutlined />, adminOnly: false, load: () => import('../features/volumes/volumes-routes') },
  { path: 'snapshots', nav: 'nav.snapshots', icon: <CameraOutlined />, adminOnly: false, load: () => import('../features/snapshots/snapshots-routes') },
  { path: 'volume-types', nav: 'nav.volumeTypes', icon: <TagsOutlined />, adminOnly: true, load: () => import('../features/volume-types/volume-types-routes') },
  { path: 'qos-specs', nav: 'nav.qosSpecs', icon: <DashboardOutlined />, adminOnly: true, load: () => import('../features/qos-specs/qos-specs-routes') },
  { path: 'storage-map', nav: 'nav.storageMap', icon: <ApartmentOutlined />, adminOnly: true, load: () => import('../features/storage-map/storage-map-routes') },
  { path: 'quotas', nav: 'nav.quotas', icon: <PieChartOutlined />, adminOnly: false, load: () => import('../features/quotas/quotas-routes') },
];
