#!/usr/bin/env bash
# npm run test:integration — everything that needs a real OpenStack (and nginx):
#   1. brings up the real Keystone + Glance + Cinder (openstack/up.sh: installs Debian packages the
#      first time, then starts the services; idempotent, ~11 s when already running),
#   2. the contract suite: the same API scenarios against the real Cinder and the emulator, diffed,
#   3. the end-to-end specs of e2e/integration/ through `vite preview` proxying to the real cloud,
#   4. the nginx deployment test, in front of the standalone emulator and of the real cloud.
# Needs root (or passwordless sudo) for apt and the services; says so and fails otherwise.
# Every part runs even when an earlier one failed; the last line is "N passed, N failed" (parts).
#
# Environment: OS_AUTH_URL (default http://127.0.0.1:5000/v3, the cloud up.sh starts),
#   INTEGRATION_PORT (5209: vite preview), NGINX_PORT (5210), EMULATOR_PORT (6210),
#   INTEGRATION_SKIP_UP=1 to use an already running cloud at OS_AUTH_URL without running up.sh,
#   INTEGRATION_PARTS="contract e2e nginx-emulator nginx-real" to run only some parts.
set -uo pipefail
cd "$(dirname "$0")/.."
export OS_AUTH_URL=${OS_AUTH_URL:-http://127.0.0.1:5000/v3}
PORT=${INTEGRATION_PORT:-5209}
PARTS=${INTEGRATION_PARTS:-contract e2e nginx-emulator nginx-real}
PASSED=0 FAILED=0 FAILURES=()
PREVIEW_PID=

say() { echo; echo "=== integration: $* ==="; }
die() { echo "integration: ERROR: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
wants() { [[ " $PARTS " == *" $1 "* ]]; }
part() { # name, command...
  local name=$1; shift
  say "$name"
  local started=$SECONDS
  if "$@"; then PASSED=$((PASSED + 1)); echo "integration: $name passed ($((SECONDS - started)) s)"
  else FAILED=$((FAILED + 1)); FAILURES+=("$name"); echo "integration: $name FAILED ($((SECONDS - started)) s)"; fi
}
cleanup() { if [ -n "$PREVIEW_PID" ]; then kill -TERM -- "-$PREVIEW_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -E "$@"
  else return 77; fi
}

# 1. The real cloud. Never skipped silently: without root it fails here, with the reason.
if [ "${INTEGRATION_SKIP_UP:-}" = 1 ]; then
  curl -s -o /dev/null "$OS_AUTH_URL" || die "INTEGRATION_SKIP_UP=1 but Keystone does not answer at $OS_AUTH_URL"
else
  say "real OpenStack (openstack/up.sh)"
  as_root bash openstack/up.sh
  rc=$?
  [ $rc = 77 ] && die "the integration tests need a real Keystone + Cinder, which openstack/up.sh installs and starts as root (apt-get, services). Run as root or with passwordless sudo: sudo npm run test:integration (or start a cloud yourself and set OS_AUTH_URL + INTEGRATION_SKIP_UP=1)."
  [ $rc = 0 ] || die "openstack/up.sh failed (exit $rc); its log is under /var/lib/cinder-console-openstack/log"
fi
bash scripts/ensure-chromium.sh || die "Chromium is missing (scripts/ensure-chromium.sh)"

# The integration code type-checks on its own (the root tsconfig does not include it).
part "typecheck integration/" npx tsc --noEmit -p integration/tsconfig.json

wants contract && part "contract suite (emulator vs real Cinder)" npx vitest run --config integration/vitest.config.ts

if wants e2e || wants nginx-emulator || wants nginx-real; then
  say "production build"
  npx vite build >/tmp/cinder-console-integration-build.log 2>&1 || { tail -30 /tmp/cinder-console-integration-build.log; die "vite build failed"; }
fi

run_e2e() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && { echo "port $PORT is in use (INTEGRATION_PORT)"; return 1; }
  # vite preview serves dist/ and proxies /api/* to the real cloud (OS_AUTH_URL), like npm run preview.
  PORT=$PORT setsid npx vite preview --port "$PORT" --strictPort >/tmp/cinder-console-integration-preview.log 2>&1 &
  PREVIEW_PID=$!
  for _ in $(seq 1 150); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/config.json" && break; sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/config.json" || { cat /tmp/cinder-console-integration-preview.log; return 1; }
  local rc=0
  # Own output folder: other Playwright runs in a shared work tree empty test-results/ when they start.
  E2E_BASE_URL=http://127.0.0.1:$PORT E2E_WORKERS=${E2E_WORKERS:-1} npx playwright test e2e/integration/ \
    --output "${TMPDIR:-/tmp}/cinder-console-integration-e2e" || rc=$?
  kill -TERM -- "-$PREVIEW_PID" 2>/dev/null || true
  PREVIEW_PID=
  return $rc
}
wants e2e && part "end-to-end against real Cinder (e2e/integration/)" run_e2e

as_nginx() { if [ "$(id -u)" = 0 ] || command -v nginx >/dev/null; then "$@"; else as_root "$@"; fi; }
wants nginx-emulator && part "nginx deployment test (emulator)" as_nginx bash integration/nginx/run.sh emulator
wants nginx-real && part "nginx deployment test (real Cinder)" as_nginx bash integration/nginx/run.sh real

echo
[ ${#FAILURES[@]} -gt 0 ] && echo "integration: failed: ${FAILURES[*]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
