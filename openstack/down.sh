#!/bin/bash
# down.sh - stop exactly the processes that openstack/up.sh started, using the PIDs it
# recorded in $OSH_HOME/run/<name>.pid ("PID SIGNATURE").  Each of those
# processes was started with setsid, so PID == process-group id; the whole
# group (e.g. uwsgi workers, cinder-volume backend children, beam.smp) gets
# SIGTERM, then SIGKILL after a grace period.  A PID whose command line no
# longer contains the recorded signature (recycled PID) is left alone.
# Data (databases, volumes, images, keys) is kept; up.sh starts everything again.
set -uo pipefail
export PATH=/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
OSH_HOME=${OSH_HOME:-/var/lib/cinder-console-openstack}
RUN=$OSH_HOME/run
GRACE=${OSH_STOP_GRACE:-30}

if [ "$(id -u)" != 0 ]; then
    echo "down.sh: must run as root (the services were started as root by up.sh): sudo bash $0" >&2
    exit 1
fi
if [ ! -d "$RUN" ]; then
    echo "down.sh: nothing to stop ($RUN does not exist; OSH_HOME=$OSH_HOME)"
    exit 0
fi

# reverse start order
ORDER="nova-api nova-compute nova-scheduler nova-conductor neutron-stub placement-api cinder-api cinder-backup cinder-volume cinder-scheduler glance-api keystone rabbitmq epmd mariadb"

group_alive() { kill -0 -- "-$1" 2>/dev/null; }

stop_one() {
    local name=$1 f=$RUN/$1.pid pid sig i
    [ -f "$f" ] || return 0
    read -r pid sig <"$f" || true
    if [ -z "${pid:-}" ] || [ ! -d "/proc/$pid" ]; then
        if [ -n "${pid:-}" ] && group_alive "$pid"; then
            : # leader gone but members of its group remain: fall through
        else
            echo "$name: not running"; rm -f "$f"; return 0
        fi
    elif ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$sig"; then
        echo "$name: pid $pid is not ours any more (cmdline changed); not touching it"
        rm -f "$f"; return 0
    fi
    echo "$name: SIGTERM to process group $pid"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < GRACE * 2; i++)); do
        group_alive "$pid" || break
        sleep 0.5
    done
    if group_alive "$pid"; then
        echo "$name: still alive after ${GRACE}s, SIGKILL to process group $pid"
        kill -KILL -- "-$pid" 2>/dev/null
        for ((i = 0; i < 20; i++)); do group_alive "$pid" || break; sleep 0.5; done
    fi
    rm -f "$f"
}

for n in $ORDER; do stop_one "$n"; rm -f "$RUN/$n.cfg"; done
echo "cinder-console-openstack stopped (data kept in $OSH_HOME; up.sh starts it again)"
