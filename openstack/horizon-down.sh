#!/bin/bash
# horizon-down.sh - stop the Horizon that openstack/horizon-up.sh started (its uwsgi master, by the pid
# file, only if that process is still ours). Packages, settings and sessions stay.
#
# Environment: HORIZON_HOME (/var/lib/cinder-console-horizon).
set -euo pipefail
H=${HORIZON_HOME:-/var/lib/cinder-console-horizon}
PIDF=$H/uwsgi.pid
say() { echo "horizon-down: $*"; }

[ -f "$PIDF" ] || { say "not running (no $PIDF)"; exit 0; }
pid=$(tr -dc 0-9 <"$PIDF")
if [ -z "$pid" ] || ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$H/uwsgi.ini"; then
    say "not running (stale $PIDF)"; rm -f "$PIDF"; exit 0
fi
kill -INT "$pid"   # uwsgi's master: INT stops it and its workers at once
for _ in $(seq 1 50); do [ -d "/proc/$pid" ] || break; sleep 0.2; done
[ -d "/proc/$pid" ] && kill -KILL "$pid"
rm -f "$PIDF"
say "stopped Horizon (uwsgi pid $pid)"
