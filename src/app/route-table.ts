import type { ComponentType } from 'react';
import { getConfig, type ConsoleConfig } from '../api/config';

/**
 * The feature pages, each loaded on first visit (route-level code splitting). A feature owns its
 * sub-routes (`<Routes>` inside its module). Entries appear in the navigation in this order. No React
 * or antd here: the entry reads this table to draw the first frame and start the page's downloads.
 */
export interface FeatureRoute {
  path: string;
  /** Its entry in the navigation; pages reached from another page (volume transfers, an image) have none. */
  nav?: 'nav.volumes' | 'nav.snapshots' | 'nav.backups' | 'nav.volumeTypes' | 'nav.qosSpecs' | 'nav.storageMap' | 'nav.quotas' | 'nav.services';
  adminOnly: boolean;
  load: () => Promise<{ default: ComponentType }>;
  /** i18n namespaces its first screen shows, fetched with the app's own when the page is opened directly. */
  namespaces: string[];
  /** Offered only while this `features` switch of config.json is on. */
  feature?: keyof ConsoleConfig['features'];
}

/** Whether the cloud's config.json turns the page on (pages without a switch always are). */
export function routeEnabled(route: Pick<FeatureRoute, 'feature'>): boolean {
  return !route.feature || getConfig().features[route.feature];
}

export const featureRoutes: FeatureRoute[] = [
  { path: 'volumes', nav: 'nav.volumes', adminOnly: false, load: () => import('../features/volumes/volumes-routes'), namespaces: ['volumes', 'volume-actions', 'list', 'export'] },
  { path: 'snapshots', nav: 'nav.snapshots', adminOnly: false, load: () => import('../features/snapshots/snapshots-routes'), namespaces: ['snapshots', 'list', 'export'] },
  { path: 'backups', nav: 'nav.backups', adminOnly: false, load: () => import('../features/backups/backups-routes'), namespaces: ['backups', 'list', 'export'], feature: 'backups' },
  { path: 'volume-types', nav: 'nav.volumeTypes', adminOnly: true, load: () => import('../features/volume-types/volume-types-routes'), namespaces: ['volume-types'] },
  { path: 'qos-specs', nav: 'nav.qosSpecs', adminOnly: true, load: () => import('../features/qos-specs/qos-specs-routes'), namespaces: ['qos-specs'] },
  { path: 'storage-map', nav: 'nav.storageMap', adminOnly: true, load: () => import('../features/storage-map/storage-map-routes'), namespaces: ['storage-map'] },
  { path: 'quotas', nav: 'nav.quotas', adminOnly: false, load: () => import('../features/quotas/quotas-routes'), namespaces: ['quotas'] },
  { path: 'services', nav: 'nav.services', adminOnly: true, load: () => import('../features/services/services-routes'), namespaces: ['services'] },
  { path: 'volume-transfers', adminOnly: false, load: () => import('../features/volumes/transfers/transfers-routes'), namespaces: ['transfers', 'volume-actions'] },
  { path: 'images', adminOnly: false, load: () => import('../features/images/images-routes'), namespaces: ['images'] },
];
