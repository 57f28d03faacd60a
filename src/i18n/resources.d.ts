import type app from '../app/locales/en-US.json';
import type list from '../components/list/locales/en-US.json';
import type volumes from '../features/volumes/locales/en-US.json';
import type snapshots from '../features/snapshots/locales/en-US.json';
import type qosSpecs from '../features/qos-specs/locales/en-US.json';
import type volumeTypes from '../features/volume-types/locales/en-US.json';
import type volumeActions from '../features/volumes/volume-actions/locales/en-US.json';
import type storageMap from '../features/storage-map/locales/en-US.json';
import type quotas from '../features/quotas/locales/en-US.json';
import type cli from '../components/cli/locales/en-US.json';
import type activity from '../features/activity/locales/en-US.json';
import type exportCsv from '../components/export/locales/en-US.json';
import type images from '../features/images/locales/en-US.json';
import type transfers from '../features/volumes/volume-actions/transfers/locales/en-US.json';
import type upload from '../features/volumes/volume-actions/upload/locales/en-US.json';
import type services from '../features/services/locales/en-US.json';
import type quotaAdmin from '../features/quotas/quota-admin/locales/en-US.json';
import type volumeManage from '../features/volumes/volume-actions/volume-manage/locales/en-US.json';
import type backups from '../features/backups/locales/en-US.json';
import type quotaLine from '../components/quota-line/locales/en-US.json';

/**
 * Typed keys: t('missing.key') is a type error. Each feature adds its namespace here
 * (the en-US file is the source of truth; a test holds zh-CN to the same keys).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: typeof app;
      list: typeof list;
      volumes: typeof volumes;
      snapshots: typeof snapshots;
      'qos-specs': typeof qosSpecs;
      'volume-types': typeof volumeTypes;
      'volume-actions': typeof volumeActions;
      'storage-map': typeof storageMap;
      quotas: typeof quotas;
      cli: typeof cli;
      activity: typeof activity;
      export: typeof exportCsv;
      images: typeof images;
      transfers: typeof transfers;
      upload: typeof upload;
      services: typeof services;
      'quota-admin': typeof quotaAdmin;
      'volume-manage': typeof volumeManage;
      backups: typeof backups;
      'quota-line': typeof quotaLine;
    };
  }
}
