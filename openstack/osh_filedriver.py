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
        pass

    def terminate_connection_snapshot(self, snapshot, connector, **kwargs):
        pass

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
