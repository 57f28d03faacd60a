#!/bin/bash
# up.sh - idempotent bring-up of a real, loopback-only OpenStack for Cinder
# Console's integration/contract tests: Keystone + Glance + Cinder
# API/scheduler/volume with two file backends "hdd" and "ssd", from Debian
# bookworm packages, without systemd or containers.
# Also makes sure the public image "cirros-like-test" and the volume types
# "hdd" / "ssd" (bound to the backends) exist.
#
#   sudo bash openstack/up.sh       # install (first time), configure, start, verify
#   OSH_HOME=/elsewhere sudo -E bash openstack/up.sh
#   OSH_CORS_ALLOWED_ORIGIN='http://127.0.0.1:3000' sudo -E bash openstack/up.sh
#
# Everything it writes lives under $OSH_HOME (default
# /var/lib/cinder-console-openstack); PIDs of the processes it starts are in
# $OSH_HOME/run/*.pid (each process is started with setsid, so the PID is
# also its process-group id).  down.sh stops exactly those.
# See README.md next to this file.
set -Eeuo pipefail

T0=$(date +%s)
# Use Debian's python3/openstack, never a pyenv/venv one that may be first
# in the caller's PATH.
export PATH=/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
unset PYTHONPATH VIRTUAL_ENV PYTHONHOME || true
export DEBIAN_FRONTEND=noninteractive
umask 022

HERE=$(cd "$(dirname "$0")" && pwd)
OSH_HOME=${OSH_HOME:-/var/lib/cinder-console-openstack}
ETC=$OSH_HOME/etc
RUN=$OSH_HOME/run
LOG=$OSH_HOME/log
LIB=$OSH_HOME/lib
MYRUN=$OSH_HOME/mysql-run          # socket + pid of mariadbd (owned by mysql)
MYSOCK=$MYRUN/mysqld.sock

ADMIN_PASS=${OSH_ADMIN_PASSWORD:-admin}
DEMO_PASS=${OSH_DEMO_PASSWORD:-demo}
CINDER_SVC_PASS=${OSH_CINDER_PASSWORD:-cinder-svc-pass}
GLANCE_SVC_PASS=${OSH_GLANCE_PASSWORD:-glance-svc-pass}
NOVA_SVC_PASS=${OSH_NOVA_PASSWORD:-nova-svc-pass}
PLACEMENT_SVC_PASS=${OSH_PLACEMENT_PASSWORD:-placement-svc-pass}
NOVA_DB_PASS=osh-nova-db
PL_DB_PASS=osh-placement-db
# OSH_NOVA=0: no Nova/Placement (saves ~100 s of install and ~1 GB RAM)
WITH_NOVA=${OSH_NOVA:-1}
KS_DB_PASS=osh-keystone-db
CI_DB_PASS=osh-cinder-db
GL_DB_PASS=osh-glance-db
CORS_ORIGIN=${OSH_CORS_ALLOWED_ORIGIN:-}
# 256-bit fixed key of Cinder's ConfKeyManager (encrypted volume types)
FIXED_KEY=${OSH_FIXED_KEY:-6f73682d746573742d6b65792d6e6f742d612d7365637265742d2d2d2d2d2d21}

KS_URL=http://127.0.0.1:5000
CINDER_URL=http://127.0.0.1:8776
GLANCE_URL=http://127.0.0.1:9292
NOVA_URL=http://127.0.0.1:8774
PLACEMENT_URL=http://127.0.0.1:8778
NEUTRON_STUB_PORT=9696
IMAGE_NAME=cirros-like-test
# fixed id (uuid5 of "osharness:image:cirros-like-test", kept from the
# script this one was derived from) so that a fresh install always has the
# same image id; a random id is used if it is taken
IMAGE_ID=00143814-bb2a-5a5c-93ba-e217162cb7dd
RABBIT_NODE=osh@localhost

PKGS="rabbitmq-server mariadb-server keystone cinder-api cinder-scheduler \
cinder-volume cinder-backup glance-api python3-cinderclient python3-glanceclient \
python3-openstackclient python3-pymysql qemu-utils sudo curl jq \
uwsgi-plugin-python3 dmidecode"
# Nova from python3-nova (pulled by nova-common): the nova-compute package
# is left out, it depends on a hypervisor package (libvirt/qemu or ironic)
# that the fake virt driver does not use; up-nova.sh runs nova.cmd.compute.
NOVA_PKGS="nova-api nova-conductor nova-scheduler placement-api"
[ "$WITH_NOVA" = 1 ] && PKGS="$PKGS $NOVA_PKGS"

log() { printf '[up %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
# any other unexpected failure: say where, never exit silently
trap 'rc=$?; log "ERROR: up.sh failed (exit $rc) at line $LINENO; logs: $LOG" >&2; exit $rc' ERR

# ---------------------------------------------------------------- preflight
[ "$(id -u)" = 0 ] || die "must run as root (it installs Debian packages with apt-get, \
creates $OSH_HOME and starts services as root): sudo bash $0"
command -v apt-get >/dev/null && command -v dpkg-query >/dev/null ||
    die "apt-get/dpkg not found: this script needs Debian 12 (bookworm) with apt"
if [ -r /etc/os-release ] && ! grep -q '^VERSION_CODENAME=bookworm' /etc/os-release; then
    log "WARNING: not Debian bookworm ($(. /etc/os-release; echo "${PRETTY_NAME:-unknown}")); package versions may differ"
fi

# ---------------------------------------------------------------- install
INSTALL_SECS=0
install_packages() {
    local t=$(date +%s) missing="" p s created=0
    for p in $PKGS; do
        s=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
        [ "$s" = installed ] || missing="$missing $p"
    done
    if [ -z "$missing" ]; then
        log "packages already installed"
        return 0
    fi
    log "installing:$missing"
    # another apt/dpkg run may hold the lock: wait for it instead of failing
    local APT="apt-get -o DPkg::Lock::Timeout=600"
    local out=$LOG/apt-update.out
    mkdir -p "$LOG"
    # apt-get update exits 0 even when some sources could not be fetched:
    # look at its warnings too.
    if ! $APT update -q >"$out" 2>&1 ||
        grep -Eq '^(W|E): (Failed to fetch|Some index files failed)|Could not resolve|Temporary failure resolving|Unable to connect' "$out"; then
        sed 's/^/    /' "$out" >&2
        die "apt cannot reach its package archive (apt-get update failed, output above); \
the packages$missing are needed. Check network/proxy and /etc/apt/sources.list*"
    fi
    local pol
    for p in keystone cinder-volume glance-api; do
        # (no "| grep -q": with pipefail an early grep exit fails the pipe)
        pol=$(apt-cache policy "$p" 2>/dev/null || true)
        [[ $pol == *"Candidate: "[0-9]* ]] ||
            die "package $p has no install candidate in the configured apt sources (need Debian bookworm 'main')"
    done
    # No init system: forbid postinst scripts from starting services.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        created=1
        # remove it again even if the install dies half-way
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    # Debconf answers (these are the defaults; set explicitly so that no
    # dbconfig-common / endpoint-registration question is ever asked).
    debconf-set-selections <<'SEL'
keystone keystone/configure_db boolean false
keystone keystone/create-admin-tenant boolean false
keystone keystone/register-endpoint boolean false
cinder-common cinder/configure_db boolean false
cinder-common cinder/configure_rabbit boolean false
cinder-common cinder/configure_ksat boolean false
cinder-api cinder/configure_api-endpoint boolean false
glance-common glance/configure_db boolean false
glance-common glance/configure_rabbit boolean false
glance-common glance/configure_ksat boolean false
glance-api glance/configure_api-endpoint boolean false
nova-common nova/configure_db boolean false
nova-common nova/configure_rabbit boolean false
nova-common nova/configure_ksat boolean false
nova-common nova/configure_neutron boolean false
nova-common nova/configure_placement boolean false
nova-api novaapi/configure_db boolean false
nova-api nova/configure_api-endpoint boolean false
placement-common placement/configure_db boolean false
placement-common placement/configure_ksat boolean false
placement-api placement/configure_api-endpoint boolean false
SEL
    dpkg --configure -a || true
    local rc=0
    log "apt-get install (~300 packages the first time; output in $LOG/apt-install.out)"
    $APT install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        $PKGS >"$LOG/apt-install.out" 2>&1 || rc=$?
    if [ $rc != 0 ]; then tail -n 25 "$LOG/apt-install.out" | sed 's/^/    /' >&2; fi
    if [ $rc != 0 ]; then   # e.g. a postinst that insists on a running init
        log "apt-get install failed (rc=$rc); retrying with dpkg --configure -a"
        if dpkg --configure -a >>"$LOG/apt-install.out" 2>&1; then rc=0; fi
    fi
    if [ $created = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
    [ $rc = 0 ] || die "package installation failed (apt-get rc=$rc; is the apt archive reachable?)"
    # dpkg --configure -a above may "succeed" after a failed download: check
    for p in $PKGS; do
        s=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
        [ "$s" = installed ] || die "package $p is still not installed after apt-get (download failed? apt archive unreachable?)"
    done
    INSTALL_SECS=$(( $(date +%s) - t ))
    log "package install took ${INSTALL_SECS}s"
}

# ---------------------------------------------------------------- helpers
# alive NAME -> 0 if $RUN/NAME.pid holds a live process whose cmdline
# contains the signature recorded next to it.
alive() {
    local f=$RUN/$1.pid pid sig
    [ -f "$f" ] || return 1
    read -r pid sig <"$f" || return 1
    [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -F -- "$sig" >/dev/null
}

# stop NAME: SIGTERM the process group recorded in $RUN/NAME.pid, SIGKILL
# after 30 s (same logic as down.sh).
stop() {
    local f=$RUN/$1.pid pid sig i
    alive "$1" || { rm -f "$f"; return 0; }
    read -r pid sig <"$f"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
    rm -f "$f"
}

# start NAME SIGNATURE CONFIGS CMD... : setsid CMD in background and record
# "PID SIGNATURE" in $RUN/NAME.pid.  CONFIGS is a ':'-separated list of
# config files (or '-'): if the service is already running but one of them
# changed since it was started, it is restarted; otherwise left alone.
start() {
    local name=$1 sig=$2 cfgs=$3 hash=""; shift 3
    if [ "$cfgs" != - ]; then
        hash=$(cat ${cfgs//:/ } | md5sum | cut -c1-32)
    fi
    STARTED_NOW=0
    if alive "$name"; then
        if [ "$(cat "$RUN/$name.cfg" 2>/dev/null)" = "$hash" ]; then
            log "$name already running (pid $(cut -d' ' -f1 "$RUN/$name.pid"))"
            return 0
        fi
        log "$name: configuration changed, restarting"
        stop "$name"
    fi
    setsid "$@" >>"$LOG/$name.out" 2>&1 </dev/null &
    echo "$! $sig" >"$RUN/$name.pid"
    echo "$hash" >"$RUN/$name.cfg"
    STARTED_NOW=1
    log "started $name (pid $!)"
}

wait_for() {   # wait_for DESC SECONDS CMD...
    local desc=$1 secs=$2 i; shift 2
    for ((i = 0; i < secs * 2; i++)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    die "timeout waiting for $desc"
}

# Schema syncs and bootstraps take 5-30 s each (minutes on a busy machine)
# and are no-ops on a re-run: each runs once per package version, settings
# and database (the stamp holds the inode of MariaDB's system directory, so
# a re-initialised datadir runs them again).
STAMPS=$OSH_HOME/stamps
stamp() {  # stamp PACKAGE EXTRA... -> the string identifying this run
    echo "$(dpkg-query -W -f='${Version}' "$1" 2>/dev/null) \
$(stat -c %i "$OSH_HOME/mysql/mysql" 2>/dev/null) $(shift; echo "$*" | md5sum | cut -c1-12)"
}
done_before() { [ "$(cat "$STAMPS/$1" 2>/dev/null)" = "$2" ]; }   # done_before KEY STAMP
mark_done() { mkdir -p "$STAMPS"; echo "$2" >"$STAMPS/$1"; }       # mark_done KEY STAMP

# something accepts TCP connections on 127.0.0.1:PORT (no iproute2 needed)
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- layout
layout() {
    mkdir -p "$ETC"/{keystone,cinder,glance,rabbitmq,mysql} "$RUN" "$LOG" "$LIB" \
        "$OSH_HOME"/keystone/{fernet-keys,credential-keys} \
        "$OSH_HOME"/glance/{images,staging,tasks,image-cache,lock} \
        "$OSH_HOME"/cinder/{lock,state} "$OSH_HOME"/volumes/{hdd,ssd} "$OSH_HOME"/backups \
        "$OSH_HOME"/rabbitmq "$OSH_HOME"/mysql "$MYRUN"
    chmod 700 "$OSH_HOME"/keystone/fernet-keys "$OSH_HOME"/keystone/credential-keys
    chown mysql:mysql "$OSH_HOME"/mysql "$MYRUN"
    install -m 644 "$HERE/osh_filedriver.py" "$LIB/osh_filedriver.py"
}

# ---------------------------------------------------------------- mariadb
start_mariadb() {
    cat >"$ETC/mysql/my.cnf" <<EOF
[mysqld]
user = mysql
datadir = $OSH_HOME/mysql
socket = $MYSOCK
pid-file = $MYRUN/mysqld.pid
skip-networking
log-error = $LOG/mariadb.err
innodb_buffer_pool_size = 128M
max_connections = 400
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
[client]
socket = $MYSOCK
EOF
    if [ ! -d "$OSH_HOME/mysql/mysql" ]; then
        log "initialising mariadb datadir"
        mariadb-install-db --defaults-file="$ETC/mysql/my.cnf" --user=mysql \
            --auth-root-authentication-method=socket --skip-test-db \
            >>"$LOG/mariadb-install.out" 2>&1
    fi
    start mariadb "mariadbd --defaults-file=$ETC/mysql/my.cnf" "$ETC/mysql/my.cnf" /usr/sbin/mariadbd --defaults-file="$ETC/mysql/my.cnf"
    wait_for "mariadb" 60 mariadb-admin --socket="$MYSOCK" ping
    mariadb --socket="$MYSOCK" -uroot <<EOF
CREATE DATABASE IF NOT EXISTS keystone;
CREATE DATABASE IF NOT EXISTS cinder;
CREATE DATABASE IF NOT EXISTS glance;
CREATE USER IF NOT EXISTS 'keystone'@'localhost' IDENTIFIED BY '$KS_DB_PASS';
CREATE USER IF NOT EXISTS 'cinder'@'localhost' IDENTIFIED BY '$CI_DB_PASS';
CREATE USER IF NOT EXISTS 'glance'@'localhost' IDENTIFIED BY '$GL_DB_PASS';
GRANT ALL PRIVILEGES ON keystone.* TO 'keystone'@'localhost';
GRANT ALL PRIVILEGES ON cinder.* TO 'cinder'@'localhost';
GRANT ALL PRIVILEGES ON glance.* TO 'glance'@'localhost';
FLUSH PRIVILEGES;
EOF
    if [ "$WITH_NOVA" = 1 ]; then nova_databases_sql | mariadb --socket="$MYSOCK" -uroot; fi
}

# ---------------------------------------------------------------- rabbitmq
rabbit_env() {
    export HOME=$OSH_HOME/rabbitmq \
        RABBITMQ_NODENAME=$RABBIT_NODE \
        RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=5672 \
        RABBITMQ_DIST_PORT=25672 \
        RABBITMQ_MNESIA_BASE=$OSH_HOME/rabbitmq/mnesia \
        RABBITMQ_LOG_BASE=$LOG/rabbitmq \
        RABBITMQ_CONFIG_FILE=$ETC/rabbitmq/rabbitmq.conf \
        RABBITMQ_ADVANCED_CONFIG_FILE=$ETC/rabbitmq/advanced.config \
        RABBITMQ_ENABLED_PLUGINS_FILE=$ETC/rabbitmq/enabled_plugins \
        RABBITMQ_CONF_ENV_FILE=$ETC/rabbitmq/rabbitmq-env.conf \
        RABBITMQ_PID_FILE=$OSH_HOME/rabbitmq/beam.pid \
        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
        ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT=4369
}

start_rabbitmq() {
    cat >"$ETC/rabbitmq/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:5672
loopback_users.guest = true
log.console = false
log.file.level = info
EOF
    echo '[].' >"$ETC/rabbitmq/enabled_plugins"
    echo '[].' >"$ETC/rabbitmq/advanced.config"
    : >"$ETC/rabbitmq/rabbitmq-env.conf"
    (
        rabbit_env
        if ! alive epmd; then
            if port_busy 4369; then
                log "an epmd not started by us already listens on 4369; rabbit will use it"
            else
                start epmd "epmd -address 127.0.0.1" - /usr/bin/epmd -address 127.0.0.1 -port 4369
                wait_for epmd 20 port_busy 4369
            fi
        fi
        if ! alive rabbitmq && port_busy 5672; then
            die "port 5672 is taken by a process not started by up.sh"
        fi
        start rabbitmq "rabbitmq-server" "$ETC/rabbitmq/rabbitmq.conf" /usr/lib/rabbitmq/bin/rabbitmq-server
        wait_for "rabbitmq" 120 /usr/lib/rabbitmq/bin/rabbitmq-diagnostics -q -n "$RABBIT_NODE" check_port_connectivity
    )
}

# ---------------------------------------------------------------- keystone
ini_cors() {  # emits a [cors] section when OSH_CORS_ALLOWED_ORIGIN is set
    if [ -n "$CORS_ORIGIN" ]; then
        printf '\n[cors]\nallowed_origin = %s\n' "$CORS_ORIGIN"
    fi
}

start_keystone() {
    cat >"$ETC/keystone/keystone.conf" <<EOF
[DEFAULT]
log_file = $LOG/keystone.log
[database]
connection = mysql+pymysql://keystone:$KS_DB_PASS@localhost/keystone?unix_socket=$MYSOCK&charset=utf8
[token]
provider = fernet
[fernet_tokens]
key_repository = $OSH_HOME/keystone/fernet-keys
[credential]
key_repository = $OSH_HOME/keystone/credential-keys
$(ini_cors)
EOF
    cat >"$ETC/keystone/uwsgi.ini" <<EOF
[uwsgi]
plugins = python3
http-socket = 127.0.0.1:5000
wsgi-file = /usr/bin/keystone-wsgi-public
env = OS_KEYSTONE_CONFIG_FILES=$ETC/keystone/keystone.conf
# keystone's oslo.middleware filters (cors, sizelimit, ...) are created with
# oslo_config_project=keystone and read the project's *default* config file
# (~/.keystone/keystone.conf, then /etc/keystone/keystone.conf), not
# OS_KEYSTONE_CONFIG_FILES: point HOME at a dir that links to ours.
env = HOME=$OSH_HOME/keystone/home
master = true
processes = 2
threads = 4
enable-threads = true
lazy-apps = true
die-on-term = true
buffer-size = 65535
wsgi-manage-chunked-input = true
# uwsgi's http-socket closes the connection after each response: tell
# clients so, otherwise keep-alive clients get 'connection reset' (Debian's
# own keystone/cinder uwsgi.ini do the same)
add-header = Connection: close
# workers otherwise hang (oslo.messaging threads) or segfault (greenlet) in
# Py_Finalize on SIGTERM, and the master waits 60 s for them
worker-reload-mercy = 5
reload-mercy = 5
skip-atexit = true
skip-atexit-teardown = true
chdir = $OSH_HOME/keystone
EOF
    mkdir -p "$OSH_HOME/keystone/home/.keystone"
    ln -sfn "$ETC/keystone/keystone.conf" "$OSH_HOME/keystone/home/.keystone/keystone.conf"
    # keystone-manage prints harmless eventlet tracebacks at exit: keep them in a log
    KM() { keystone-manage --config-file "$ETC/keystone/keystone.conf" "$@" >>"$LOG/keystone-manage.out" 2>&1 ||
           die "keystone-manage $1 failed, see $LOG/keystone-manage.out"; }
    [ -e "$OSH_HOME/keystone/fernet-keys/0" ] ||
        KM fernet_setup --keystone-user root --keystone-group root
    [ -e "$OSH_HOME/keystone/credential-keys/0" ] ||
        KM credential_setup --keystone-user root --keystone-group root
    local st
    st=$(stamp keystone "$ADMIN_PASS" "$KS_URL")
    if done_before keystone-db "$st"; then
        log "keystone db_sync/bootstrap already done"
    else
        log "keystone db_sync"
        KM db_sync
        log "keystone bootstrap"
        KM bootstrap --bootstrap-password "$ADMIN_PASS" \
            --bootstrap-username admin --bootstrap-project-name admin \
            --bootstrap-role-name admin --bootstrap-service-name keystone \
            --bootstrap-region-id RegionOne \
            --bootstrap-admin-url "$KS_URL/v3/" \
            --bootstrap-internal-url "$KS_URL/v3/" \
            --bootstrap-public-url "$KS_URL/v3/"
        mark_done keystone-db "$st"
    fi
    if ! alive keystone && port_busy 5000; then
        die "port 5000 is taken by a process not started by up.sh"
    fi
    start keystone "$ETC/keystone/uwsgi.ini" "$ETC/keystone/uwsgi.ini:$ETC/keystone/keystone.conf" /usr/bin/uwsgi --ini "$ETC/keystone/uwsgi.ini"
    wait_for "keystone" 90 curl -sf "$KS_URL/v3"
}

keystone_resources() {
    log "keystone: projects, users, roles, services, endpoints"
    ADMIN_PASS=$ADMIN_PASS DEMO_PASS=$DEMO_PASS CINDER_SVC_PASS=$CINDER_SVC_PASS \
    GLANCE_SVC_PASS=$GLANCE_SVC_PASS GLANCE_URL=$GLANCE_URL \
    NOVA_SVC_PASS=$NOVA_SVC_PASS PLACEMENT_SVC_PASS=$PLACEMENT_SVC_PASS \
    NOVA_URL=$NOVA_URL PLACEMENT_URL=$PLACEMENT_URL WITH_NOVA=$WITH_NOVA \
    KS_URL=$KS_URL CINDER_URL=$CINDER_URL /usr/bin/python3 - <<'PY'
import os
from keystoneauth1 import session
from keystoneauth1.identity import v3

K = os.environ['KS_URL'] + '/v3'
s = session.Session(auth=v3.Password(
    auth_url=K, username='admin', password=os.environ['ADMIN_PASS'],
    project_name='admin', user_domain_id='default',
    project_domain_id='default'))

def find(coll, **q):
    r = s.get(K + '/' + coll, params=q).json()[coll]
    return r[0] if r else None

def ensure(coll, key, body, **q):
    return find(coll, **q) or s.post(K + '/' + coll, json={key: body}).json()[key]

def project(name):
    return ensure('projects', 'project', {'name': name, 'domain_id': 'default',
                  'description': 'cinder-console-openstack %s project' % name},
                  name=name, domain_id='default')

def user(name, pw, proj):
    u = find('users', name=name, domain_id='default')
    if u:   # make sure the password is the documented one
        s.patch(K + '/users/' + u['id'], json={'user': {'password': pw, 'enabled': True}})
        return u
    return s.post(K + '/users', json={'user': {
        'name': name, 'password': pw, 'domain_id': 'default',
        'default_project_id': proj['id'], 'enabled': True}}).json()['user']

def role(name):
    return ensure('roles', 'role', {'name': name}, name=name)

def grant(proj, usr, rl):
    s.put(K + '/projects/%s/users/%s/roles/%s' % (proj['id'], usr['id'], rl['id']))

service_p, demo_p = project('service'), project('demo')
r_admin, r_member, r_reader, r_service = role('admin'), role('member'), role('reader'), role('service')
with_nova = os.environ['WITH_NOVA'] == '1'
svc_users = [user('cinder', os.environ['CINDER_SVC_PASS'], service_p),
             user('glance', os.environ['GLANCE_SVC_PASS'], service_p)]
if with_nova:
    svc_users += [user('nova', os.environ['NOVA_SVC_PASS'], service_p),
                  user('placement', os.environ['PLACEMENT_SVC_PASS'], service_p)]
demo_u = user('demo', os.environ['DEMO_PASS'], demo_p)
# admin + service: Cinder trusts a service token only with the 'service'
# role (keystone_authtoken service_token_roles), e.g. Nova deleting an
# attachment on detach
for u in svc_users:
    grant(service_p, u, r_admin)
    grant(service_p, u, r_service)
grant(demo_p, demo_u, r_member)

curl = os.environ['CINDER_URL'] + '/v3/%(project_id)s'
catalog = [('cinder', 'block-storage', 'Cinder Volume Service', curl),
           ('cinderv3', 'volumev3', 'Cinder Volume Service', curl),
           ('glance', 'image', 'Glance Image Service', os.environ['GLANCE_URL'])]
optional = [('nova', 'compute', 'Nova Compute Service (fake virt driver)',
             os.environ['NOVA_URL'] + '/v2.1'),
            ('placement', 'placement', 'Placement Service',
             os.environ['PLACEMENT_URL'])]
if with_nova:
    catalog += optional
else:   # OSH_NOVA=0: no compute in the catalog (clients must not offer it)
    for _, stype, _, _ in optional:
        svc = find('services', type=stype)
        if svc:
            s.delete(K + '/services/' + svc['id'])
            print('removed %s from the catalog (OSH_NOVA=0)' % stype)
for name, stype, desc, url in catalog:
    svc = ensure('services', 'service', {'name': name, 'type': stype,
                 'description': desc, 'enabled': True},
                 type=stype)
    for iface in ('public', 'internal', 'admin'):
        ep = find('endpoints', service_id=svc['id'], interface=iface)
        if ep is None:
            s.post(K + '/endpoints', json={'endpoint': {
                'service_id': svc['id'], 'interface': iface, 'url': url,
                'region_id': 'RegionOne', 'enabled': True}})
        elif ep['url'] != url:
            s.patch(K + '/endpoints/' + ep['id'], json={'endpoint': {'url': url}})
print('keystone resources ok')
PY
}

# ---------------------------------------------------------------- glance
start_glance() {
    cat >"$ETC/glance/glance-api.conf" <<EOF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = 9292
# eventlet server (/usr/bin/glance-api): parent + 2 forked workers
workers = 2
log_file = $LOG/glance-api.log
use_stderr = false
debug = false
# one file store; images are $OSH_HOME/glance/images/<image id>
enabled_backends = fs:file
image_cache_dir = $OSH_HOME/glance/image-cache

[database]
connection = mysql+pymysql://glance:$GL_DB_PASS@localhost/glance?unix_socket=$MYSOCK&charset=utf8

[keystone_authtoken]
www_authenticate_uri = $KS_URL
auth_url = $KS_URL
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = glance
password = $GLANCE_SVC_PASS

[paste_deploy]
flavor = keystone
config_file = $ETC/glance/glance-api-paste.ini

[glance_store]
default_backend = fs

[fs]
filesystem_store_datadir = $OSH_HOME/glance/images/

[os_glance_staging_store]
filesystem_store_datadir = $OSH_HOME/glance/staging/

[os_glance_tasks_store]
filesystem_store_datadir = $OSH_HOME/glance/tasks/

[oslo_concurrency]
lock_path = $OSH_HOME/glance/lock

[oslo_messaging_notifications]
driver = noop
$(ini_cors)
EOF
    chmod 640 "$ETC/glance/glance-api.conf"
    # the package's paste pipeline; the cors filter must be told which
    # config file to read (same quirk as cinder, see README)
    sed -e "s|^oslo_config_project = glance\$|&\noslo_config_file = $ETC/glance/glance-api.conf|" \
        /usr/share/glance-common/glance-api-paste.ini >"$ETC/glance/glance-api-paste.ini"
    local GC="--config-file $ETC/glance/glance-api.conf"
    local st
    st=$(stamp glance-common)
    if ! done_before glance-db "$st"; then
        log "glance db_sync"
        glance-manage $GC db_sync >>"$LOG/glance-manage.out" 2>&1 ||
            die "glance-manage db_sync failed, see $LOG/glance-manage.out"
        mark_done glance-db "$st"
    fi
    if ! alive glance-api && port_busy 9292; then
        die "port 9292 is taken by a process not started by up.sh"
    fi
    start glance-api "glance-api $GC" "$ETC/glance/glance-api.conf:$ETC/glance/glance-api-paste.ini" \
        /usr/bin/glance-api $GC
    wait_for "glance-api" 90 curl -sf "$GLANCE_URL/healthcheck"
}

# ---------------------------------------------------------------- cinder
start_cinder() {
    cat >"$ETC/cinder/cinder.conf" <<EOF
[DEFAULT]
host = osh
my_ip = 127.0.0.1
state_path = $OSH_HOME/cinder/state
auth_strategy = keystone
transport_url = rabbit://guest:guest@127.0.0.1:5672/
api_paste_config = $ETC/cinder/api-paste.ini
rootwrap_config = /etc/cinder/rootwrap.conf
enabled_backends = hdd,ssd
# image service (create volume from image, upload-to-image); images are
# downloaded to $OSH_HOME/cinder/state/conversion and written with qemu-img
glance_api_servers = $GLANCE_URL
osapi_volume_listen = 127.0.0.1
osapi_volume_listen_port = 8776
debug = false
use_stderr = false
# volume services report capabilities/capacity to the scheduler every 10 s
# (default 60 s + up to 60 s random initial delay: pools stayed empty for
# ~90 s after a start)
periodic_interval = 10
periodic_fuzzy_delay = 0
# cinder-backup: the POSIX driver writes chunk files under $OSH_HOME/backups.
# It reads/writes the volume through the volume driver's connection (the
# file driver's 'local' connection = the volume file itself), so the backup
# service must run on the volume's host: backup_use_same_host.
backup_driver = cinder.backup.drivers.posix.PosixBackupDriver
backup_posix_path = $OSH_HOME/backups
backup_use_same_host = true
# one backup object per 32 MiB (default ~2 GB, also the read buffer: a 1 GiB
# volume would be held in RAM); must be a multiple of the 32 KiB sha block
backup_file_size = 33554432

[database]
connection = mysql+pymysql://cinder:$CI_DB_PASS@localhost/cinder?unix_socket=$MYSOCK&charset=utf8

[keystone_authtoken]
www_authenticate_uri = $KS_URL
auth_url = $KS_URL
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = cinder
password = $CINDER_SVC_PASS

[oslo_concurrency]
lock_path = $OSH_HOME/cinder/lock

# Encrypted volume types: castellan's key manager is Barbican by default
# (not installed here); Cinder's own fixed-key manager hands out one key
# (id 00000000-0000-0000-0000-000000000000) for every encrypted volume.
# TEST ONLY: anyone who reads this file can decrypt every volume.
[key_manager]
backend = cinder.keymgr.conf_key_mgr.ConfKeyManager
fixed_key = $FIXED_KEY

# Cinder -> Nova (volume-extended events for in-use extend, assisted
# snapshots): its own service user, Nova's public endpoint from the catalog
[nova]
region_name = RegionOne
interface = public
auth_type = password
auth_url = $KS_URL
project_domain_name = Default
user_domain_name = Default
project_name = service
username = cinder
password = $CINDER_SVC_PASS

[coordination]
backend_url = file://$OSH_HOME/cinder/lock

[hdd]
volume_driver = osh_filedriver.OshFileDriver
volume_backend_name = hdd
osh_file_dir = $OSH_HOME/volumes/hdd
osh_file_capacity_gb = 1000

[ssd]
volume_driver = osh_filedriver.OshFileDriver
volume_backend_name = ssd
osh_file_dir = $OSH_HOME/volumes/ssd
osh_file_capacity_gb = 500
$(ini_cors)
EOF
    chmod 640 "$ETC/cinder/cinder.conf"
    # Debian's api-paste.ini, except that the cors filter must be told which
    # config file to read (with only oslo_config_project=cinder it reads
    # /etc/cinder/cinder.conf and ignores our [cors] section).
    sed -e "s|^oslo_config_project = cinder\$|&\noslo_config_file = $ETC/cinder/cinder.conf|" \
        /etc/cinder/api-paste.ini >"$ETC/cinder/api-paste.ini"
    cat >"$ETC/cinder/uwsgi.ini" <<EOF
[uwsgi]
plugins = python3
http-socket = 127.0.0.1:8776
wsgi-file = /usr/bin/cinder-wsgi
pyargv = --config-file $ETC/cinder/cinder.conf --log-file $LOG/cinder-api.log
master = true
processes = 2
threads = 4
enable-threads = true
lazy-apps = true
die-on-term = true
buffer-size = 65535
wsgi-manage-chunked-input = true
# uwsgi's http-socket closes the connection after each response: tell
# clients so, otherwise keep-alive clients get 'connection reset' (Debian's
# own keystone/cinder uwsgi.ini do the same)
add-header = Connection: close
# workers otherwise hang (oslo.messaging threads) or segfault (greenlet) in
# Py_Finalize on SIGTERM, and the master waits 60 s for them
worker-reload-mercy = 5
reload-mercy = 5
skip-atexit = true
skip-atexit-teardown = true
chdir = $OSH_HOME/cinder
EOF
    local CC="--config-file $ETC/cinder/cinder.conf"
    local st
    st=$(stamp cinder-common)
    if ! done_before cinder-db "$st"; then
        log "cinder db sync"
        cinder-manage $CC db sync >>"$LOG/cinder-manage.out" 2>&1 ||
            die "cinder-manage db sync failed, see $LOG/cinder-manage.out"
        mark_done cinder-db "$st"
    fi
    if ! alive cinder-api && port_busy 8776; then
        die "port 8776 is taken by a process not started by up.sh"
    fi
    # volume first: a scheduler that starts after it asks for (and gets)
    # the backends' capabilities at once
    local n0
    n0=0
    if [ -f "$LOG/cinder-volume.log" ]; then n0=$(wc -l <"$LOG/cinder-volume.log"); fi
    start cinder-volume "cinder-volume $CC" "$ETC/cinder/cinder.conf:$LIB/osh_filedriver.py" \
        env PYTHONPATH="$LIB" /usr/bin/cinder-volume $CC --log-file "$LOG/cinder-volume.log"
    if [ "$STARTED_NOW" = 1 ]; then
        volume_inited() { [ "$(tail -n +$((n0 + 1)) "$LOG/cinder-volume.log" 2>/dev/null |
            grep -c 'Driver post RPC initialization completed')" -ge 2 ]; }
        wait_for "cinder-volume backends to initialise" 90 volume_inited
    fi
    start cinder-backup "cinder-backup $CC" "$ETC/cinder/cinder.conf" \
        /usr/bin/cinder-backup $CC --log-file "$LOG/cinder-backup.log"
    start cinder-scheduler "cinder-scheduler $CC" "$ETC/cinder/cinder.conf" \
        /usr/bin/cinder-scheduler $CC --log-file "$LOG/cinder-scheduler.log"
    start cinder-api "$ETC/cinder/uwsgi.ini" "$ETC/cinder/uwsgi.ini:$ETC/cinder/cinder.conf:$ETC/cinder/api-paste.ini" /usr/bin/uwsgi --ini "$ETC/cinder/uwsgi.ini"
    wait_for "cinder-api" 90 curl -sf "$CINDER_URL/"
}

# ---------------------------------------------------------------- rc files
write_rc() {
    cat >"$OSH_HOME/adminrc" <<EOF
export PATH=/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin:\$PATH
export OS_AUTH_URL=$KS_URL/v3
export OS_IDENTITY_API_VERSION=3
export OS_USERNAME=admin
export OS_PASSWORD=$ADMIN_PASS
export OS_PROJECT_NAME=admin
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_REGION_NAME=RegionOne
export OS_INTERFACE=public
export OS_VOLUME_API_VERSION=3
EOF
    sed -e "s/OS_USERNAME=admin/OS_USERNAME=demo/" \
        -e "s/OS_PASSWORD=.*/OS_PASSWORD=$DEMO_PASS/" \
        -e "s/OS_PROJECT_NAME=admin/OS_PROJECT_NAME=demo/" \
        "$OSH_HOME/adminrc" >"$OSH_HOME/demorc"
    chmod 600 "$OSH_HOME/adminrc" "$OSH_HOME/demorc"
}

# ---------------------------------------------------------------- verify
wait_ready() {
    log "waiting for cinder-volume backends (and cinder-backup) to report to the scheduler"
    OSH_HOME=$OSH_HOME /usr/bin/python3 - <<'PY'
import json, os, sys, time, urllib.request
def req(method, url, body=None, headers=None):
    h = {'Content-Type': 'application/json'}
    h.update(headers or {})
    r = urllib.request.Request(url, method=method, headers=h,
                               data=json.dumps(body).encode() if body else None)
    with urllib.request.urlopen(r, timeout=30) as resp:
        return resp, json.loads(resp.read() or b'{}')
env = {}
for line in open(os.environ['OSH_HOME'] + '/adminrc'):
    if line.startswith('export OS_'):
        k, v = line[7:].strip().split('=', 1); env[k] = v
resp, body = req('POST', env['OS_AUTH_URL'] + '/auth/tokens', {'auth': {
    'identity': {'methods': ['password'], 'password': {'user': {
        'name': 'admin', 'domain': {'name': 'Default'},
        'password': env['OS_PASSWORD']}}},
    'scope': {'project': {'name': 'admin', 'domain': {'name': 'Default'}}}}})
tok = resp.headers['X-Subject-Token']; pid = body['token']['project']['id']
deadline = time.time() + 180
while True:
    try:
        _, svc = req('GET', 'http://127.0.0.1:8776/v3/%s/os-services' % pid, headers={'X-Auth-Token': tok})
        _, pools = req('GET', 'http://127.0.0.1:8776/v3/%s/scheduler-stats/get_pools' % pid, headers={'X-Auth-Token': tok})
        up = sorted('%s %s' % (s['binary'], s['host']) for s in svc['services']
                    if s['state'] == 'up' and s['status'] == 'enabled')
        names = sorted(p['name'] for p in pools['pools'])
        want = {'cinder-volume osh@hdd', 'cinder-volume osh@ssd', 'cinder-backup osh'}
        if want <= set(up) and len(names) >= 2:
            print('services up: %s; pools: %s' % (', '.join(up), ', '.join(names)))
            break
    except Exception as e:
        pass
    if time.time() > deadline:
        sys.exit('backends did not come up; see logs')
    time.sleep(1)
PY
}

# ---------------------------------------------------------------- images
# One small public qcow2 image (virtual size 1 MiB, data starts with the
# 8 bytes "OSHIMG01"), created once; later runs only check it.
ensure_images() {
    local tmp
    tmp=$(mktemp -d "$OSH_HOME/glance/mkimage.XXXXXX")
    OSH_HOME=$OSH_HOME GLANCE_URL=$GLANCE_URL IMAGE_NAME=$IMAGE_NAME \
    IMAGE_ID=$IMAGE_ID TMPD=$tmp /usr/bin/python3 - <<'PY' || { rm -rf "$tmp"; die "image setup failed"; }
import os, subprocess, sys
from keystoneauth1 import session
from keystoneauth1.identity import v3

env = {}
for line in open(os.environ['OSH_HOME'] + '/adminrc'):
    if line.startswith('export OS_'):
        k, v = line[7:].strip().split('=', 1); env[k] = v
s = session.Session(auth=v3.Password(
    auth_url=env['OS_AUTH_URL'], username='admin', password=env['OS_PASSWORD'],
    project_name='admin', user_domain_id='default', project_domain_id='default'))
G = os.environ['GLANCE_URL'] + '/v2'
name, fixed_id = os.environ['IMAGE_NAME'], os.environ['IMAGE_ID']

imgs = s.get(G + '/images', params={'name': name}).json()['images']
active = [i for i in imgs if i['status'] == 'active']
if active:
    print('image %s already active: %s' % (name, active[0]['id']))
    sys.exit(0)
for i in imgs:
    if i['status'] == 'deactivated':   # has data: make it usable again
        s.post(G + '/images/%s/actions/reactivate' % i['id'])
        print('image %s was deactivated; reactivated: %s' % (name, i['id']))
        sys.exit(0)
for i in imgs:   # left over by an interrupted run (queued/saving/killed)
    print('deleting unusable image %s (%s)' % (i['id'], i['status']))
    s.delete(G + '/images/' + i['id'])

raw, qcow = os.path.join(os.environ['TMPD'], 'img.raw'), os.path.join(os.environ['TMPD'], 'img.qcow2')
with open(raw, 'wb') as f:
    f.write(b'OSHIMG01' + b'\0' * (1024 * 1024 - 16) + b'OSHIMGND')
subprocess.check_call(['qemu-img', 'convert', '-q', '-f', 'raw', '-O', 'qcow2', raw, qcow])
body = {'name': name, 'disk_format': 'qcow2', 'container_format': 'bare',
        'visibility': 'public', 'id': fixed_id}
r = s.post(G + '/images', json=body, raise_exc=False)
if r.status_code == 409:   # id used by a deleted image: take a random one
    del body['id']
    r = s.post(G + '/images', json=body, raise_exc=False)
if r.status_code != 201:
    sys.exit('image create: %s %s' % (r.status_code, r.text))
iid = r.json()['id']
with open(qcow, 'rb') as f:
    s.put(G + '/images/%s/file' % iid, data=f,
          headers={'Content-Type': 'application/octet-stream'})
img = s.get(G + '/images/' + iid).json()
if img['status'] != 'active':
    sys.exit('image %s is %s after upload' % (iid, img['status']))
print('image %s uploaded: %s (%s bytes qcow2, virtual size %s)' % (
    name, iid, img['size'], img.get('virtual_size')))
PY
    rm -rf "$tmp"
}

# ---------------------------------------------------------------- volume types
# Two public types pinned to the backends, so that retype hdd -> ssd (with
# migration_policy=on-demand) moves the volume to the other backend.
# Created if missing; an existing type keeps its other extra specs, only
# volume_backend_name is (re)set when it differs.
ensure_volume_types() {
    OSH_HOME=$OSH_HOME CINDER_URL=$CINDER_URL /usr/bin/python3 - <<'PY' || die "volume type setup failed"
import os, sys
from keystoneauth1 import session
from keystoneauth1.identity import v3

env = {}
for line in open(os.environ['OSH_HOME'] + '/adminrc'):
    if line.startswith('export OS_'):
        k, v = line[7:].strip().split('=', 1); env[k] = v
s = session.Session(auth=v3.Password(
    auth_url=env['OS_AUTH_URL'], username='admin', password=env['OS_PASSWORD'],
    project_name='admin', user_domain_id='default', project_domain_id='default'))
C = '%s/v3/%s' % (os.environ['CINDER_URL'], s.get_project_id())
# is_public=None: admin sees public and private types
types = {t['name']: t for t in s.get(C + '/types', params={'is_public': 'None'}).json()['volume_types']}
for name, desc in (('hdd', 'hdd backend (volume_backend_name=hdd)'),
                   ('ssd', 'ssd backend (volume_backend_name=ssd)')):
    t = types.get(name)
    if t is None:
        t = s.post(C + '/types', json={'volume_type': {
            'name': name, 'description': desc,
            'os-volume-type-access:is_public': True,
            'extra_specs': {'volume_backend_name': name}}}).json()['volume_type']
        print('volume type %s created: %s' % (name, t['id']))
    elif (t.get('extra_specs') or {}).get('volume_backend_name') != name:
        s.post(C + '/types/%s/extra_specs' % t['id'],
               json={'extra_specs': {'volume_backend_name': name}})
        print('volume type %s: volume_backend_name set to %s' % (name, name))
    else:
        print('volume type %s already exists: %s' % (name, t['id']))
PY
}

# ---------------------------------------------------------------- nova
# Placement + Nova (fake virt driver): functions in up-nova.sh
. "$HERE/up-nova.sh"

# ---------------------------------------------------------------- main
install_packages
layout
start_mariadb
start_rabbitmq
start_keystone
keystone_resources
write_rc
start_glance
start_cinder
if [ "$WITH_NOVA" = 1 ]; then
    start_placement
    start_nova
fi
wait_ready
ensure_volume_types
ensure_images
if [ "$WITH_NOVA" = 1 ]; then nova_ready; fi

TOTAL=$(( $(date +%s) - T0 ))
if [ "$WITH_NOVA" = 1 ]; then
    NOVA_LINE="Nova v2.1        $NOVA_URL/v2.1   (catalog type compute; fake virt driver, flavor $NOVA_FLAVOR, boot with \"networks\": \"none\")
Placement        $PLACEMENT_URL      (catalog type placement)"
else
    NOVA_LINE="Nova             not started (OSH_NOVA=0)"
fi
cat <<EOF

===== cinder-console-openstack is up (loopback only) =====
OS_AUTH_URL=$KS_URL/v3
Region / domain  RegionOne / Default
Admin account    admin / $ADMIN_PASS   (project admin, role admin)
Demo account     demo / $DEMO_PASS     (project demo, role member)
Keystone v3      $KS_URL/v3
Cinder v3        $CINDER_URL/v3/<project_id>   (catalog types block-storage, volumev3)
Glance v2        $GLANCE_URL/v2            (catalog type image)
Image            $IMAGE_NAME (public qcow2, 1 MiB virtual): $IMAGE_ID
Backends         osh@hdd#hdd (volume_backend_name=hdd), osh@ssd#ssd (volume_backend_name=ssd)
Backups          cinder-backup (POSIX driver, $OSH_HOME/backups)
$NOVA_LINE
Volume types     hdd -> backend hdd, ssd -> backend ssd (plus Cinder's __DEFAULT__)
Service users    cinder / $CINDER_SVC_PASS, glance / $GLANCE_SVC_PASS$([ "$WITH_NOVA" = 1 ] && echo ", nova / $NOVA_SVC_PASS, placement / $PLACEMENT_SVC_PASS") (project service)
CORS             ${CORS_ORIGIN:-disabled (set OSH_CORS_ALLOWED_ORIGIN to enable)}
rc files         source $OSH_HOME/adminrc  |  source $OSH_HOME/demorc
State / logs     $OSH_HOME  |  $LOG/
Stop             bash $HERE/down.sh   (stops exactly what up.sh started; data kept)
Time             total ${TOTAL}s (package install ${INSTALL_SECS}s)
=========================================================================================
EOF
