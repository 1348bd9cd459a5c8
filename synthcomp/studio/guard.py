"""What keeps other web pages out of the Studio server (`make studio`).

CORS only decides which pages may *read* an answer: a browser still sends a page's "simple"
request (a text/plain POST needs no preflight) and the server acts on it. So every request that
carries an Origin (browsers add it to cross-origin requests, and to every POST) is refused
unless it comes from LangGraph Studio or from the server's own pages; requests without one
(the SDK, curl, a script on this machine) pass. langgraph.json mounts this app (``http.app``):
its middleware wraps every route of the server, and ``http.cors`` lists the same origins.

The Host header is checked too, on every request: a page whose own name is made to resolve to
127.0.0.1 (DNS rebinding) is, to the browser, the server's own origin, and it sends a Host and
an Origin naming itself. Only loopback names are answered (localhost, 127.0.0.1, [::1]), and
those listed in $SYNTHCOMP_STUDIO_HOSTS for a server reached under another name.
"""

from __future__ import annotations

import json
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Receive, Scope, Send

ORIGINS_ENV = "SYNTHCOMP_STUDIO_ORIGINS"
HOSTS_ENV = "SYNTHCOMP_STUDIO_HOSTS"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
STUDIO_ORIGINS = ("https://smith.langchain.com", "https://eu.smith.langchain.com")


def allowed_origins() -> tuple[str, ...]:
    """LangGraph Studio's origins, and any listed in $SYNTHCOMP_STUDIO_ORIGINS (comma-separated)."""
    extra = [o.strip().rstrip("/") for o in os.environ.get(ORIGINS_ENV, "").split(",") if o.strip()]
    return (*STUDIO_ORIGINS, *extra)


def host_allowed(host: str) -> bool:
    """Whether ``host`` (a Host header: name and port) names this server: a loopback name, or
    one listed in $SYNTHCOMP_STUDIO_HOSTS (comma-separated names, without ports)."""
    name = host.strip().lower()
    name = name.rpartition(":")[0] if name.rpartition(":")[2].isdigit() and not name.endswith("]") \
        else name
    extra = [h.strip().lower() for h in os.environ.get(HOSTS_ENV, "").split(",") if h.strip()]
    return name in (*LOOPBACK_HOSTS, *extra)


def origin_allowed(origin: str, host: str) -> bool:
    """Whether a request from page ``origin`` to this server (``host``: its Host header) may act."""
    origin = origin.rstrip("/")
    same_site = host_allowed(host) and origin in (f"http://{host}", f"https://{host}")
    return same_site or origin in allowed_origins()


class OriginGuard:
    """ASGI middleware: a request from a page of another origin is refused with 403."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            origin, host = headers.get("origin"), headers.get("host", "")
            if not host_allowed(host):
                reason = (f"requests to {host or 'no host'} are refused: this server answers under "
                          f"localhost or 127.0.0.1 (add a name with {HOSTS_ENV})")
            elif origin is not None and not origin_allowed(origin, host):
                reason = (f"requests from {origin} are refused: only LangGraph Studio and this "
                          f"server's own pages may use it (add an origin with {ORIGINS_ENV})")
            else:
                reason = ""
            if reason:
                if scope["type"] == "http":
                    await _refuse(send, reason)
                else:
                    await send({"type": "websocket.close", "code": 1008})
                return
        await self.app(scope, receive, send)


async def _refuse(send: Send, reason: str) -> None:
    body = json.dumps({"detail": reason}).encode()
    await send({"type": "http.response.start", "status": 403,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


app = Starlette(middleware=[Middleware(OriginGuard)])
