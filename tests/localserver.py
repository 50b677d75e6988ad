"""A local HTTP server whose routes inject faults, for fetcher tests (never the internet)."""
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FaultServer:
    def __init__(self, host="127.0.0.1"):
        self.hits: dict[str, int] = {}
        self.times: list[tuple[str, float]] = []
        self.routes = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                server.times.append((self.headers.get("Host", ""), time.monotonic()))
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                route(self, server.hits[self.path])

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.port = self.httpd.server_address[1]
        self.host = host
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path, host=None):
        return f"http://{host or self.host}:{self.port}{path}"

    def close(self):
        self.httpd.shutdown()


def send(handler, status=200, body=b"", headers=()):
    handler.send_response(status)
    for k, v in headers:
        handler.send_header(k, v)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
