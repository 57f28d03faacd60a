/** One descriptor per op, built with the API's own builders: tests walk CINDER_OPS over it, and tsc fails when an op has none. */
import { backupCalls } from '../api/backups';
import type { CinderOp, RequestDescriptor } from '../api/descriptor';
import { encryptionCalls } from '../api/admin/encryption';
import { manageCalls } from '../api/admin/manage';
import { qosCalls } from '../api/qos-specs';
import { quotaAdminCalls } from '../api/admin/quota-admin';
import { serviceCalls } from '../api/admin/services';
import { snapshotCalls } from '../api/snapshots';
import { serverCalls } from '../api/servers';
import { volumeActionCalls } from '../api/volume-actions';
import { volumeTypeCalls } from '../api/volume-types';
import { volumeCalls } from '../api/volumes';
import { transferCalls } from '../api/volume-transfers';
import { uploadCalls } from '../api/volume-upload';

export const sampleCalls: Record<CinderOp, RequestDescriptor> = {
  'volume.create': volumeActionCalls.create({ size: 1, name: 'db' }),
  'volume.update': volumeCalls.update('v-1', { name: 'db2' }),
  'volume.replaceMetadata': volumeCalls.replaceMetadata('v-1', { a: '1' }),
  'volume.setMetadataKey': volumeCalls.setMetadataKey('v-1', 'a', '2'),
  'volume.deleteMetadataKey': volumeCalls.deleteMetadataKey('v-1', 'a'),
  'volume.delete': volumeActionCalls.remove('v-1'),
  'volume.extend': volumeActionCalls.extend('v-1', 2),
  'volume.retype': volumeActionCalls.retype('v-1', 'gold'),
  'volume.revert': volumeActionCalls.revert('v-1', 's-1'),
  'volume.resetStatus': volumeActionCalls.resetStatus('v-1', { status: 'error' }),
  'volume.forceDelete': volumeActionCalls.forceDelete('v-1'),
  'volume.migrate': volumeActionCalls.migrate('v-1', { host: 'h@b#p', force_host_copy: false, lock_volume: false }),
  'volume.setBootable': volumeActionCalls.setBootable('v-1', true),
  'snapshot.create': snapshotCalls.create({ volume_id: 'v-1', name: 'nightly' }),
  'snapshot.update': snapshotCalls.update('s-1', { name: 'n' }),
  'snapshot.replaceMetadata': snapshotCalls.replaceMetadata('s-1', { a: '1' }),
  'snapshot.delete': snapshotCalls.remove('s-1'),
  'snapshot.resetStatus': snapshotCalls.resetStatus('s-1', 'available'),
  'snapshot.forceDelete': snapshotCalls.forceDelete('s-1'),
  'volumeType.create': volumeTypeCalls.create({ name: 'gold', isPublic: true }),
  'volumeType.update': volumeTypeCalls.update('t-1', { name: 'gold2' }),
  'volumeType.delete': volumeTypeCalls.remove('t-1'),
  'volumeType.setExtraSpecs': volumeTypeCalls.setExtraSpecs('t-1', { k: 'v' }),
  'volumeType.deleteExtraSpec': volumeTypeCalls.deleteExtraSpec('t-1', 'k'),
  'volumeType.addAccess': volumeTypeCalls.addAccess('t-1', 'p-1'),
  'volumeType.removeAccess': volumeTypeCalls.removeAccess('t-1', 'p-1'),
  'qos.create': qosCalls.create({ name: 'fast', specs: { total_iops_sec: '500' } }),
  'qos.setKeys': qosCalls.setKeys('q-1', { a: '1' }),
  'qos.unsetKeys': qosCalls.unsetKeys('q-1', ['a']),
  'qos.delete': qosCalls.remove('q-1'),
  'qos.associate': qosCalls.associate('q-1', 't-1'),
  'qos.disassociate': qosCalls.disassociate('q-1', 't-1'),
  'qos.disassociateAll': qosCalls.disassociateAll('q-1'),
  'transfer.create': transferCalls.create({ volumeId: 'v-1', name: 'to research' }),
  'transfer.accept': transferCalls.accept('t-1', '0123456789abcdef'),
  'transfer.delete': transferCalls.remove('t-1'),
  'volume.uploadImage': uploadCalls.upload('v-1', { imageName: 'img', diskFormat: 'raw', containerFormat: 'bare', visibility: 'private', protected: false, force: false }),
  'volume.setReadonly': volumeActionCalls.setReadonly('v-1', true),
  'encryption.create': encryptionCalls.create('t-1', { provider: 'luks', cipher: 'aes-xts-plain64', keySize: 256, controlLocation: 'front-end' }),
  'encryption.update': encryptionCalls.update('t-1', 'e-1', { provider: 'luks', controlLocation: 'back-end' }),
  'encryption.delete': encryptionCalls.remove('t-1', 'e-1'),
  'manage.volume': manageCalls.manageVolume({ host: 'h@b#p', reference: { 'source-name': 'lv-1' }, name: 'imported', volumeType: 'gold', bootable: true }),
  'manage.snapshot': manageCalls.manageSnapshot({ volumeId: 'v-1', reference: { 'source-name': 'snap-1' }, name: 'imported' }),
  'manage.unmanageVolume': manageCalls.unmanageVolume('v-1'),
  'manage.unmanageSnapshot': manageCalls.unmanageSnapshot('s-1'),
  'service.enable': serviceCalls.enable('h@b', 'cinder-volume'),
  'service.disable': serviceCalls.disable('h@b', 'cinder-volume', 'disk swap'),
  'quotaAdmin.update': quotaAdminCalls.update('p-1', { volumes: 20, gigabytes: -1 }),
  'quotaAdmin.reset': quotaAdminCalls.reset('p-1'),
  'quotaAdmin.updateDefaults': quotaAdminCalls.updateDefaults({ snapshots: 30 }),
  'server.addVolume': serverCalls.addVolume('srv-1', 'v-1', '/dev/vdb'),
  'server.removeVolume': serverCalls.removeVolume('srv-1', 'v-1'),
  'volume.forceDetach': volumeActionCalls.forceDetach('v-1', 'a-1'),
  'backup.create': backupCalls.create({ volume_id: 'v-1', name: 'nightly', incremental: true }),
  'backup.update': backupCalls.update('b-1', { name: 'weekly' }),
  'backup.delete': backupCalls.remove('b-1'),
  'backup.restore': backupCalls.restore('b-1', { volume_id: 'v-2' }),
  'backup.resetStatus': backupCalls.resetStatus('b-1', 'error'),
  'backup.forceDelete': backupCalls.forceDelete('b-1'),
};
