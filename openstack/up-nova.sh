# up-nova.sh - sourced by up.sh (not run on its own): Placement + Nova with
# the fake virt driver, cells v2 (cell0 + cell1 in MariaDB), no Neutron.
# Uses up.sh's variables and helpers (start, alive, wait_for, log, die, ...).
#
# Servers are booted with "networks": "none" (compute API >= 2.37); the fake
# driver keeps them in memory and "attaches" a volume by remembering its
# connection info, while Nova really drives Cinder's attachment API
# (reserve -> attachment update with a connector -> complete / delete), so
# volumes really go attaching -> in-use -> detaching -> available.

NOVA_FLAVOR=osh.tiny

nova_databases_sql() {
    cat <<EOF
CREATE DATABASE IF NOT EXISTS nova_api;
CREATE DATABASE IF NOT EXISTS nova;
CREATE DATABASE IF NOT EXISTS nova_cell0;
CREATE DATABASE IF NOT EXISTS placement;
CREATE USER IF NOT EXISTS 'nova'@'localhost' IDENTIFIED BY '$NOVA_DB_PASS';
CREATE USER IF NOT EXISTS 'placement'@'localhost' IDENTIFIED BY '$PL_DB_PASS';
GRANT ALL PRIVILEGES ON nova_api.* TO 'nova'@'localhost';
GRANT ALL PRIVILEGES ON nova.* TO 'nova'@'localhost';
GRANT ALL PRIVILEGES ON nova_cell0.* TO 'nova'@'localhost';
GRANT ALL PRIVILEGES ON placement.* TO 'placement'@'localhost';
FLUSH PRIVILEGES;
EOF
}

# [section] with a service user's password auth (keystoneauth options)
ks_auth() {  # ks_auth USER PASSWORD
    cat <<EOF
auth_type = password
auth_url = $KS_URL
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $2
EOF
}

# uwsgi settings shared by placement-api and nova-api (same reasons as
# keystone's and cinder-api's in up.sh)
uwsgi_common() {  # uwsgi_common PROCESSES THREADS
    cat <<EOF
plugins = python3
master = true
processes = $1
threads = $2
enable-threads = true
lazy-apps = true
die-on-term = true
buffer-size = 65535
wsgi-manage-chunked-input = true
add-header = Connection: close
worker-reload-mercy = 5
reload-mercy = 5
skip-atexit = true
skip-atexit-teardown = true
EOF
}

# ---------------------------------------------------------------- placement
start_placement() {
    mkdir -p "$ETC/placement" "$OSH_HOME/placement"
    cat >"$ETC/placement/placement.conf" <<EOF
[DEFAULT]
log_file = $LOG/placement-api.log
use_stderr = false
debug = false

[api]
auth_strategy = keystone

[placement_database]
connection = mysql+pymysql://placement:$PL_DB_PASS@localhost/placement?unix_socket=$MYSOCK&charset=utf8

[keystone_authtoken]
www_authenticate_uri = $KS_URL
$(ks_auth placement "$PLACEMENT_SVC_PASS")
EOF
    chmod 640 "$ETC/placement/placement.conf"
    cat >"$ETC/placement/uwsgi.ini" <<EOF
[uwsgi]
http-socket = 127.0.0.1:8778
wsgi-file = /usr/bin/placement-api
env = OS_PLACEMENT_CONFIG_DIR=$ETC/placement
chdir = $OSH_HOME/placement
$(uwsgi_common 1 4)
EOF
    local st
    st=$(stamp placement-common)
    if ! done_before placement-db "$st"; then
        log "placement db sync"
        placement-manage --config-file "$ETC/placement/placement.conf" db sync \
            >>"$LOG/placement-manage.out" 2>&1 ||
            die "placement-manage db sync failed, see $LOG/placement-manage.out"
        mark_done placement-db "$st"
    fi
    if ! alive placement-api && port_busy 8778; then
        die "port 8778 is taken by a process not started by up.sh"
    fi
    start placement-api "$ETC/placement/uwsgi.ini" "$ETC/placement/uwsgi.ini:$ETC/placement/placement.conf" \
        /usr/bin/uwsgi --ini "$ETC/placement/uwsgi.ini"
    wait_for "placement-api" 90 curl -sf "$PLACEMENT_URL/"
}

# ---------------------------------------------------------------- nova
write_nova_conf() {
    mkdir -p "$ETC/nova" "$OSH_HOME"/nova/{state,instances,lock}
    cat >"$ETC/nova/nova.conf" <<EOF
[DEFAULT]
host = osh
my_ip = 127.0.0.1
state_path = $OSH_HOME/nova/state
instances_path = $OSH_HOME/nova/instances
transport_url = rabbit://guest:guest@127.0.0.1:5672/
compute_driver = fake.FakeDriver
use_stderr = false
debug = false
# the fake driver forgets its servers when nova-compute restarts: do not let
# the power-state sync turn them SHUTOFF afterwards
sync_power_state_interval = -1
# no Neutron: nothing to heal (the stub below answers with no ports anyway)
heal_instance_info_cache_interval = -1

[api]
auth_strategy = keystone

[wsgi]
api_paste_config = $ETC/nova/api-paste.ini

[api_database]
connection = mysql+pymysql://nova:$NOVA_DB_PASS@localhost/nova_api?unix_socket=$MYSOCK&charset=utf8

# cell1's database (cell0's is mapped by nova-manage cell_v2 map_cell0)
[database]
connection = mysql+pymysql://nova:$NOVA_DB_PASS@localhost/nova?unix_socket=$MYSOCK&charset=utf8

[keystone_authtoken]
www_authenticate_uri = $KS_URL
$(ks_auth nova "$NOVA_SVC_PASS")

[placement]
region_name = RegionOne
valid_interfaces = public
$(ks_auth nova "$NOVA_SVC_PASS")

# Nova -> Cinder: the volumev3 endpoint of the catalog (the default
# catalog_info); the user's token for attach/detach, this account for the
# admin calls Nova makes on its own (e.g. cleaning up attachments)
[cinder]
os_region_name = RegionOne
catalog_info = volumev3::publicURL
$(ks_auth nova "$NOVA_SVC_PASS")

# Nova adds a service token (user nova, role service) to its calls: Cinder
# then lets it delete an attachment that a server uses (a user alone gets 409)
[service_user]
send_service_user_token = true
$(ks_auth nova "$NOVA_SVC_PASS")

# No Neutron: servers use "networks": "none".  Deleting a server still lists
# its ports; osh_neutron_stub.py answers "none" (not in the catalog).
[neutron]
endpoint_override = http://127.0.0.1:$NEUTRON_STUB_PORT
region_name = RegionOne
$(ks_auth nova "$NOVA_SVC_PASS")

[glance]
region_name = RegionOne
valid_interfaces = public

[scheduler]
workers = 1
# hosts are mapped by up.sh (nova-manage cell_v2 discover_hosts)
discover_hosts_in_cells_interval = -1

[conductor]
workers = 1

[vnc]
enabled = false

[oslo_concurrency]
lock_path = $OSH_HOME/nova/lock

[oslo_messaging_notifications]
driver = noop
EOF
    chmod 640 "$ETC/nova/nova.conf"
    cp /usr/share/nova-common/api-paste.ini "$ETC/nova/api-paste.ini"
    cat >"$ETC/nova/uwsgi.ini" <<EOF
[uwsgi]
http-socket = 127.0.0.1:8774
wsgi-file = /usr/bin/nova-api-wsgi
env = OS_NOVA_CONFIG_DIR=$ETC/nova
chdir = $OSH_HOME/nova
# one thread per worker: nova-api is eventlet-monkey-patched, and with
# several uwsgi threads the reply of an RPC call (e.g. attach's
# reserve_block_device_name) sat unread in its reply queue until the thread
# that waited for it handled another request -> MessagingTimeout after 60 s
$(uwsgi_common 2 1)
EOF
    # python3-nova's console script, without the nova-compute package
    # (which would pull a hypervisor package)
    cat >"$LIB/nova-compute" <<'EOF'
#!/usr/bin/python3
import sys
from nova.cmd.compute import main
sys.exit(main())
EOF
    chmod 755 "$LIB/nova-compute"
    install -m 644 "$HERE/osh_neutron_stub.py" "$LIB/osh_neutron_stub.py"
}

nova_cells() {
    local NM="nova-manage --config-file $ETC/nova/nova.conf" rc=0 st
    local NMLOG=$LOG/nova-manage.out
    st=$(stamp python3-nova)
    if done_before nova-db "$st"; then return 0; fi
    log "nova api_db sync, cells v2 (cell0, cell1), db sync"
    $NM api_db sync >>"$NMLOG" 2>&1 || die "nova-manage api_db sync failed, see $NMLOG"
    # map_cell0 and create_cell are no-ops when the cell exists
    # (create_cell then exits 2)
    $NM cell_v2 map_cell0 --database_connection \
        "mysql+pymysql://nova:$NOVA_DB_PASS@localhost/nova_cell0?unix_socket=$MYSOCK&charset=utf8" \
        >>"$NMLOG" 2>&1 || die "nova-manage cell_v2 map_cell0 failed, see $NMLOG"
    $NM cell_v2 create_cell --name cell1 >>"$NMLOG" 2>&1 || rc=$?
    [ $rc = 0 ] || [ $rc = 2 ] || die "nova-manage cell_v2 create_cell failed (rc=$rc), see $NMLOG"
    $NM db sync >>"$NMLOG" 2>&1 || die "nova-manage db sync failed, see $NMLOG"
    mark_done nova-db "$st"
}

start_nova() {
    write_nova_conf
    nova_cells
    local NC="--config-file $ETC/nova/nova.conf" conf=$ETC/nova/nova.conf
    if ! alive neutron-stub && port_busy "$NEUTRON_STUB_PORT"; then
        die "port $NEUTRON_STUB_PORT is taken by a process not started by up.sh"
    fi
    start neutron-stub "osh_neutron_stub.py 127.0.0.1 $NEUTRON_STUB_PORT" "$LIB/osh_neutron_stub.py" \
        /usr/bin/python3 "$LIB/osh_neutron_stub.py" 127.0.0.1 "$NEUTRON_STUB_PORT"
    start nova-conductor "nova-conductor $NC" "$conf" \
        /usr/bin/nova-conductor $NC --log-file "$LOG/nova-conductor.log"
    start nova-scheduler "nova-scheduler $NC" "$conf" \
        /usr/bin/nova-scheduler $NC --log-file "$LOG/nova-scheduler.log"
    start nova-compute "nova-compute $NC" "$conf" \
        "$LIB/nova-compute" $NC --log-file "$LOG/nova-compute.log"
    if ! alive nova-api && port_busy 8774; then
        die "port 8774 is taken by a process not started by up.sh"
    fi
    start nova-api "$ETC/nova/uwsgi.ini" "$ETC/nova/uwsgi.ini:$conf:$ETC/nova/api-paste.ini" \
        /usr/bin/uwsgi --ini "$ETC/nova/uwsgi.ini"
    wait_for "nova-api" 120 curl -sf "$NOVA_URL/"
    wait_for "neutron stub" 30 curl -sf "http://127.0.0.1:$NEUTRON_STUB_PORT/v2.0/extensions"
}

# nova-compute registers itself; map it to cell1, wait until the scheduler
# can use it (placement has its resource provider), make the flavor.
nova_ready() {
    local NM="nova-manage --config-file $ETC/nova/nova.conf" end
    # (read the mapping from the database: each nova-manage run takes 5-25 s)
    mapped() { [ "$(mariadb --socket="$MYSOCK" -uroot -N -e \
        "SELECT host FROM nova_api.host_mappings WHERE host='osh'" 2>/dev/null)" = osh ]; }
    end=$(( $(date +%s) + 240 ))
    mapped || log "waiting for nova-compute, mapping it to cell1 (discover_hosts)"
    while ! mapped; do
        [ "$(date +%s)" -lt "$end" ] ||
            die "nova-compute did not register in cell1 (see $LOG/nova-compute.log)"
        $NM cell_v2 discover_hosts >>"$LOG/nova-manage.out" 2>&1 || true
        sleep 2
    done
    OSH_HOME=$OSH_HOME NOVA_URL=$NOVA_URL FLAVOR=$NOVA_FLAVOR /usr/bin/python3 - <<'PY' || die "nova readiness check failed (see $LOG/nova-*.log)"
import os, sys, time
from keystoneauth1 import session
from keystoneauth1.identity import v3

env = {}
for line in open(os.environ['OSH_HOME'] + '/adminrc'):
    if line.startswith('export OS_'):
        k, v = line[7:].strip().split('=', 1); env[k] = v
s = session.Session(auth=v3.Password(
    auth_url=env['OS_AUTH_URL'], username='admin', password=env['OS_PASSWORD'],
    project_name='admin', user_domain_id='default', project_domain_id='default'))
N = os.environ['NOVA_URL'] + '/v2.1'
H = {'OpenStack-API-Version': 'compute 2.37'}
deadline = time.time() + 180
while True:
    svcs = s.get(N + '/os-services', headers=H).json()['services']
    up = sorted(x['binary'] for x in svcs if x['state'] == 'up' and x['status'] == 'enabled')
    hyp = s.get(N + '/os-hypervisors', headers=H).json()['hypervisors']
    if {'nova-compute', 'nova-conductor', 'nova-scheduler'} <= set(up) and hyp:
        print('nova services up: %s; hypervisors: %s' % (
            ', '.join(up), ', '.join(h['hypervisor_hostname'] for h in hyp)))
        break
    if time.time() > deadline:
        sys.exit('nova services not up: %s' % up)
    time.sleep(2)
name = os.environ['FLAVOR']
flavors = s.get(N + '/flavors', params={'is_public': 'None'}, headers=H).json()['flavors']
if any(f['name'] == name for f in flavors):
    print('flavor %s already exists' % name)
else:
    f = s.post(N + '/flavors', headers=H, json={'flavor': {
        'name': name, 'vcpus': 1, 'ram': 64, 'disk': 1,
        'os-flavor-access:is_public': True}}).json()['flavor']
    print('flavor %s created: %s' % (name, f['id']))
PY
}
