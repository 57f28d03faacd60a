#!/usr/bin/env bash
# The nginx deployment test: Debian's nginx with exactly deploy/'s configuration (deploy/nginx/run.sh)
# serving the production build, in front of the standalone emulator or the real cloud, driven by
# Playwright (integration/nginx/nginx.spec.ts).
#
#   integration/nginx/run.sh emulator   # needs nginx (installed by deploy/nginx/run.sh as root) + Chromium
#   integration/nginx/run.sh real       # plus the real cloud (openstack/up.sh), OS_AUTH_URL
#
# Environment: CONSOLE_ROOT (default <repo>/dist, build it first), NGINX_PORT (5210), EMULATOR_PORT (6210),
#              NGINX_TLS_PORT (5211): a second nginx, same configuration with TLS + HTTP/2 (self-signed).
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=${1:-emulator}
NGINX_PORT=${NGINX_PORT:-5210}
NGINX_TLS_PORT=${NGINX_TLS_PORT:-5211}
EMULATOR_PORT=${EMULATOR_PORT:-6210}
DIST=${CONSOLE_ROOT:-$PWD/dist}
say() { echo "nginx-test: $*"; }
die() { echo "nginx-test: ERROR: $*" >&2; exit 1; }

[ -f "$DIST/index.html" ] || die "no build at $DIST (run: npx vite build)"
export CONSOLE_NGINX_HOME=${TMPDIR:-/tmp}/cinder-console-nginx-test-$NGINX_PORT
export CONSOLE_LISTEN=127.0.0.1:$NGINX_PORT CONSOLE_ROOT=$DIST
EMULATOR_PID=

cleanup() {
  deploy/nginx/run.sh stop >/dev/null 2>&1 || true
  CONSOLE_NGINX_HOME=$CONSOLE_NGINX_HOME-tls CONSOLE_LISTEN=127.0.0.1:$NGINX_TLS_PORT deploy/nginx/run.sh stop >/dev/null 2>&1 || true
  if [ -n "$EMULATOR_PID" ]; then kill -TERM -- "-$EMULATOR_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

wait_http() { # url, what
  for _ in $(seq 1 100); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done
  die "$2 did not answer at $1"
}

case $MODE in
emulator)
  (exec 3<>"/dev/tcp/127.0.0.1/$EMULATOR_PORT") 2>/dev/null && die "port $EMULATOR_PORT is in use (EMULATOR_PORT)"
  # Short delays: the UI still sees "creating" before "available", the test stays quick.
  EMULATOR_PORT=$EMULATOR_PORT EMULATOR_DELAYS='{"create":1500,"delete":1000,"extend":1000,"snapshotCreate":1500,"snapshotDelete":1000}' \
    setsid node_modules/.bin/tsx emulator/server.ts >"$CONSOLE_NGINX_HOME.emulator.log" 2>&1 &
  EMULATOR_PID=$!
  wait_http "http://127.0.0.1:$EMULATOR_PORT/identity/v3" "the emulator"
  export KEYSTONE_URL=http://127.0.0.1:$EMULATOR_PORT/identity CINDER_URL=http://127.0.0.1:$EMULATOR_PORT GLANCE_URL=http://127.0.0.1:$EMULATOR_PORT NOVA_URL=http://127.0.0.1:$EMULATOR_PORT
  ;;
real)
  AUTH=${OS_AUTH_URL:-http://127.0.0.1:5000/v3}
  curl -s -o /dev/null "$AUTH" || die "Keystone does not answer at $AUTH (start it: sudo bash openstack/up.sh)"
  export KEYSTONE_URL=${AUTH%/v3} CINDER_URL=${OS_VOLUME_ORIGIN:-http://127.0.0.1:8776} GLANCE_URL=${OS_IMAGE_ORIGIN:-http://127.0.0.1:9292} NOVA_URL=${OS_COMPUTE_ORIGIN:-http://127.0.0.1:8774}
  ;;
*) die "usage: $0 emulator|real" ;;
esac

mkdir -p "$CONSOLE_NGINX_HOME" "$CONSOLE_NGINX_HOME-tls"
deploy/nginx/run.sh start
wait_http "http://127.0.0.1:$NGINX_PORT/" "nginx"
say "nginx on :$NGINX_PORT in front of the $MODE ($KEYSTONE_URL)"
CONSOLE_NGINX_HOME=$CONSOLE_NGINX_HOME-tls CONSOLE_LISTEN=127.0.0.1:$NGINX_TLS_PORT CONSOLE_TLS=self-signed deploy/nginx/run.sh start
for _ in $(seq 1 100); do curl -sk -o /dev/null "https://127.0.0.1:$NGINX_TLS_PORT/" && break; sleep 0.2; done
say "and with TLS + HTTP/2 on :$NGINX_TLS_PORT"
NGINX_URL=http://127.0.0.1:$NGINX_PORT NGINX_TLS_URL=https://127.0.0.1:$NGINX_TLS_PORT npx playwright test -c integration/nginx/playwright.config.ts
