#!/bin/bash
# horizon-up.sh - the performance anchor: Debian's Horizon (openstack-dashboard) on loopback, against
# the same real Keystone + Cinder as the console (openstack/up.sh), for `npm run bench -- --vs-horizon`.
#
#   sudo bash openstack/horizon-up.sh     # install (first time), configure, start, check; idempotent
#   sudo bash openstack/horizon-down.sh   # stop what this started (the packages and settings stay)
#
# Served by uwsgi (as Debian serves Keystone and Cinder here) with its static files mapped in (far-future
# expiry, like a production Horizon), file sessions, and `user_home` set to the volumes panel (the
# project overview needs Nova). Nothing of openstack/up.sh's state is touched.
#
# Environment: HORIZON_PORT (8086), HORIZON_HOME (/var/lib/cinder-console-horizon),
#              OS_AUTH_URL (http://127.0.0.1:5000/v3).
set -euo pipefail
export PATH=/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin

PORT=${HORIZON_PORT:-8086}
H=${HORIZON_HOME:-/var/lib/cinder-console-horizon}
AUTH=${OS_AUTH_URL:-http://127.0.0.1:5000/v3}
SNIPPET=/etc/openstack-dashboard/local_settings.d/_90_cinder_console_bench.py
STATIC=/var/lib/openstack-dashboard/static
PIDF=$H/uwsgi.pid

say() { echo "horizon-up: $*"; }
die() { echo "horizon-up: ERROR: $*" >&2; exit 1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running() { [ -f "$PIDF" ] && kill -0 "$(cat "$PIDF")" 2>/dev/null && tr '\0' ' ' <"/proc/$(cat "$PIDF")/cmdline" | grep -qF "$H/uwsgi.ini"; }

[ "$(id -u)" = 0 ] || die "run as root (it installs Debian packages)"
[[ $PORT =~ ^[0-9]+$ ]] || die "HORIZON_PORT must be a port number (got '$PORT')"
curl -s -o /dev/null -m 5 "$AUTH" || die "Keystone does not answer at $AUTH (start the cloud: openstack/up.sh)"

if ! dpkg -s openstack-dashboard uwsgi-plugin-python3 >/dev/null 2>&1; then
    say "installing openstack-dashboard and uwsgi-plugin-python3 with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends openstack-dashboard uwsgi-plugin-python3 >/dev/null || {
        apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null || die "apt-get update failed (apt archive unreachable?)"
        apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends openstack-dashboard uwsgi-plugin-python3 >/dev/null ||
            die "apt-get install openstack-dashboard failed"
    }
fi

mkdir -p "$H/sessions" "$H/logs"
# Debian runs Horizon as www-data (its secret key store belongs to it)
chown www-data:www-data "$H/sessions"
chmod 700 "$H/sessions"

# Settings: exec'd by Horizon after /etc/openstack-dashboard/local_settings.py (local_settings.d).
cat >"$SNIPPET.tmp" <<PY
# Written by cinder-console openstack/horizon-up.sh: Horizon as the console's performance anchor.
OPENSTACK_HOST = "127.0.0.1"
OPENSTACK_KEYSTONE_URL = "$AUTH"
OPENSTACK_KEYSTONE_DEFAULT_DOMAIN = "Default"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SESSION_ENGINE = "django.contrib.sessions.backends.file"
SESSION_FILE_PATH = "$H/sessions"
# Plain HTTP on loopback: the session and CSRF cookies must not require HTTPS.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# No Nova: the project overview (Horizon's default home) needs it; land on the volumes panel.
HORIZON_CONFIG["user_home"] = "/project/volumes/"
PY
mv -f "$SNIPPET.tmp" "$SNIPPET"

# COMPRESS_OFFLINE is on (Debian's snippet): the compressed bundles must exist, once.
# (COMPRESS_OUTPUT_DIR is "dashboard"; Debian's postinst normally did it already.)
if [ ! -f "$STATIC/dashboard/manifest.json" ]; then
    say "compressing Horizon's static files (first time, ~1 min)"
    python3 /usr/share/openstack-dashboard/manage.py compress --force >"$H/logs/compress.log" 2>&1 ||
        die "manage.py compress failed, see $H/logs/compress.log"
fi
# manage.py run as root creates the secret key as root: it is www-data's
chown -R www-data:www-data /var/lib/openstack-dashboard/secret-key

cat >"$H/uwsgi.ini.tmp" <<INI
[uwsgi]
plugins = python3
http-socket = 127.0.0.1:$PORT
wsgi-file = /usr/share/openstack-dashboard/wsgi.py
uid = www-data
gid = www-data
master = true
processes = 2
threads = 4
enable-threads = true
lazy-apps = true
die-on-term = true
buffer-size = 65535
# static files as a production Horizon serves them: from disk, cached for a month (hashed names)
static-map = /static=$STATIC
static-expires = .* 2592000
add-header = Connection: close
pidfile = $PIDF
logto = $H/logs/uwsgi.log
INI
if running && cmp -s "$H/uwsgi.ini.tmp" "$H/uwsgi.ini"; then
    rm -f "$H/uwsgi.ini.tmp"
    say "already running (pid $(cat "$PIDF"))"
else
    if running; then bash "$(dirname "$0")/horizon-down.sh"; fi
    mv -f "$H/uwsgi.ini.tmp" "$H/uwsgi.ini"
    port_busy "$PORT" && die "port $PORT is already in use (HORIZON_PORT)"
    setsid uwsgi --ini "$H/uwsgi.ini" </dev/null >/dev/null 2>&1 &
    for _ in $(seq 1 120); do
        curl -s -o /dev/null "http://127.0.0.1:$PORT/auth/login/" && break
        sleep 0.5
    done
fi
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/auth/login/") || true
[ "$code" = 200 ] || die "Horizon's login page answered $code (see $H/logs/uwsgi.log)"
say "Horizon: http://127.0.0.1:$PORT/ (admin/admin, demo/demo), state in $H"
say "stop with: sudo bash openstack/horizon-down.sh"
