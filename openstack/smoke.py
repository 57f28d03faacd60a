#!/usr/bin/python3
"""Smoke checks of what up.sh adds: backups, Nova attach/detach, encrypted
volumes, manage/unmanage.  Run as root on the machine of the cloud (it looks
at the volume files to prove that bytes were copied):

    sudo /usr/bin/python3 openstack/smoke.py [backup] [nova] [encryption] [manage]

Creates its own resources (names start with "osh-smoke-") and deletes them;
the quota check uses a throw-away project.  Prints each step with its time and
exits non-zero at the first unexpected answer.
"""

import os
import sys
import time
import uuid

from keystoneauth1 import session
from keystoneauth1.identity import v3

OSH_HOME = os.environ.get('OSH_HOME', '/var/lib/cinder-console-openstack')
KS = 'http://127.0.0.1:5000/v3'
CINDER = 'http://127.0.0.1:8776/v3'
NOVA = 'http://127.0.0.1:8774/v2.1'
VOLMV = {'OpenStack-API-Version': 'volume 3.70'}
GiB = 1024 ** 3
T0 = time.time()
TAG = 'osh-smoke-%s' % uuid.uuid4().hex[:6]


def step(msg):
    print('[smoke %5.1fs] %s' % (time.time() - T0, msg), flush=True)


def fail(msg):
    step('FAIL: ' + msg)
    sys.exit(1)


def rc_password(name):
    for line in open(os.path.join(OSH_HOME, name + 'rc')):
        if line.startswith('export OS_PASSWORD='):
            return line.split('=', 1)[1].strip()


def login(user, password, project):
    return session.Session(auth=v3.Password(
        auth_url=KS, username=user, password=password, project_name=project,
        user_domain_id='default', project_domain_id='default'))


class Cinder:
    def __init__(self, sess):
        self.s = sess
        self.base = '%s/%s' % (CINDER, sess.get_project_id())

    def req(self, method, path, expect=(200, 202), **kw):
        r = self.s.request(self.base + path, method, headers=VOLMV,
                           raise_exc=False, **kw)
        if r.status_code not in expect:
            fail('%s %s -> %s %s' % (method, path, r.status_code, r.text))
        return r.json() if r.content else {}

    def wait(self, kind, rid, want, timeout=600, gone=False):
        """Poll /{kind}s/{id} until status is in want (or 404 if gone);
        return the statuses seen in order."""
        seen, t = [], time.time()
        while time.time() - t < timeout:
            r = self.s.get('%s/%ss/%s' % (self.base, kind, rid), headers=VOLMV,
                           raise_exc=False)
            if r.status_code == 404 and gone:
                return seen + ['(gone)']
            st = r.json()[kind]['status']
            if not seen or seen[-1] != st:
                seen.append(st)
            if st in want:
                return seen
            if st.startswith('error') and not any(w.startswith('error') for w in want):
                fail('%s %s went %s: %s' % (kind, rid, st, r.json()[kind]))
            time.sleep(0.5)
        fail('%s %s: timeout, statuses %s' % (kind, rid, seen))

    def volume(self, name, size=1, vtype='hdd', **extra):
        body = {'name': name, 'size': size, 'volume_type': vtype}
        body.update(extra)
        v = self.req('POST', '/volumes', json={'volume': body})['volume']
        self.wait('volume', v['id'], ('available',))
        return self.req('GET', '/volumes/' + v['id'])['volume']

    def delete_volume(self, vid):
        self.req('DELETE', '/volumes/' + vid, expect=(202, 404))
        self.wait('volume', vid, (), gone=True)


def vol_file(volume):
    backend = volume['os-vol-host-attr:host'].split('@')[1].split('#')[0] \
        if 'os-vol-host-attr:host' in volume else None
    for b in ([backend] if backend else ['hdd', 'ssd']):
        p = os.path.join(OSH_HOME, 'volumes', b, 'volume-' + volume['id'])
        if os.path.exists(p):
            return p
    fail('no file for volume %s' % volume['id'])


def poke(path, offset, data):
    with open(path, 'r+b') as f:
        f.seek(offset)
        f.write(data)


def peek(path, offset, n):
    with open(path, 'rb') as f:
        f.seek(offset)
        return f.read(n)


# ---------------------------------------------------------------- backups
def smoke_backup(admin, demo):
    c = Cinder(demo)
    a = Cinder(admin)
    step('backup: volume %s-src (1 GiB, hdd)' % TAG)
    src = c.volume(TAG + '-src')
    path = vol_file(a.req('GET', '/volumes/' + src['id'])['volume'])
    poke(path, 4096, b'OSH-FULL')
    t = time.time()
    b1 = c.req('POST', '/backups', json={'backup': {
        'volume_id': src['id'], 'name': TAG + '-full'}})['backup']
    seen = c.wait('backup', b1['id'], ('available',))
    vst = c.req('GET', '/volumes/' + src['id'])['volume']['status']
    step('backup: full backup %s in %.1fs (volume back to %s)' % (
        ' -> '.join(seen), time.time() - t, vst))

    poke(path, 512 * 1024 * 1024, b'OSH-INCR')
    t = time.time()
    b2 = c.req('POST', '/backups', json={'backup': {
        'volume_id': src['id'], 'name': TAG + '-incr', 'incremental': True}})['backup']
    seen = c.wait('backup', b2['id'], ('available',))
    b2 = c.req('GET', '/backups/' + b2['id'])['backup']
    b1 = c.req('GET', '/backups/' + b1['id'])['backup']
    if not b2['is_incremental'] or not b1['has_dependent_backups']:
        fail('incremental flags: %s %s' % (b2['is_incremental'], b1['has_dependent_backups']))
    step('backup: incremental %s in %.1fs (is_incremental, parent has_dependent_backups)'
         % (' -> '.join(seen), time.time() - t))

    t = time.time()
    res = c.req('POST', '/backups/%s/restore' % b2['id'],
                json={'restore': {'name': TAG + '-restored'}})['restore']
    nv = res['volume_id']
    seen_b = c.wait('backup', b2['id'], ('available',))
    seen_v = c.wait('volume', nv, ('available',))
    npath = vol_file(a.req('GET', '/volumes/' + nv)['volume'])
    got = (peek(npath, 4096, 8), peek(npath, 512 * 1024 * 1024, 8))
    if got != (b'OSH-FULL', b'OSH-INCR') or os.path.getsize(npath) != GiB:
        fail('restored bytes/size: %s %s' % (got, os.path.getsize(npath)))
    step('backup: restore to a new volume in %.1fs: backup %s, volume %s; '
         'bytes of full + incremental there, %d KiB allocated of 1 GiB'
         % (time.time() - t, ' -> '.join(seen_b), ' -> '.join(seen_v),
            os.stat(npath).st_blocks // 2))

    big = c.volume(TAG + '-target', size=2)
    t = time.time()
    c.req('POST', '/backups/%s/restore' % b1['id'],
          json={'restore': {'volume_id': big['id']}})
    seen_v = c.wait('volume', big['id'], ('available',), timeout=900)
    c.wait('backup', b1['id'], ('available',))
    bpath = vol_file(a.req('GET', '/volumes/' + big['id'])['volume'])
    got = (peek(bpath, 4096, 8), peek(bpath, 512 * 1024 * 1024, 8))
    meta = c.req('GET', '/volumes/' + big['id'])['volume']['metadata']
    if got != (b'OSH-FULL', b'\0' * 8) or os.path.getsize(bpath) != 2 * GiB:
        fail('restore onto 2 GiB volume: %s size %s' % (got, os.path.getsize(bpath)))
    step('backup: restore full onto an existing 2 GiB volume in %.1fs: volume %s, '
         'size kept, metadata %s' % (time.time() - t, ' -> '.join(seen_v), meta))

    r = c.s.delete(c.base + '/backups/' + b1['id'], headers=VOLMV, raise_exc=False)
    step('backup: delete the full backup while the incremental exists -> %s %s'
         % (r.status_code, r.text))
    if r.status_code != 400:
        fail('expected 400')
    for b in (b2, b1):
        t = time.time()
        c.req('DELETE', '/backups/' + b['id'])
        seen = c.wait('backup', b['id'], (), gone=True)
        step('backup: delete %s: %s in %.1fs' % (b['name'], ' -> '.join(seen), time.time() - t))
    for v in (nv, big['id'], src['id']):
        c.delete_volume(v)
    smoke_backup_quota(admin)


def smoke_backup_quota(admin):
    """backups / backup_gigabytes quota in a throw-away project"""
    K = KS
    pw = uuid.uuid4().hex
    proj = admin.post(K + '/projects', json={'project': {
        'name': TAG + '-quota', 'domain_id': 'default'}}).json()['project']
    usr = admin.post(K + '/users', json={'user': {
        'name': TAG + '-quota', 'password': pw, 'domain_id': 'default'}}).json()['user']
    member = admin.get(K + '/roles', params={'name': 'member'}).json()['roles'][0]
    admin.put(K + '/projects/%s/users/%s/roles/%s' % (proj['id'], usr['id'], member['id']))
    a = Cinder(admin)
    try:
        a.req('PUT', '/os-quota-sets/' + proj['id'], json={'quota_set': {
            'backups': 1, 'backup_gigabytes': 5}})
        c = Cinder(login(TAG + '-quota', pw, TAG + '-quota'))
        v = c.volume(TAG + '-q')
        b = c.req('POST', '/backups', json={'backup': {'volume_id': v['id']}})['backup']
        c.wait('backup', b['id'], ('available',))
        q = c.req('GET', '/os-quota-sets/%s?usage=True' % proj['id'])['quota_set']
        step('backup quota: usage backups %s, backup_gigabytes %s' % (
            q['backups'], q['backup_gigabytes']))
        r = c.s.post(c.base + '/backups', headers=VOLMV, raise_exc=False,
                     json={'backup': {'volume_id': v['id']}})
        step('backup quota: second backup with backups=1 -> %s %s' % (r.status_code, r.text))
        if r.status_code != 413:
            fail('expected 413')
        c.req('DELETE', '/backups/' + b['id'])
        c.wait('backup', b['id'], (), gone=True)
        c.delete_volume(v['id'])
    finally:
        a.s.delete('%s/os-quota-sets/%s' % (a.base, proj['id']), headers=VOLMV,
                   raise_exc=False)
        admin.delete(K + '/users/' + usr['id'], raise_exc=False)
        admin.delete(K + '/projects/' + proj['id'], raise_exc=False)


# ---------------------------------------------------------------- nova
class Nova:
    H = {'OpenStack-API-Version': 'compute 2.79'}

    def __init__(self, sess):
        self.s = sess

    def req(self, method, path, expect=(200, 202, 204), **kw):
        r = self.s.request(NOVA + path, method, headers=self.H,
                           raise_exc=False, **kw)
        if r.status_code not in expect:
            fail('nova %s %s -> %s %s' % (method, path, r.status_code, r.text))
        return r.json() if r.content else {}

    def wait_server(self, sid, want, timeout=300, gone=False):
        seen, t = [], time.time()
        while time.time() - t < timeout:
            r = self.s.get(NOVA + '/servers/' + sid, headers=self.H, raise_exc=False)
            if r.status_code == 404 and gone:
                return seen + ['(gone)']
            sv = r.json()['server']
            st = '%s/%s' % (sv['status'], sv.get('OS-EXT-STS:task_state'))
            if not seen or seen[-1] != st:
                seen.append(st)
            if sv['status'] in want:
                return seen
            if sv['status'] == 'ERROR':
                fail('server %s ERROR: %s' % (sid, sv.get('fault')))
            time.sleep(0.5)
        fail('server %s: timeout, statuses %s' % (sid, seen))


def smoke_nova(admin, demo):
    c, n = Cinder(demo), Nova(demo)
    flavor = [f for f in n.req('GET', '/flavors')['flavors'] if f['name'] == 'osh.tiny'][0]
    image = '00143814-bb2a-5a5c-93ba-e217162cb7dd'
    t = time.time()
    sv = n.req('POST', '/servers', json={'server': {
        'name': TAG + '-vm', 'flavorRef': flavor['id'], 'imageRef': image,
        'networks': 'none'}})['server']
    seen = n.wait_server(sv['id'], ('ACTIVE',))
    step('nova: boot %s (networks none, 2.37+) %s in %.1fs' % (
        TAG + '-vm', ' -> '.join(seen), time.time() - t))
    vol = c.volume(TAG + '-att')

    t = time.time()
    att = n.req('POST', '/servers/%s/os-volume_attachments' % sv['id'], json={
        'volumeAttachment': {'volumeId': vol['id']}})['volumeAttachment']
    seen = c.wait('volume', vol['id'], ('in-use',))
    v = c.req('GET', '/volumes/' + vol['id'])['volume']
    atts = c.req('GET', '/attachments?volume_id=' + vol['id'])['attachments']
    step('nova: attach -> %s (device %s) in %.1fs: volume %s; volume.attachments %s; '
         'GET /attachments: %s' % (att['device'], att['device'], time.time() - t,
                                   ' -> '.join(seen),
                                   [(a['server_id'], a['device']) for a in v['attachments']],
                                   [(a['status'], a['instance']) for a in atts]))
    listed = n.req('GET', '/servers/%s/os-volume_attachments' % sv['id'])['volumeAttachments']
    step('nova: GET os-volume_attachments: %s' % [(a['volumeId'], a['device']) for a in listed])

    r = c.s.post(c.base + '/volumes/%s/action' % vol['id'], headers=VOLMV,
                 raise_exc=False, json={'os-detach': {'attachment_id': atts[0]['id']}})
    step('nova: Cinder-only os-detach by the user while the server uses it -> %s %s'
         % (r.status_code, r.text))
    r = c.s.delete(c.base + '/attachments/' + atts[0]['id'], headers=VOLMV, raise_exc=False)
    step('nova: Cinder-only DELETE /attachments/{id} by the user -> %s %s'
         % (r.status_code, r.text))

    r = c.s.post(c.base + '/backups', headers=VOLMV, raise_exc=False,
                 json={'backup': {'volume_id': vol['id']}})
    step('nova: backup of the in-use volume without force -> %s %s' % (r.status_code, r.text))
    t = time.time()
    b = c.req('POST', '/backups', json={'backup': {
        'volume_id': vol['id'], 'force': True, 'name': TAG + '-inuse'}})['backup']
    vseen = c.wait('volume', vol['id'], ('backing-up',), timeout=60)
    seen = c.wait('backup', b['id'], ('available',))
    vseen += c.wait('volume', vol['id'], ('in-use',))[-1:]
    step('nova: forced backup of the in-use volume: %s in %.1fs, volume %s' % (
        ' -> '.join(seen), time.time() - t, ' -> '.join(vseen)))
    c.req('DELETE', '/backups/' + b['id'])
    c.wait('backup', b['id'], (), gone=True)

    t = time.time()
    c.req('POST', '/volumes/%s/action' % vol['id'], json={'os-extend': {'new_size': 2}})
    seen = c.wait('volume', vol['id'], ('in-use',))
    time.sleep(3)
    msgs = [m['user_message'] for m in c.req('GET', '/messages')['messages']
            if m['resource_uuid'] == vol['id']]
    step('nova: extend in-use volume to 2 GiB: %s in %.1fs, size %s, user messages %s' % (
        ' -> '.join(seen), time.time() - t,
        c.req('GET', '/volumes/' + vol['id'])['volume']['size'], msgs))

    t = time.time()
    n.req('DELETE', '/servers/%s/os-volume_attachments/%s' % (sv['id'], vol['id']))
    seen = c.wait('volume', vol['id'], ('available',))
    atts = c.req('GET', '/attachments?volume_id=' + vol['id'])['attachments']
    step('nova: detach: volume %s in %.1fs; attachments left %s' % (
        ' -> '.join(seen), time.time() - t, atts))

    # a server deleted with a volume attached: Nova detaches it
    n.req('POST', '/servers/%s/os-volume_attachments' % sv['id'], json={
        'volumeAttachment': {'volumeId': vol['id']}})
    c.wait('volume', vol['id'], ('in-use',))
    t = time.time()
    n.req('DELETE', '/servers/' + sv['id'])
    seen = n.wait_server(sv['id'], (), gone=True)
    vseen = c.wait('volume', vol['id'], ('available',))
    step('nova: delete the server with the volume attached: server %s, volume %s, %.1fs' % (
        ' -> '.join(seen), ' -> '.join(vseen), time.time() - t))
    c.delete_volume(vol['id'])


def smoke_multiattach(admin, demo):
    """a multiattach volume on two servers (compute >= 2.60)"""
    a, c, n = Cinder(admin), Cinder(demo), Nova(demo)
    vt = a.req('POST', '/types', json={'volume_type': {
        'name': TAG + '-multi', 'extra_specs': {
            'multiattach': '<is> True', 'volume_backend_name': 'hdd'}}})['volume_type']
    flavor = [f for f in n.req('GET', '/flavors')['flavors'] if f['name'] == 'osh.tiny'][0]
    servers = [n.req('POST', '/servers', json={'server': {
        'name': '%s-vm%d' % (TAG, i), 'flavorRef': flavor['id'], 'networks': 'none',
        'imageRef': '00143814-bb2a-5a5c-93ba-e217162cb7dd'}})['server'] for i in (1, 2)]
    for sv in servers:
        n.wait_server(sv['id'], ('ACTIVE',))
    vol = c.volume(TAG + '-multi', vtype=vt['name'])
    for sv in servers:
        n.req('POST', '/servers/%s/os-volume_attachments' % sv['id'], json={
            'volumeAttachment': {'volumeId': vol['id']}})
        c.wait('volume', vol['id'], ('in-use',))
        time.sleep(2)   # the second attach: wait until the first one is complete
    v = c.req('GET', '/volumes/' + vol['id'])['volume']
    step('multiattach: volume multiattach=%s on %s' % (
        v['multiattach'], [(x['server_id'], x['device']) for x in v['attachments']]))
    if len(v['attachments']) != 2:
        fail('expected two attachments')
    n.req('DELETE', '/servers/%s/os-volume_attachments/%s' % (servers[0]['id'], vol['id']))
    seen = c.wait('volume', vol['id'], ('in-use',))
    time.sleep(3)
    v = c.req('GET', '/volumes/' + vol['id'])['volume']
    step('multiattach: detach from one server: volume %s, attachments left %d' % (
        v['status'], len(v['attachments'])))
    for sv in servers:
        n.req('DELETE', '/servers/' + sv['id'])
        n.wait_server(sv['id'], (), gone=True)
    c.wait('volume', vol['id'], ('available',))
    c.delete_volume(vol['id'])
    a.req('DELETE', '/types/' + vt['id'])
    step('multiattach: servers deleted, volume available again, cleaned up')


# ---------------------------------------------------------------- encryption
def smoke_encryption(admin, demo):
    a, c = Cinder(admin), Cinder(demo)
    vt = a.req('POST', '/types', json={'volume_type': {
        'name': TAG + '-luks', 'extra_specs': {'volume_backend_name': 'hdd'}}})['volume_type']
    enc = a.req('POST', '/types/%s/encryption' % vt['id'], json={'encryption': {
        'provider': 'luks', 'cipher': 'aes-xts-plain64', 'key_size': 256,
        'control_location': 'front-end'}})['encryption']
    step('encryption: type %s with %s' % (vt['name'], enc))
    try:
        t = time.time()
        vol = c.volume(TAG + '-enc', vtype=vt['name'])
        step('encryption: blank volume -> available in %.1fs, encrypted=%s' % (
            time.time() - t, vol['encrypted']))
        meta = c.req('GET', '/volumes/%s/encryption' % vol['id'])
        step('encryption: GET /volumes/{id}/encryption -> %s' % meta)
        r = a.s.put('%s/types/%s/encryption/%s' % (a.base, vt['id'], enc['encryption_id']),
                    headers=VOLMV, raise_exc=False, json={'encryption': {'key_size': 128}})
        step('encryption: update the spec while a volume uses the type -> %s %s'
             % (r.status_code, r.text))
        r = a.s.delete('%s/types/%s/encryption/%s' % (a.base, vt['id'], enc['encryption_id']),
                       headers=VOLMV, raise_exc=False)
        step('encryption: delete the spec while a volume uses the type -> %s %s'
             % (r.status_code, r.text))
        t = time.time()
        snap = c.req('POST', '/snapshots', json={'snapshot': {
            'volume_id': vol['id'], 'name': TAG + '-encsnap'}})['snapshot']
        c.wait('snapshot', snap['id'], ('available',))
        clone = c.volume(TAG + '-encclone', vtype=vt['name'], snapshot_id=snap['id'])
        step('encryption: snapshot + volume from it -> %s (encrypted=%s) in %.1fs' % (
            clone['status'], clone['encrypted'], time.time() - t))
        r = c.s.post(c.base + '/volumes', headers=VOLMV, raise_exc=False, json={'volume': {
            'name': TAG + '-encimg', 'size': 1, 'volume_type': vt['name'],
            'imageRef': '00143814-bb2a-5a5c-93ba-e217162cb7dd'}})
        img = r.json()['volume']
        seen = c.wait('volume', img['id'], ('available', 'error'))
        msgs = [m['user_message'] for m in c.req('GET', '/messages')['messages']
                if m['resource_uuid'] == img['id']]
        step('encryption: volume from image on the encrypted type -> %s; messages %s'
             % (' -> '.join(seen), msgs))
        for v in (img['id'], clone['id']):
            c.delete_volume(v)
        c.req('DELETE', '/snapshots/' + snap['id'])
        c.wait('snapshot', snap['id'], (), gone=True)
        c.delete_volume(vol['id'])
    finally:
        a.s.delete('%s/types/%s/encryption/%s' % (a.base, vt['id'], enc['encryption_id']),
                   headers=VOLMV, raise_exc=False)
        a.s.delete('%s/types/%s' % (a.base, vt['id']), headers=VOLMV, raise_exc=False)
    step('encryption: cleaned up')


# ---------------------------------------------------------------- manage
def smoke_manage(admin, demo):
    a = Cinder(admin)
    host, pool = 'osh@hdd', 'osh@hdd#hdd'
    vdir = os.path.join(OSH_HOME, 'volumes', 'hdd')

    def manageable(kind):
        return {e['reference']['source-name']: e for e in a.req(
            'GET', '/manageable_%ss/detail?host=%s' % (kind, host))['manageable-%ss' % kind]}

    vol = a.volume(TAG + '-m')
    path = vol_file(vol)
    poke(path, 4096, b'OSH-MANAGE')
    e = manageable('volume')[os.path.basename(path)]
    step('manage: a Cinder volume in GET /manageable_volumes/detail: safe_to_manage=%s '
         'reason_not_safe=%r cinder_id=%s size=%s' % (
             e['safe_to_manage'], e['reason_not_safe'], e['cinder_id'], e['size']))
    t = time.time()
    a.req('POST', '/volumes/%s/action' % vol['id'], json={'os-unmanage': None})
    seen = a.wait('volume', vol['id'], (), gone=True)
    e = manageable('volume')[os.path.basename(path)]
    step('manage: os-unmanage: %s in %.1fs; file kept; now safe_to_manage=%s' % (
        ' -> '.join(seen), time.time() - t, e['safe_to_manage']))

    t = time.time()
    m = a.req('POST', '/manageable_volumes', json={'volume': {
        'host': pool, 'ref': {'source-name': os.path.basename(path)},
        'name': TAG + '-managed', 'volume_type': 'hdd'}})['volume']
    seen = a.wait('volume', m['id'], ('available',))
    m = a.req('GET', '/volumes/' + m['id'])['volume']
    mpath = vol_file(m)
    if peek(mpath, 4096, 10) != b'OSH-MANAGE' or os.path.exists(path):
        fail('managed volume lost its data or the old file stayed')
    step('manage: POST /manageable_volumes: %s in %.1fs, size %s, file renamed to %s, data kept'
         % (' -> '.join(seen), time.time() - t, m['size'], os.path.basename(mpath)))

    raw = os.path.join(vdir, TAG + '.img')
    with open(raw, 'wb') as f:
        f.truncate(GiB + GiB // 2)
    e = manageable('volume')[os.path.basename(raw)]
    r2 = a.req('POST', '/manageable_volumes', json={'volume': {
        'host': pool, 'ref': {'source-name': os.path.basename(raw)},
        'name': TAG + '-raw'}})['volume']
    a.wait('volume', r2['id'], ('available',))
    r2 = a.req('GET', '/volumes/' + r2['id'])['volume']
    step('manage: a hand-made 1.5 GiB file: listed size %s, managed as %s GiB (file %s bytes)'
         % (e['size'], r2['size'], os.path.getsize(vol_file(r2))))

    bad = a.req('POST', '/manageable_volumes', json={'volume': {
        'host': pool, 'ref': {'source-name': 'no-such-file'}, 'name': TAG + '-bad'}})['volume']
    seen = a.wait('volume', bad['id'], ('error', 'error_managing'))
    step('manage: a reference to no file: %s' % ' -> '.join(seen))

    snap = a.req('POST', '/snapshots', json={'snapshot': {
        'volume_id': m['id'], 'name': TAG + '-snap'}})['snapshot']
    a.wait('snapshot', snap['id'], ('available',))
    sname = 'snapshot-' + snap['id']
    e = manageable('snapshot')[sname]
    step('manage: GET /manageable_snapshots/detail: %s safe_to_manage=%s reason=%r '
         'source_reference=%s' % (sname, e['safe_to_manage'], e['reason_not_safe'],
                                  e['source_reference']))
    a.req('POST', '/snapshots/%s/action' % snap['id'], json={'os-unmanage': None})
    seen = a.wait('snapshot', snap['id'], (), gone=True)
    e = manageable('snapshot')[sname]
    step('manage: snapshot os-unmanage: %s; now safe_to_manage=%s' % (
        ' -> '.join(seen), e['safe_to_manage']))
    ms = a.req('POST', '/manageable_snapshots', json={'snapshot': {
        'volume_id': m['id'], 'ref': {'source-name': sname},
        'name': TAG + '-snap-managed'}})['snapshot']
    seen = a.wait('snapshot', ms['id'], ('available',))
    step('manage: POST /manageable_snapshots: %s, size %s' % (
        ' -> '.join(seen), a.req('GET', '/snapshots/' + ms['id'])['snapshot']['size']))

    a.req('DELETE', '/snapshots/' + ms['id'])
    a.wait('snapshot', ms['id'], (), gone=True)
    for v in (m['id'], r2['id'], bad['id']):
        a.delete_volume(v)
    step('manage: cleaned up')


def main(argv):
    parts = argv or ['backup']
    admin = login('admin', rc_password('admin'), 'admin')
    demo = login('demo', rc_password('demo'), 'demo')
    for p in parts:
        globals()['smoke_' + p](admin, demo)
    step('ok: %s' % ' '.join(parts))


if __name__ == '__main__':
    main(sys.argv[1:])
