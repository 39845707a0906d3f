"""A small web server on 127.0.0.1 for `selfcare add URL` and `selfcare update` tests.

Each path answers as a route says: a body (a routine, a page, a file too large), a redirect,
or no answer at all until the test ends (for the time limit). Routes may change mid-test, as a
practitioner changes the file behind a link.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False  # answer nothing until the server stops
    drip: float = 0.0  # seconds between one byte of the body and the next


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up leaves a broken pipe behind: not the test's business


class RoutineServer:
    """Serves `routes` (path → Route) at `url(path)`; counts the requests it was sent."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.released = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path, Route(b"not found", 404))
                if route.hang:
                    server.released.wait(30)
                    return
                self.send_response(route.status)
                headers = {"Content-Type": "text/yaml; charset=utf-8", **route.headers}
                headers.setdefault("Content-Length", str(len(route.body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if not route.drip:
                    self.wfile.write(route.body)
                for byte in route.body if route.drip else b"":
                    if server.released.wait(route.drip):
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()

            def log_message(self, format: str, *args: object) -> None:
                pass  # no request lines in the test output

        self.http = _QuietServer(("127.0.0.1", 0), Handler)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}{path}"

    def serve(self, path: str, text: str | bytes, **options: object) -> str:
        """Serve `text` at `path`; the link to it."""
        body = text.encode("utf-8") if isinstance(text, str) else text
        self.routes[path] = Route(body, **options)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": to})
        return self.url(path)


@contextmanager
def running_server() -> Iterator[RoutineServer]:
    server = RoutineServer()
    thread = threading.Thread(target=server.http.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.released.set()
        server.http.shutdown()
        server.http.server_close()
        thread.join(10)
