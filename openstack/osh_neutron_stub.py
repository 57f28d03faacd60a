"""Stand-in for the two Neutron calls Nova makes for servers without networks.

TEST HARNESS ONLY.  The local cloud has no Neutron: servers are booted with
"networks": "none" (compute API >= 2.37), so Nova never allocates a port.  But
deleting a server still asks Neutron for the server's ports
(nova/network/neutron.py#deallocate_for_instance: GET /v2.0/ports?device_id=)
and a failure there leaves the server in ERROR instead of deleted.  This
answers "no ports" (and "no extensions"); everything else is a Neutron-shaped
404.  It is reached only through nova.conf [neutron] endpoint_override and is
NOT in the Keystone catalog, so clients do not see a network service.

    python3 osh_neutron_stub.py 127.0.0.1 9696
"""

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

EMPTY = {
    '/v2.0/ports': {'ports': []},
    '/v2.0/extensions': {'extensions': []},
    '/v2.0/networks': {'networks': []},
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.0'

    def _send(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _path(self):
        path = urlsplit(self.path).path.rstrip('/')
        return path[:-5] if path.endswith('.json') else path  # older clients

    def do_GET(self):
        if self._path() in EMPTY:
            self._send(200, EMPTY[self._path()])
        else:
            self._not_found()

    def _not_found(self):
        self._send(404, {'NeutronError': {
            'type': 'HTTPNotFound', 'detail': '',
            'message': 'osh neutron stub: %s %s is not served here '
                       '(this cloud has no networking)' % (
                           self.command, self._path())}})

    do_POST = do_PUT = do_DELETE = _not_found

    def log_message(self, fmt, *args):
        sys.stderr.write('%s %s\n' % (self.log_date_time_string(), fmt % args))


if __name__ == '__main__':
    host, port = sys.argv[1], int(sys.argv[2])
    ThreadingHTTPServer((host, port), Handler).serve_forever()
