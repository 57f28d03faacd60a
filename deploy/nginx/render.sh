#!/bin/bash
# render.sh - render the Cinder Console nginx server block and its snippets.
#
#   deploy/nginx/render.sh OUTPUT.conf [SNIPPETS_DIR]
#
# Writes OUTPUT.conf (a `server { }` block for inclusion inside `http { }`)
# and the snippets it includes into SNIPPETS_DIR (default: the directory
# cinder-console-snippets/ next to OUTPUT.conf; the server block refers to
# them by absolute path).  Only these variables are substituted, so nginx's
# own variables ($uri, $host, ...) stay as they are:
#
#   CONSOLE_LISTEN  default 8080               port or addr:port
#   CONSOLE_ROOT    default <repo>/dist        the production build (absolute)
#   KEYSTONE_URL    default http://127.0.0.1:5000   Keystone base URL without /v3;
#                                              may carry a path (http://h:5001/identity)
#   CINDER_URL      default http://127.0.0.1:8776   Cinder ORIGIN, no path
#   GLANCE_URL      default http://127.0.0.1:9292   Glance ORIGIN, no path
#   CONSOLE_TLS_CERT, CONSOLE_TLS_KEY  default unset: plain HTTP. Both set
#                   (absolute paths of a PEM certificate chain and key): TLS
#                   with HTTP/2 on CONSOLE_LISTEN (browsers speak HTTP/2 over
#                   TLS only)
#   CONSOLE_BROTLI  default auto: serve the build's .br files when nginx has
#                   the brotli_static module (Debian: libnginx-mod-http-brotli-
#                   static, loaded by load_module); on | off to force
#   GLANCE_CATALOG_PATH  default /image        only used when GLANCE_URL equals
#                   CINDER_URL (devstack, the emulator): the path of Glance's
#                   catalog URL on that shared origin, to tell the two apart
#   NOVA_URL        default http://127.0.0.1:8774   Nova ORIGIN, no path (optional
#                   service: without Nova in the catalog nothing calls it)
#   NOVA_CATALOG_PATH  default /compute        only used when NOVA_URL equals
#                   CINDER_URL or GLANCE_URL: the path of Nova's catalog URL there
#
# The browser calls /api/block-storage/<path>, /api/image/<path> and
# /api/compute/<path>, and
# <path> is what follows the origin in the catalog URL (e.g. v3/<project> for
# real Cinder, volume/v3/<project> for the emulator): that is why these three
# are origins, while the identity prefix maps onto KEYSTONE_URL as a whole.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

die() { echo "render.sh: $*" >&2; exit 1; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: $0 OUTPUT.conf [SNIPPETS_DIR]"
command -v envsubst >/dev/null || die "envsubst not found (Debian package gettext-base: apt-get install -y gettext-base)"

OUT=$1
mkdir -p "$(dirname "$OUT")"
OUT=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")
SNIP=${2:-$(dirname "$OUT")/cinder-console-snippets}
mkdir -p "$SNIP"
SNIP=$(cd "$SNIP" && pwd)

export CONSOLE_LISTEN=${CONSOLE_LISTEN:-8080}
export CONSOLE_ROOT=${CONSOLE_ROOT:-$REPO/dist}
export KEYSTONE_URL=${KEYSTONE_URL:-http://127.0.0.1:5000}
export CINDER_URL=${CINDER_URL:-http://127.0.0.1:8776}
export GLANCE_URL=${GLANCE_URL:-http://127.0.0.1:9292}
GLANCE_CATALOG_PATH=${GLANCE_CATALOG_PATH:-/image}
export NOVA_URL=${NOVA_URL:-http://127.0.0.1:8774}
NOVA_CATALOG_PATH=${NOVA_CATALOG_PATH:-/compute}
export CONSOLE_SNIPPETS=$SNIP

# normalise: no trailing slash; an OS_AUTH_URL-style .../v3 is accepted for Keystone
KEYSTONE_URL=${KEYSTONE_URL%/}; KEYSTONE_URL=${KEYSTONE_URL%/v3}; KEYSTONE_URL=${KEYSTONE_URL%/}
CINDER_URL=${CINDER_URL%/}
GLANCE_URL=${GLANCE_URL%/}
NOVA_URL=${NOVA_URL%/}
CONSOLE_ROOT=${CONSOLE_ROOT%/}

# validate: the values end up verbatim in nginx syntax
host_re='(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?'
origin_re="^https?://${host_re}\$"
path_re="^https?://${host_re}(/[A-Za-z0-9._~-]+)*\$"
[[ $CONSOLE_LISTEN =~ ^([0-9.]+:|\[[0-9a-fA-F:]+\]:)?[0-9]{1,5}$ ]] ||
    die "CONSOLE_LISTEN must be PORT, IPv4:PORT or [IPv6]:PORT (got '$CONSOLE_LISTEN')"
[[ $CONSOLE_ROOT == /* && $CONSOLE_ROOT =~ ^[A-Za-z0-9/._@+-]+$ ]] ||
    die "CONSOLE_ROOT must be an absolute path without spaces or quotes (got '$CONSOLE_ROOT')"
[[ $KEYSTONE_URL =~ $path_re ]] ||
    die "KEYSTONE_URL must look like http://host:port or http://host:port/path (got '$KEYSTONE_URL')"
[[ $CINDER_URL =~ $origin_re ]] ||
    die "CINDER_URL must be an origin, scheme://host:port without a path (got '$CINDER_URL'); the path comes from the catalog"
[[ $GLANCE_URL =~ $origin_re ]] ||
    die "GLANCE_URL must be an origin, scheme://host:port without a path (got '$GLANCE_URL')"
GLANCE_CATALOG_PATH=/${GLANCE_CATALOG_PATH#/}; GLANCE_CATALOG_PATH=${GLANCE_CATALOG_PATH%/}
[[ $GLANCE_CATALOG_PATH =~ ^(/[A-Za-z0-9._~-]+)+$ ]] ||
    die "GLANCE_CATALOG_PATH must be a path like /image (got '$GLANCE_CATALOG_PATH')"
[[ $NOVA_URL =~ $origin_re ]] ||
    die "NOVA_URL must be an origin, scheme://host:port without a path (got '$NOVA_URL')"
NOVA_CATALOG_PATH=/${NOVA_CATALOG_PATH#/}; NOVA_CATALOG_PATH=${NOVA_CATALOG_PATH%/}
[[ $NOVA_CATALOG_PATH =~ ^(/[A-Za-z0-9._~-]+)+$ ]] ||
    die "NOVA_CATALOG_PATH must be a path like /compute (got '$NOVA_CATALOG_PATH')"
if [ "$KEYSTONE_URL" = "$CINDER_URL" ] || [ "$KEYSTONE_URL" = "$GLANCE_URL" ]; then
    echo "render.sh: warning: KEYSTONE_URL has no path and shares its origin with Cinder/Glance:" \
         "the catalog rewrite maps everything on it to /api/identity; give KEYSTONE_URL its path (e.g. .../identity)" >&2
fi
[ -f "$CONSOLE_ROOT/index.html" ] ||
    echo "render.sh: warning: $CONSOLE_ROOT/index.html does not exist (run 'npm run build'?)" >&2

CONSOLE_TLS_CERT=${CONSOLE_TLS_CERT:-}
CONSOLE_TLS_KEY=${CONSOLE_TLS_KEY:-}
if [ -n "$CONSOLE_TLS_CERT$CONSOLE_TLS_KEY" ]; then
    [ -n "$CONSOLE_TLS_CERT" ] && [ -n "$CONSOLE_TLS_KEY" ] || die "set both CONSOLE_TLS_CERT and CONSOLE_TLS_KEY (or neither)"
    for f in "$CONSOLE_TLS_CERT" "$CONSOLE_TLS_KEY"; do
        [[ $f == /* && $f =~ ^[A-Za-z0-9/._@+-]+$ ]] || die "TLS files must be absolute paths without spaces or quotes (got '$f')"
    done
fi
BROTLI_MODULE=${BROTLI_MODULE:-/usr/lib/nginx/modules/ngx_http_brotli_static_module.so}
case ${CONSOLE_BROTLI:-auto} in
    auto) if [ -f "$BROTLI_MODULE" ]; then CONSOLE_BROTLI=on; else CONSOLE_BROTLI=off; fi ;;
    on|off) ;;
    *) die "CONSOLE_BROTLI must be auto, on or off (got '$CONSOLE_BROTLI')" ;;
esac

VARS='${CONSOLE_LISTEN} ${CONSOLE_ROOT} ${KEYSTONE_URL} ${CINDER_URL} ${GLANCE_URL} ${NOVA_URL} ${CONSOLE_SNIPPETS}'
render() {  # render SRC DST: substitute only $VARS, write atomically
    envsubst "$VARS" <"$1" >"$2.tmp"
    mv -f "$2.tmp" "$2"
}

render "$HERE/cinder-console.conf.template" "$OUT"
cp "$HERE/snippets/cinder-console-security-headers.conf" "$SNIP/cinder-console-security-headers.conf.tmp"
mv -f "$SNIP/cinder-console-security-headers.conf.tmp" "$SNIP/cinder-console-security-headers.conf"
render "$HERE/snippets/cinder-console-proxy.conf.template" "$SNIP/cinder-console-proxy.conf"

# How the server listens: plain HTTP, or TLS with HTTP/2 (nginx 1.22 syntax,
# Debian 12's; 1.25+ also accepts it, with a deprecation warning).
{
    echo "# Generated by deploy/nginx/render.sh."
    if [ -n "$CONSOLE_TLS_CERT" ]; then
        echo "listen $CONSOLE_LISTEN ssl http2;"
        echo "ssl_certificate $CONSOLE_TLS_CERT;"
        echo "ssl_certificate_key $CONSOLE_TLS_KEY;"
        echo "ssl_protocols TLSv1.2 TLSv1.3;"
        echo "ssl_session_cache shared:cinder_console_tls:1m;"
        echo "ssl_session_timeout 1h;"
    else
        echo "listen $CONSOLE_LISTEN;"
    fi
} >"$SNIP/cinder-console-listen.conf.tmp"
mv -f "$SNIP/cinder-console-listen.conf.tmp" "$SNIP/cinder-console-listen.conf"

# The build's precompressed copies (.gz always; .br needs the brotli_static
# module, whose load_module line belongs in nginx's main context: run.sh
# writes it, Debian's own nginx.conf loads modules-enabled/).
{
    echo "# Generated by deploy/nginx/render.sh."
    echo "gzip_static on;"
    [ "$CONSOLE_BROTLI" = on ] && echo "brotli_static on;"
    true
} >"$SNIP/cinder-console-precompressed.conf.tmp"
mv -f "$SNIP/cinder-console-precompressed.conf.tmp" "$SNIP/cinder-console-precompressed.conf"

# The catalog rewrite (sub_filter) is generated here rather than templated:
# its patterns and their order depend on whether the origins coincide.
# sub_filter tries its patterns in the order listed and the first that
# matches at a position wins, so more specific patterns come first.
sf() {  # sf FROM TO: "FROM/ -> "TO/ and "FROM" -> "TO" (anchored at the opening quote)
    printf "sub_filter '\"%s/' '\"%s/';\n" "$1" "$2"
    printf "sub_filter '\"%s\"' '\"%s\"';\n" "$1" "$2"
}
{
    cat <<'EOF2'
# Generated by deploy/nginx/render.sh.
# Rewrites the endpoint URLs of Keystone token/catalog responses onto this
# console's same-origin prefixes. A pattern starts at the opening quote of a
# JSON string, so nothing in the middle of a string is touched; the first
# listed pattern that matches at a position wins.
proxy_set_header Accept-Encoding "";   # sub_filter needs an uncompressed body
sub_filter_types application/json;
sub_filter_once off;
sub_filter_last_modified off;
EOF2
    sf "$KEYSTONE_URL" /api/identity
    # Services sharing an origin are told apart by their catalog paths, listed first.
    if [ "$NOVA_URL" = "$CINDER_URL" ] || [ "$NOVA_URL" = "$GLANCE_URL" ]; then
        echo "# Nova shares an origin with Cinder or Glance: Nova is recognised by its path"
        sf "$NOVA_URL$NOVA_CATALOG_PATH" "/api/compute$NOVA_CATALOG_PATH"
    fi
    if [ "$GLANCE_URL" = "$CINDER_URL" ]; then
        echo "# Cinder and Glance share one origin: Glance is recognised by its path"
        sf "$GLANCE_URL$GLANCE_CATALOG_PATH" "/api/image$GLANCE_CATALOG_PATH"
        sf "$CINDER_URL" /api/block-storage
    else
        sf "$CINDER_URL" /api/block-storage
        sf "$GLANCE_URL" /api/image
    fi
    if [ "$NOVA_URL" != "$CINDER_URL" ] && [ "$NOVA_URL" != "$GLANCE_URL" ]; then
        sf "$NOVA_URL" /api/compute
    fi
} >"$SNIP/cinder-console-catalog-rewrite.conf.tmp"
mv -f "$SNIP/cinder-console-catalog-rewrite.conf.tmp" "$SNIP/cinder-console-catalog-rewrite.conf"

echo "render.sh: wrote $OUT and $SNIP/cinder-console-*.conf"
echo "  listen $CONSOLE_LISTEN$([ -n "$CONSOLE_TLS_CERT" ] && echo ' (TLS, HTTP/2)'), root $CONSOLE_ROOT, precompressed: gzip$([ "$CONSOLE_BROTLI" = on ] && echo ' + brotli')"
echo "  /api/identity/      -> $KEYSTONE_URL/"
echo "  /api/block-storage/ -> $CINDER_URL/"
echo "  /api/image/         -> $GLANCE_URL/"
echo "  /api/compute/       -> $NOVA_URL/"
if [ "$GLANCE_URL" = "$CINDER_URL" ]; then
    echo "  (shared Cinder/Glance origin: catalog URLs under $GLANCE_URL$GLANCE_CATALOG_PATH -> /api/image$GLANCE_CATALOG_PATH)"
fi
