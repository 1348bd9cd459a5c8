"""An OpenAI-compatible chat server on 127.0.0.1 that misbehaves on purpose, for tests.

Each request takes the next fault from ``script`` (then answers normally): an HTTP status with
headers, a reset connection, a hang past the client's timeout, a body cut short, a stream that
stops before it finishes, an HTML page or broken JSON with a 200, or a scripted answer message (a tool
call with broken JSON, an unknown tool, several calls, nothing at all). Normal answers come
from ``responder`` (request body -> assistant message dict).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Responder = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class Fault:
    """What one request gets instead of a normal answer."""

    # status | reset | hang | cut | stop_stream | bad_stream | stream_error | html | badjson | answer
    kind: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    message: dict[str, Any] | None = None


def done_message(body: dict[str, Any]) -> dict[str, Any]:
    """The default answer: the model ends its day as the system prompt asks (end_day), or, when
    it has no such tool (a collaborator, the judge), says it is done."""
    names = {t.get("function", {}).get("name") for t in body.get("tools") or []}
    if "end_day" not in names:
        return {"role": "assistant", "content": "Done for today."}
    call_id = f"end-{len(body.get('messages') or [])}"
    return {"role": "assistant", "content": None, "tool_calls": [{
        "id": call_id, "type": "function",
        "function": {"name": "end_day", "arguments": '{"summary": "Done for today."}'}}]}


def completion(body: dict[str, Any], message: dict[str, Any]) -> dict[str, Any]:
    """A chat.completion object around ``message``."""
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": 0,
        "model": body.get("model", "test"),
        "choices": [{"index": 0, "message": message,
                     "finish_reason": "tool_calls" if message.get("tool_calls") else "stop"}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }


def stream_chunks(body: dict[str, Any], message: dict[str, Any], *, finish: bool) -> list[str]:
    """The SSE events of ``message`` as one delta (then the finish and usage, if ``finish``)."""
    base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0,
            "model": body.get("model", "test")}
    delta: dict[str, Any] = {"role": "assistant", "content": message.get("content") or ""}
    if message.get("tool_calls"):
        delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(message["tool_calls"])]
    events = [{**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}]
    if finish:
        reason = "tool_calls" if message.get("tool_calls") else "stop"
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": reason}]})
        events.append({**base, "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 7,
                                                         "total_tokens": 18}})
    lines = [f"data: {json.dumps(event)}\n\n" for event in events]
    return lines + (["data: [DONE]\n\n"] if finish else [])


class FaultServer:
    """A scripted server; use as a context manager. ``requests`` holds every body received."""

    def __init__(self, responder: Responder = done_message) -> None:
        self.script: list[Fault] = []
        self.responder = responder
        # With a window, requests are counted as a server's tokenizer would (characters per
        # token below our estimate's four), refused above it as OpenAI refuses them, and the
        # count is reported as the answer's prompt_tokens.
        self.context_window: int | None = None
        self.chars_per_token = 3.0
        self.refused: list[int] = []  # the counts of the requests refused as too long
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with owner._lock:
                    owner.requests.append(body)
                    fault = owner.script.pop(0) if owner.script else Fault("ok")
                if owner.context_window and owner.tokens(body) > owner.context_window:
                    owner.refused.append(owner.tokens(body))
                    payload = json.dumps({"error": {
                        "message": f"This model's maximum context length is {owner.context_window} "
                                   f"tokens. However, your messages resulted in {owner.tokens(body)} "
                                   "tokens. Please reduce the length of the messages.",
                        "type": "invalid_request_error", "param": "messages",
                        "code": "context_length_exceeded"}}).encode()
                    owner._send(self, 400, payload, "application/json", {})
                    return
                owner._answer(self, body, fault)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def tokens(self, body: dict[str, Any]) -> int:
        """The request's tokens as this server counts them (messages and tool schemas)."""
        text = json.dumps(body.get("messages") or []) + json.dumps(body.get("tools") or [])
        return int(len(text) / self.chars_per_token)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler, body: dict[str, Any], fault: Fault) -> None:
        if fault.kind == "reset":
            # SO_LINGER 0: close with a TCP reset, as a crashed proxy does.
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.connection.close()
            handler.close_connection = True
            return
        if fault.kind == "hang":
            time.sleep(fault.seconds)
        if fault.kind == "status":
            payload = json.dumps({"error": {"message": f"scripted {fault.status}", "type": "test",
                                            "code": None}}).encode()
            self._send(handler, fault.status, payload, "application/json", fault.headers)
            return
        if fault.kind == "html":
            self._send(handler, 200, b"<html><body>Bad gateway</body></html>", "text/html", {})
            return
        if fault.kind == "badjson":
            self._send(handler, 200, b'{"id": "chatcmpl-x", "choi', "application/json", {})
            return
        message = fault.message if fault.kind == "answer" and fault.message else self.responder(body)
        if body.get("stream"):
            handler.send_response(200)
            handler.send_header("Content-Type", "text/event-stream")
            handler.send_header("Connection", "close")
            handler.end_headers()
            lines = stream_chunks(body, message, finish=fault.kind != "stop_stream")
            if fault.kind in ("bad_stream", "stream_error"):
                broken = ('data: {"error": {"message": "overloaded", "type": "server_error"}}\n\n'
                          if fault.kind == "stream_error" else "data: {broken\n\n")
                lines = [lines[0], broken]
            for line in lines:
                handler.wfile.write(line.encode())
                handler.wfile.flush()
            handler.close_connection = True
            return
        answer = completion(body, message)
        if self.context_window:
            answer["usage"] = {"prompt_tokens": self.tokens(body), "completion_tokens": 20,
                               "total_tokens": self.tokens(body) + 20}
        payload = json.dumps(answer).encode()
        if fault.kind == "cut":
            # Promise the whole body, send half of it, hang up.
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload[: len(payload) // 2])
            handler.wfile.flush()
            handler.connection.shutdown(socket.SHUT_RDWR)
            handler.close_connection = True
            return
        self._send(handler, 200, payload, "application/json", {})

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, payload: bytes, kind: str,
              headers: dict[str, str]) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(payload)
