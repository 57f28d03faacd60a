"""File-backed Cinder volume driver for Cinder Console's local OpenStack.

TEST HARNESS ONLY. Each volume is a sparse file <osh_file_dir>/volume-<id>,
each snapshot a sparse copy <osh_file_dir>/snapshot-<id>.  Connections are
exported with driver_volume_type 'local' (os-brick LocalConnector), so
cinder's *generic* code paths that copy data between volumes (host-assisted
migration on retype, generic revert, clone) really copy the bytes with dd.

Why it exists: the sandbox kernel has no device-mapper (LVM cannot create
LVs) and no LIO/iSCSI target, and the drivers shipped in python3-cinder that
need neither (cinder/tests/fake_driver.py) return fake iSCSI connection info,
which makes generic volume migration (retype --migration-policy on-demand)
fail.

Creating a volume from a Glance image uses cinder's generic
copy_image_to_volume (download, qemu-img convert onto device_path); the
file is then grown back to the volume size (qemu-img re-creates it).
"""

import math
import os
import subprocess

from oslo_config import cfg
from oslo_log import log as logging
from oslo_utils import units

from cinder import exception
from cinder import interface
from cinder.volume import configuration
from cinder.volume import driver
from cinder.volume import volume_utils

LOG = logging.getLogger(__name__)

osh_opts = [
    cfg.StrOpt('osh_file_dir',
               default='/var/lib/cinder-console-openstack/volumes/default',
               help='Directory holding the sparse files of this backend.'),
    cfg.IntOpt('osh_file_capacity_gb',
               default=1000,
               help='Capacity (GiB) reported to the scheduler.'),
]

CONF = cfg.CONF
CONF.register_opts(osh_opts, group=configuration.SHARED_CONF_GROUP)


@interface.volumedriver
class OshFileDriver(driver.VolumeDriver):
    """Sparse-file volumes; snapshots are sparse copies."""

    VERSION = '1.0.0'
    CI_WIKI_NAME = 'none'

    def __init__(self, *args, **kwargs):
        super(OshFileDriver, self).__init__(*args, **kwargs)
        self.configuration.append_config_values(osh_opts)
        self.backend_name = (
            self.configuration.safe_get('volume_backend_name') or
            'osh_file')
        self.base_dir = self.configuration.osh_file_dir

    # ---- helpers -----------------------------------------------------
    def _vol_path(self, volume):
        return os.path.join(self.base_dir, volume.name)

    def _snap_path(self, snapshot):
        return os.path.join(self.base_dir, snapshot.name)

    @staticmethod
    def _copy(src, dst, size_gb=None):
        tmp = dst + '.part'
        subprocess.check_call(['cp', '--sparse=always', src, tmp])
        if size_gb is not None:
            cur = os.path.getsize(tmp)
            want = int(size_gb) * units.Gi
            if want > cur:
                os.truncate(tmp, want)
        os.replace(tmp, dst)

    # ---- setup -------------------------------------------------------
    def do_setup(self, context):
        os.makedirs(self.base_dir, exist_ok=True)

    def check_for_setup_error(self):
        if not os.access(self.base_dir, os.W_OK):
            raise exception.VolumeBackendAPIException(
                data='osh_file_dir %s is not writable' % self.base_dir)

    # ---- volumes -----------------------------------------------------
    def create_volume(self, volume):
        path = self._vol_path(volume)
        with open(path, 'wb'):
            pass
        os.truncate(path, int(volume.size) * units.Gi)
        LOG.info('osh: created %s (%s GiB)', path, volume.size)

    def delete_volume(self, volume):
        path = self._vol_path(volume)
        if os.path.exists(path):
            os.unlink(path)
        LOG.info('osh: deleted %s', path)

    def extend_volume(self, volume, new_size):
        os.truncate(self._vol_path(volume), int(new_size) * units.Gi)

    def create_cloned_volume(self, volume, src_vref):
        self._copy(self._vol_path(src_vref), self._vol_path(volume),
                   volume.size)

    def create_volume_from_snapshot(self, volume, snapshot):
        self._copy(self._snap_path(snapshot), self._vol_path(volume),
                   volume.size)

    def local_path(self, volume):
        return self._vol_path(volume)

    # ---- images ------------------------------------------------------
    def _restore_size(self, volume):
        # cinder writes an image onto the volume with "qemu-img convert -O
        # raw <tmp> <device_path>"; for a plain file (not a block device)
        # qemu-img re-creates the target with the image's *virtual* size
        # (e.g. 1 MiB), so grow the file back to the volume size.
        path = self._vol_path(volume)
        want = int(volume.size) * units.Gi
        if os.path.exists(path) and os.path.getsize(path) < want:
            os.truncate(path, want)

    @staticmethod
    def _sparsify(path):
        # only for files that are mostly allocated (a restored backup); a
        # normal volume is left alone, at the cost of one stat()
        try:
            st = os.stat(path)
        except OSError:
            return
        if st.st_size and st.st_blocks * 512 * 2 >= st.st_size:
            subprocess.call(['fallocate', '--dig-holes', path])

    def copy_image_to_volume(self, context, volume, image_service, image_id):
        try:
            super(OshFileDriver, self).copy_image_to_volume(
                context, volume, image_service, image_id)
        finally:
            self._restore_size(volume)

    def copy_image_to_encrypted_volume(self, context, volume, image_service,
                                       image_id):
        try:
            super(OshFileDriver, self).copy_image_to_encrypted_volume(
                context, volume, image_service, image_id)
        finally:
            self._restore_size(volume)

    # ---- snapshots ---------------------------------------------------
    def create_snapshot(self, snapshot):
        self._copy(self._vol_path(snapshot.volume), self._snap_path(snapshot))
        try:
            os.setxattr(self._snap_path(snapshot), self.ORIGIN_XATTR,
                        snapshot.volume.name.encode())
        except OSError:   # no user xattrs on this file system: no origin
            pass

    def delete_snapshot(self, snapshot):
        path = self._snap_path(snapshot)
        if os.path.exists(path):
            os.unlink(path)

    def revert_to_snapshot(self, context, volume, snapshot):
        self._copy(self._snap_path(snapshot), self._vol_path(volume),
                   volume.size)

    # ---- exports / connections ----------------------------------------
    def ensure_export(self, context, volume):
        pass

    def create_export(self, context, volume, connector):
        pass

    def remove_export(self, context, volume):
        pass

    def create_export_snapshot(self, context, snapshot, connector):
        pass

    def remove_export_snapshot(self, context, snapshot):
        pass

    def initialize_connection(self, volume, connector, **kwargs):
        return {'driver_volume_type': 'local',
                'data': {'device_path': self._vol_path(volume),
                         'volume_id': volume.id,
                         'access_mode': 'rw'}}

    def initialize_connection_snapshot(self, snapshot, connector, **kwargs):
        return {'driver_volume_type': 'local',
                'data': {'device_path': self._snap_path(snapshot)}}

    def terminate_connection(self, volume, connector, **kwargs):
        # cinder-backup restores by opening device_path with mode 'wb'
        # (backup/manager.py#_run_restore): that truncates the file, then
        # every backed-up chunk, zeros included, is written out.  Give the
        # file its size back and punch the zeros out again, so a restored
        # volume is as large and as sparse as before.
        self._restore_size(volume)
        self._sparsify(self._vol_path(volume))

    def terminate_connection_snapshot(self, snapshot, connector, **kwargs):
        pass

    # ---- manage / unmanage --------------------------------------------
    # A reference is {"source-name": "<file name in osh_file_dir>"}.  Managing
    # renames the file to the volume's (snapshot's) name, as the LVM driver
    # renames the LV; unmanaging leaves the file where it is, under its name,
    # so it shows up again in the manageable list.
    def _ref_path(self, existing_ref, kind):
        name = (existing_ref or {}).get('source-name')
        if not name:
            raise exception.ManageExistingInvalidReference(
                existing_ref=existing_ref,
                reason='Reference must contain source-name element.')
        path = os.path.join(self.base_dir, name)
        if (os.path.basename(name) != name or name.startswith('.') or
                name.endswith('.part') or not os.path.isfile(path)):
            raise exception.ManageExistingInvalidReference(
                existing_ref=existing_ref,
                reason='No %s file %s in %s.' % (kind, name, self.base_dir))
        return name, path

    @staticmethod
    def _size_gb(path):
        return max(1, int(math.ceil(os.path.getsize(path) / float(units.Gi))))

    def _adopt(self, path, new_path):
        # rename, then round the file up to whole GiB (the size Cinder
        # records from manage_existing_get_size)
        want = self._size_gb(path) * units.Gi
        os.rename(path, new_path)
        if os.path.getsize(new_path) < want:
            os.truncate(new_path, want)

    def manage_existing_get_size(self, volume, existing_ref):
        return self._size_gb(self._ref_path(existing_ref, 'volume')[1])

    def manage_existing(self, volume, existing_ref):
        name, path = self._ref_path(existing_ref, 'volume')
        vol_id = volume_utils.extract_id_from_volume_name(name)
        if volume_utils.check_already_managed_volume(vol_id):
            raise exception.ManageExistingAlreadyManaged(volume_ref=name)
        self._adopt(path, self._vol_path(volume))
        LOG.info('osh: managed %s as %s', path, volume.name)

    def unmanage(self, volume):
        LOG.info('osh: unmanaged %s (file kept)', self._vol_path(volume))

    def manage_existing_snapshot_get_size(self, snapshot, existing_ref):
        return self._size_gb(self._ref_path(existing_ref, 'snapshot')[1])

    def manage_existing_snapshot(self, snapshot, existing_ref):
        name, path = self._ref_path(existing_ref, 'snapshot')
        snap_id = volume_utils.extract_id_from_snapshot_name(name)
        if snap_id and snap_id != snapshot.id and self._snapshot_exists(snap_id):
            raise exception.ManageExistingAlreadyManaged(volume_ref=name)
        self._adopt(path, self._snap_path(snapshot))
        LOG.info('osh: managed %s as %s', path, snapshot.name)

    def unmanage_snapshot(self, snapshot):
        LOG.info('osh: unmanaged %s (file kept)', self._snap_path(snapshot))

    @staticmethod
    def _snapshot_exists(snap_id):
        from cinder import context as cinder_context
        from cinder import objects
        try:
            objects.Snapshot.get_by_id(
                cinder_context.get_admin_context(), snap_id)
            return True
        except exception.SnapshotNotFound:
            return False

    def _manageable(self, cinder_resources, kind, marker, limit, offset,
                    sort_keys, sort_dirs):
        managed = {r.id for r in cinder_resources}
        entries = []
        for name in sorted(os.listdir(self.base_dir)):
            path = os.path.join(self.base_dir, name)
            if (name.startswith('.') or name.endswith('.part') or
                    not os.path.isfile(path)):
                continue
            is_snap = volume_utils.extract_id_from_snapshot_name(name)
            if bool(is_snap) != (kind == 'snapshot'):
                continue
            if kind == 'snapshot':
                cinder_id = is_snap
            else:
                cinder_id = volume_utils.extract_id_from_volume_name(name)
            entry = {'reference': {'source-name': name},
                     'size': self._size_gb(path),
                     'cinder_id': None,
                     'extra_info': None,
                     'safe_to_manage': True,
                     'reason_not_safe': None}
            if cinder_id in managed:
                entry.update(safe_to_manage=False, cinder_id=cinder_id,
                             reason_not_safe='already managed')
            if kind == 'snapshot':
                entry['source_reference'] = {
                    'source-name': self._origin_of(path)}
            entries.append(entry)
        return volume_utils.paginate_entries_list(
            entries, marker, limit, offset, sort_keys, sort_dirs)

    def get_manageable_volumes(self, cinder_volumes, marker, limit, offset,
                               sort_keys, sort_dirs):
        return self._manageable(cinder_volumes, 'volume', marker, limit,
                                offset, sort_keys, sort_dirs)

    def get_manageable_snapshots(self, cinder_snapshots, marker, limit,
                                 offset, sort_keys, sort_dirs):
        return self._manageable(cinder_snapshots, 'snapshot', marker, limit,
                                offset, sort_keys, sort_dirs)

    # a snapshot file remembers its volume's file name in an extended
    # attribute (for the manageable list's source_reference)
    ORIGIN_XATTR = 'user.osh.origin'

    def _origin_of(self, path):
        try:
            return os.getxattr(path, self.ORIGIN_XATTR).decode()
        except OSError:
            return None

    # ---- retype / migration ------------------------------------------
    def retype(self, context, volume, new_type, diff, host):
        # Same backend: nothing to move.  Other backend: let the manager do
        # a generic (host-assisted) migration, which copies with dd.
        same = (volume_utils.extract_host(volume.host, 'backend') ==
                volume_utils.extract_host(host['host'], 'backend'))
        return same, None

    def migrate_volume(self, context, volume, host):
        return False, None

    # ---- stats -------------------------------------------------------
    def _provisioned_gb(self):
        total = 0
        try:
            for name in os.listdir(self.base_dir):
                if name.startswith('volume-') and not name.endswith('.part'):
                    total += os.path.getsize(os.path.join(self.base_dir, name))
        except OSError:
            pass
        return total / float(units.Gi)

    def _update_volume_stats(self):
        total = self.configuration.osh_file_capacity_gb
        provisioned = self._provisioned_gb()
        self._stats = {
            'volume_backend_name': self.backend_name,
            'vendor_name': 'cinder-console-openstack',
            'driver_version': self.VERSION,
            'storage_protocol': 'local',
            'total_capacity_gb': total,
            'free_capacity_gb': max(round(total - provisioned, 2), 0),
            'provisioned_capacity_gb': round(provisioned, 2),
            'reserved_percentage': 0,
            'QoS_support': True,
            'thin_provisioning_support': False,
            'thick_provisioning_support': True,
            'multiattach': True,
            'online_extend_support': True,
            'sparse_copy_volume': True,
            'location_info': 'OshFileDriver:%s' % self.base_dir,
        }
