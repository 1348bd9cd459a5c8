"""The offline model over real HTTP: an OpenAI-compatible ``/v1/chat/completions`` and ``/v1/models``.

``synthcomp serve-model`` runs this app, so any OpenAI client (ChatOpenAI with OPENAI_BASE_URL,
the openai package, curl) drives the pipeline through HTTP and gets what ``--model offline``
gives for the same seed. The request's ``seed`` is the offline model's seed (0 when absent).
An answer depends only on its request, so ids (and ``created``) are derived, never random or
timed: the same request gives the same bytes.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from functools import cache
from typing import Any

import uvicorn
from langchain_core.messages import AIMessage, BaseMessage, convert_to_messages, convert_to_openai_messages
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from synthcomp.errors import InputError
from synthcomp.models.offline import OfflineChatModel

MODEL = "offline"
# Streamed content and tool-call arguments come in pieces of this many characters, so clients
# really assemble an answer from deltas.
CHUNK_CHARS = 64
# A client has this many seconds from connecting (or from the first byte of its next request on
# a kept-alive connection) to send a request's headers, then this many to send its body; past
# either it gets a 408 and the connection is closed, so a stuck or hostile client cannot hold
# a connection (and the request waiting on it) forever. The environment variables override.
HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 30.0
HEADER_TIMEOUT_ENV = "SYNTHCOMP_SERVE_HEADER_TIMEOUT"
BODY_TIMEOUT_ENV = "SYNTHCOMP_SERVE_BODY_TIMEOUT"


class RequestError(Exception):
    """A request the server refuses, answered in OpenAI's error format."""

    def __init__(self, status: int, message: str, *, param: str | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code

    def response(self) -> JSONResponse:
        """The error as OpenAI sends it: ``{"error": {message, type, param, code}}``."""
        return JSONResponse({"error": {"message": self.message, "type": "invalid_request_error",
                                       "param": self.param, "code": self.code}},
                            status_code=self.status)


@cache
def _model(seed: int) -> OfflineChatModel:
    # The offline model holds no state besides its seed: one instance per seed serves all.
    return OfflineChatModel(seed=seed)


def _parse(body: Any, names: tuple[str, ...] = (MODEL,)) -> tuple[int, list[BaseMessage], dict[str, Any]]:
    """The seed, the LangChain messages and the model options of a completion request for one
    of the served model ``names``."""
    if not isinstance(body, dict):
        raise RequestError(400, "the request body must be a JSON object")
    model = body.get("model")
    if model not in names:
        served = ", ".join(repr(name) for name in names)
        raise RequestError(404, f"The model {model!r} does not exist; this server has {served}",
                           param="model", code="model_not_found")
    seed = 0 if body.get("seed") is None else body["seed"]
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise RequestError(400, f"seed must be an integer, not {seed!r}", param="seed")
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise RequestError(400, "messages must be a non-empty list", param="messages")
    try:
        messages = convert_to_messages([_readable_calls(m) for m in raw])
    except (ValueError, TypeError, KeyError, NotImplementedError) as exc:
        raise RequestError(400, f"invalid messages: {exc}", param="messages") from exc
    options: dict[str, Any] = {}
    # tool_choice "none" offers the tools to read but not to call: the model gets none.
    if body.get("tools") and body.get("tool_choice") != "none":
        _check_tools(body["tools"])
        options["tools"] = body["tools"]
        options["tool_choice"] = body.get("tool_choice")
    if body.get("response_format") is not None:
        options["response_format"] = body["response_format"]
    return seed, messages, options


def _check_tools(tools: Any) -> None:
    """Refuse, as OpenAI does (400, not a retryable 500), tools that are not a list of function
    tools each with a name."""
    if not isinstance(tools, list):
        raise RequestError(400, "tools must be a list", param="tools")
    for n, item in enumerate(tools):
        function = item.get("function") if isinstance(item, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str) \
                or not function["name"]:
            raise RequestError(400, f"tools[{n}] must be {{'type': 'function', 'function': "
                                    "{'name': ..., 'parameters': {...}}}", param=f"tools[{n}]")
        if not isinstance(function.get("parameters", {}), dict):
            raise RequestError(400, f"tools[{n}].function.parameters must be an object",
                               param=f"tools[{n}].function.parameters")


def _readable_calls(message: Any) -> Any:
    """A history message whose tool calls' arguments are not JSON (a model's broken call, sent
    back with its error result) is accepted, as OpenAI accepts it: its arguments read as {}."""
    calls = message.get("tool_calls") if isinstance(message, dict) else None
    if not isinstance(calls, list):
        return message
    fixed = []
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict) and isinstance(function.get("arguments"), str):
            try:
                json.loads(function["arguments"])
            except json.JSONDecodeError:
                call = {**call, "function": {**function, "arguments": "{}"}}
        fixed.append(call)
    return {**message, "tool_calls": fixed}


def _usage(message: AIMessage) -> dict[str, int]:
    counts = message.usage_metadata or {"input_tokens": 0, "output_tokens": 0, "total_tokens": 0}
    return {"prompt_tokens": counts["input_tokens"], "completion_tokens": counts["output_tokens"],
            "total_tokens": counts["total_tokens"]}


def _openai_message(message: AIMessage) -> dict[str, Any]:
    answer: dict[str, Any] = convert_to_openai_messages(message)
    if message.tool_calls and not answer.get("content"):
        answer["content"] = None  # as OpenAI sends a pure tool call
    answer["refusal"] = None
    # Not in OpenAI's schema, but LangChain's converters read it: the client's message keeps
    # the offline model's stable id instead of a random run id, so trajectories match.
    answer["id"] = message.id
    return answer


def _completion_id(message: AIMessage) -> str:
    return "chatcmpl-" + str(message.id).removeprefix("msg-")


def completion(message: AIMessage) -> dict[str, Any]:
    """A ``chat.completion`` object for the offline model's answer."""
    return {
        "id": _completion_id(message), "object": "chat.completion", "created": 0, "model": MODEL,
        "system_fingerprint": None,
        "choices": [{"index": 0, "message": _openai_message(message), "logprobs": None,
                     "finish_reason": "tool_calls" if message.tool_calls else "stop"}],
        "usage": _usage(message),
    }


def completion_chunks(message: AIMessage, *, include_usage: bool) -> Iterator[dict[str, Any]]:
    """The same answer as ``chat.completion.chunk`` objects: role, content pieces, each tool
    call's name then argument pieces, the finish reason, and usage last when asked for."""
    head = {"id": _completion_id(message), "object": "chat.completion.chunk", "created": 0,
            "model": MODEL, "system_fingerprint": None}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**head, "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                     "finish_reason": finish}]}

    whole = _openai_message(message)
    yield chunk({"role": "assistant", "content": "", "id": message.id})
    text = whole.get("content") or ""
    for start in range(0, len(text), CHUNK_CHARS):
        yield chunk({"content": text[start:start + CHUNK_CHARS]})
    for index, call in enumerate(whole.get("tool_calls") or []):
        function = call["function"]
        yield chunk({"tool_calls": [{"index": index, "id": call["id"], "type": "function",
                                     "function": {"name": function["name"], "arguments": ""}}]})
        arguments = function["arguments"]
        for start in range(0, len(arguments), CHUNK_CHARS):
            yield chunk({"tool_calls": [{"index": index,
                                         "function": {"arguments": arguments[start:start + CHUNK_CHARS]}}]})
    yield chunk({}, "tool_calls" if message.tool_calls else "stop")
    if include_usage:
        yield {**head, "choices": [], "usage": _usage(message)}


async def _sse(chunks: Iterator[dict[str, Any]]) -> AsyncIterator[str]:
    for item in chunks:
        yield f"data: {json.dumps(item, ensure_ascii=False)}\n\n"
    yield "data: [DONE]\n\n"


def create_app(*, latency: float = 0.0, names: tuple[str, ...] = (MODEL,)) -> Starlette:
    """The HTTP app. ``latency`` seconds are added to every completion (awaited, so concurrent
    requests wait together, as with a remote model); generation runs in a worker thread, so
    the event loop keeps serving other requests meanwhile. The offline model answers under
    each of ``names`` (as vLLM's --served-model-name), so a config naming a hosted model can be
    tried against it."""
    if not names or not all(isinstance(name, str) and name.strip() for name in names):
        raise InputError("a served model name is empty")

    async def chat_completions(request: Request) -> Response:
        try:
            try:
                body = json.loads(await request.body())
            except ClientDisconnect:
                # Gone, or cut off by the body timeout (which answered 408 already): nobody to
                # answer, and nothing worth a traceback in the log.
                return Response(status_code=408)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise RequestError(400, f"the request body is not valid JSON: {exc}") from exc
            seed, messages, options = _parse(body, names)
        except RequestError as error:
            return error.response()
        if latency > 0:
            await asyncio.sleep(latency)
        try:
            message = await run_in_threadpool(_model(seed).invoke, messages, **options)
        except Exception as exc:  # a bug or an input the generators cannot take: say so, in format
            return JSONResponse({"error": {"message": f"offline model failed: {exc!r}",
                                           "type": "server_error", "param": None, "code": None}},
                                status_code=500)
        assert isinstance(message, AIMessage)  # invoke is typed loosely
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return StreamingResponse(_sse(completion_chunks(message, include_usage=include_usage)),
                                     media_type="text/event-stream")
        return JSONResponse(completion(message))

    async def models(request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [
            {"id": name, "object": "model", "created": 0, "owned_by": "synthcomp"}
            for name in names]})

    return Starlette(routes=[
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        # Azure OpenAI's path for the same call (the deployment names the model).
        Route("/openai/deployments/{deployment}/chat/completions", chat_completions,
              methods=["POST"]),
    ])


def _timeout_408(what: str, seconds: float) -> bytes:
    """A whole HTTP 408 answer, in OpenAI's error format, that closes the connection."""
    body = json.dumps({"error": {"message": f"the request's {what} did not arrive within "
                                            f"{seconds:g} s", "type": "invalid_request_error",
                                 "param": None, "code": "request_timeout"}}).encode()
    return (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body)


class _Deadlines(asyncio.Protocol):
    """Header and body deadlines over one of uvicorn's HTTP protocols (httptools' or h11's),
    which have neither: a client sending half a request would hold its connection forever.

    Only what both protocols share is used: ``cycle`` (the request being answered, made when its
    headers are in, with ``more_body`` until its body is) and ``on_response_complete``. Idle time
    between requests is left to uvicorn's keep-alive timeout."""

    header_timeout: float = HEADER_TIMEOUT
    body_timeout: float = BODY_TIMEOUT
    # Set by uvicorn's protocol:
    transport: Any
    cycle: Any
    _deadline: asyncio.TimerHandle | None = None
    _waiting = ""  # "headers", "body" or "" (nothing timed)
    _timed_cycle: Any = None
    _heard = False  # any byte since the header clock started

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm("headers")

    def data_received(self, data: bytes) -> None:
        self._heard = True
        super().data_received(data)
        self._follow(received=True)

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]  # uvicorn's, not asyncio's
        self._follow(received=False)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _follow(self, *, received: bool) -> None:
        """Start, keep or stop the clock after the request's state may have moved."""
        cycle = self.cycle
        if self.transport is None or self.transport.is_closing():
            self._disarm()
        elif cycle is not None and not cycle.response_complete:
            if not cycle.more_body:
                self._disarm()  # the whole request is in
            elif not (self._waiting == "body" and self._timed_cycle is cycle):
                self._arm("body", cycle)
        elif received:
            # The first bytes of another request on a kept-alive connection: its headers' clock
            # starts now, not at each byte (a client dripping bytes must not keep it alive).
            if self._waiting != "headers":
                self._arm("headers")
        else:
            self._disarm()  # answered; uvicorn's keep-alive timeout watches the idle connection

    def _arm(self, what: str, cycle: Any = None) -> None:
        self._disarm()
        seconds = self.header_timeout if what == "headers" else self.body_timeout
        self._waiting, self._timed_cycle = what, cycle
        if what == "headers" and cycle is None and self.cycle is None:
            self._heard = False  # a new connection: nothing heard yet
        self._deadline = asyncio.get_running_loop().call_later(seconds, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline, self._waiting, self._timed_cycle = None, "", None

    def _expire(self) -> None:
        what, cycle = self._waiting, self._timed_cycle
        self._deadline, self._waiting, self._timed_cycle = None, "", None
        if self.transport is None or self.transport.is_closing():
            return
        seconds = self.header_timeout if what == "headers" else self.body_timeout
        answered = cycle is not None and cycle.response_started
        # A connection that never sent a byte gets no answer, only closed (as nginx does).
        if not answered and (what == "body" or self._heard):
            self.transport.write(_timeout_408(what, seconds))
        if cycle is not None:
            # The app waiting for the body is told the client is gone (it answers nothing more).
            cycle.disconnected = True
            cycle.message_event.set()
        self.transport.close()


def timed_protocol(header_timeout: float = HEADER_TIMEOUT,
                   body_timeout: float = BODY_TIMEOUT,
                   base: type[asyncio.Protocol] | None = None) -> type[asyncio.Protocol]:
    """Uvicorn's HTTP protocol ``base`` (by default the one it would pick: httptools' when
    installed, else h11's) with deadlines: a request's headers must arrive within
    ``header_timeout`` seconds, its body within ``body_timeout`` more, else the client gets a
    408 and the connection is closed."""
    if not (header_timeout > 0 and body_timeout > 0):
        raise InputError(f"timeouts must be positive, not {header_timeout!r} and {body_timeout!r}")
    if base is None:
        from uvicorn.protocols.http.auto import AutoHTTPProtocol
        base = AutoHTTPProtocol
    return type(f"Timed{base.__name__}", (_Deadlines, base),
                {"header_timeout": float(header_timeout), "body_timeout": float(body_timeout)})


def _seconds_from_env(name: str, default: float) -> float:
    """A positive number of seconds from the environment variable ``name``, else ``default``."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise InputError(f"{name}={raw!r}: give a positive number of seconds")
    return value


def uvicorn_server(app: Any, *, header_timeout: float = HEADER_TIMEOUT,
                   body_timeout: float = BODY_TIMEOUT,
                   http: type[asyncio.Protocol] | None = None) -> uvicorn.Server:
    """A uvicorn server for ``app`` whose connections have header and body deadlines (see
    ``timed_protocol``; ``http`` is the protocol they are added to). Run it with
    ``server.run(sockets=[listener])``; setting ``server.should_exit`` stops it."""
    protocol = timed_protocol(header_timeout, body_timeout, http)
    return uvicorn.Server(uvicorn.Config(app, log_level="warning", http=protocol))


def serve(host: str = "127.0.0.1", port: int = 8000, *, latency: float = 0.0,
          names: tuple[str, ...] = (MODEL,),
          on_ready: Callable[[str], None] | None = None,
          header_timeout: float | None = None, body_timeout: float | None = None) -> None:
    """Serve the offline model under ``names`` until interrupted; ``on_ready`` gets the base
    URL (``.../v1``) once the port is listening. Port 0 picks a free port. A request's headers
    must arrive within ``header_timeout`` seconds and its body within ``body_timeout`` more
    (by default $SYNTHCOMP_SERVE_HEADER_TIMEOUT and $SYNTHCOMP_SERVE_BODY_TIMEOUT, else
    HEADER_TIMEOUT and BODY_TIMEOUT), else the client gets a 408."""
    if header_timeout is None:
        header_timeout = _seconds_from_env(HEADER_TIMEOUT_ENV, HEADER_TIMEOUT)
    if body_timeout is None:
        body_timeout = _seconds_from_env(BODY_TIMEOUT_ENV, BODY_TIMEOUT)
    app = create_app(latency=latency, names=names)
    server = uvicorn_server(app, header_timeout=header_timeout, body_timeout=body_timeout)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must be IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY only on accepted
    # sockets whose proto says TCP, and without it every answer waits ~40 ms (Nagle's algorithm
    # holding the body until the client's delayed ACK of the headers).
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as exc:
        listener.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    # Listening before uvicorn starts: a client that connects at once waits in the backlog
    # instead of being refused, so the printed URL is usable as soon as it is printed.
    listener.listen(2048)
    bound = listener.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    if on_ready is not None:
        on_ready(f"http://{shown}:{bound}/v1")
    server.run(sockets=[listener])
