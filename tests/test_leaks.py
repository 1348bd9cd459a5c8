"""Leaks and debris (issue 14 point 9): keys are refused in configs and redacted from what a run
writes, and a stuck client cannot hold a worker of serve-model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import LYON

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.models.guard import ModelUnavailable
from synthcomp.models.settings import ModelSettings, redact
from synthcomp.runs.folder import SUMMARY_FILE

KEY = "sk-abc123def456ghi789"


@pytest.mark.parametrize("options", [
    {"default_headers_list": [{"api_key": "x"}]},
    {"extra_body": {"auth": [["Authorization", f"Bearer {KEY}"]]}},
    {"model_kwargs": {"stop": ["a"], "tags": [KEY]}},
])
def test_keys_inside_lists_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="may hold a secret"):
        ModelSettings(options=options)


@pytest.mark.parametrize("url", ["https://x/v1?api_key=" + KEY, "https://x/v1#key=abcdef123",
                                 "https://x/v1/key=abcdef123"])
def test_keys_in_a_base_url_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="keys hide"):
        ModelSettings(base_url=url)


def test_a_settings_without_secrets_is_accepted() -> None:
    ModelSettings(base_url="https://x/v1", options={"stop": ["END"], "max_tokens": 5})


def test_redact_hides_keys_tokens_and_the_configured_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_PROVIDER_API_KEY", "plainsecretvalue42")
    text = redact(f"Incorrect API key provided: {KEY}. Authorization: Bearer abc.def.ghi123 "
                  "url https://x/v1?x=1&api_key=zz99 and plainsecretvalue42")
    assert KEY not in text and "abc.def.ghi123" not in text and "zz99" not in text
    assert "plainsecretvalue42" not in text and "Incorrect API key provided: [redacted]" in text


def leaky_agent(state: dict[str, Any], runtime: Any) -> dict[str, Any]:
    """A user agent whose provider refuses the key and echoes it."""
    raise ModelUnavailable(f"Error code: 401 - Incorrect API key provided: {KEY}. You can find "
                           "your API key at https://platform.openai.com/account/api-keys.")


def test_a_provider_error_echoing_a_key_is_redacted_in_the_summary(tmp_path: Path) -> None:
    folder = build_computer(LYON, tmp_path / "c", seed=3, target_files=10)
    plan_computer(folder, seed=3)
    run = simulate(folder, run_id="leak", days=1, user_agent=leaky_agent)
    summary = json.loads((run / SUMMARY_FILE).read_text("utf-8"))
    assert summary["status"] == "paused"
    assert "Incorrect API key provided: [redacted]" in summary["reason"]
    # Every file of the run folder, checkpoints.sqlite (and its WAL) included: LangGraph keeps
    # the failed task's error there as raised, so it is redacted where it is made.
    stored = {file: readable_bytes(file) for file in run.rglob("*") if file.is_file()}
    assert any(file.name.startswith("checkpoints.sqlite") for file in stored)
    for file, data in stored.items():
        assert KEY.encode() not in data, file
    # The error is there, redacted: the grep above looked where the key was.
    assert any(b"Incorrect API key provided: [redacted]" in data for file, data in stored.items()
               if file.name.startswith("checkpoints.sqlite"))


def readable_bytes(file: Path) -> bytes:
    """A file's bytes followed by whatever its zlib streams decompress to (checkpoint blobs over
    256 bytes are compressed; a key inside one would not show in the raw bytes)."""
    import contextlib
    import zlib

    data = file.read_bytes()
    found = [data]
    start = data.find(b"\x78")
    while start != -1:
        with contextlib.suppress(zlib.error):  # not a zlib stream: most 0x78 bytes are not
            found.append(zlib.decompressobj().decompress(data[start:]))
        start = data.find(b"\x78", start + 1)
    return b"\n".join(found)


def test_make_studio_refuses_a_taken_port() -> None:
    import socket
    import subprocess

    root = Path(__file__).resolve().parents[1]
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        # -n: make only prints the commands; the first is the check, run here as make would.
        commands = subprocess.run(["make", "-n", "studio", f"STUDIO_PORT={port}"], cwd=root,
                                  capture_output=True, text=True, check=True).stdout.splitlines()
        check = next(line for line in commands if "refuse_taken_port" in line)
        result = subprocess.run(check, shell=True, cwd=root, capture_output=True, text=True)
    assert result.returncode == 1
    assert f"error: port {port} on 127.0.0.1 is taken" in result.stderr
    free = subprocess.run(check, shell=True, cwd=root, capture_output=True, text=True)
    assert free.returncode == 0, free.stderr


class KeyEchoingRefusal(Exception):
    """A provider's 401 that quotes the key it was sent, as OpenAI's does."""

    status_code = 401


def test_the_guard_redacts_a_refusal_echoing_the_key_as_it_raises() -> None:
    from langchain_core.runnables import RunnableLambda

    from synthcomp.models.guard import CallGuard
    from synthcomp.models.settings import RetryPolicy
    from synthcomp.models.usage import Usage

    def refuse(value: Any) -> Any:
        raise KeyEchoingRefusal(f"Error code: 401 - Incorrect API key provided: {KEY}.")

    guard = CallGuard(role="user", model="openai:test", policy=RetryPolicy(attempts=1),
                      usage=Usage(lambda name: None), sleep=lambda seconds: None)
    with pytest.raises(ModelUnavailable) as raised:
        guard.wrap(RunnableLambda(refuse)).invoke("hello")
    assert KEY not in str(raised.value) and KEY not in repr(raised.value)
    assert "Incorrect API key provided: [redacted]" in str(raised.value)


def dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_writers_temporary_file_is_removed_on_the_next_write(tmp_path: Path) -> None:
    import os

    from synthcomp.atomic import write_json

    target = tmp_path / "meta" / "usage.json"
    target.parent.mkdir()
    dead = target.parent / f".usage.json.{dead_pid()}.k2x_9qab.tmp"
    live = target.parent / f".usage.json.{os.getpid()}.abcdefgh.tmp"  # a write going on
    other = target.parent / f".usage.json.1.{dead_pid()}.zzzzzzzz.tmp"  # usage.json.1's
    for leftover in (dead, live, other):
        leftover.write_text('{"roles": {"us', "utf-8")
    write_json(target, {"roles": {}})
    assert json.loads(target.read_text("utf-8")) == {"roles": {}}
    assert not dead.exists()
    assert live.exists() and other.exists()
    # What this write made and removed is not left either.
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(
        ["usage.json", live.name, other.name])


def test_a_temporary_file_carries_its_writers_pid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from synthcomp import atomic

    seen: list[str] = []
    real_replace = os.replace

    def spying_replace(source: Any, target: Any) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", spying_replace)
    atomic.write_text(tmp_path / "notes.txt", "hello")
    assert len(seen) == 1 and seen[0].startswith(f".notes.txt.{os.getpid()}.")
    assert seen[0].endswith(".tmp")


def _protocols() -> list[Any]:
    """Both of uvicorn's HTTP/1.1 protocols the deadlines are added to (httptools' when installed)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    found: list[Any] = [pytest.param(H11Protocol, id="h11")]
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return found
    return [*found, pytest.param(HttpToolsProtocol, id="httptools")]


@pytest.mark.parametrize("http", _protocols())
def test_serve_model_drops_clients_that_send_half_a_request(http: Any) -> None:
    import select
    import socket
    import threading
    import time

    from synthcomp.models.offline_server import create_app, uvicorn_server

    # Timings with wide margins: a loaded CI machine may take a few tenths of a second to answer.
    server = uvicorn_server(create_app(), header_timeout=1.5, body_timeout=1.5, http=http)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()

    def connect(data: bytes) -> socket.socket:
        client = socket.create_connection(("127.0.0.1", port), timeout=5)
        client.sendall(data)
        return client

    def answer(client: socket.socket) -> bytes:
        """Everything the server sends until it closes the connection."""
        received = b""
        while chunk := client.recv(65536):  # a socket timeout here: the connection was held
            received += chunk
        client.close()
        return received

    try:
        start = time.monotonic()
        silent = connect(b"")
        no_blank_line = connect(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                                b"Content-Type: application/json\r\n")
        short_body = connect(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                             b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                             b'{"model": "offline", ')
        # A kept-alive connection whose second request stalls, dripping a byte now and then.
        kept = connect(b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
        assert kept.recv(65536).startswith(b"HTTP/1.1 200")
        # Meanwhile another client is served at once.
        with connect(b"GET /v1/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") as other:
            assert answer(other).startswith(b"HTTP/1.1 200")
        assert time.monotonic() - start < 1.2  # before any of the stalled ones is dropped
        drip_start = time.monotonic()
        # A byte every 0.2 s for up to 6 s: if each restarted the clock, the server would wait
        # for as long as the drip goes on; it answers 1.5 s after the first byte.
        try:
            for byte in b"GET /v1/models HTTP/1.1\r\nHost: x\r\nX-Pad: aaaaaaa":
                kept.sendall(bytes([byte]))
                if select.select([kept], [], [], 0.2)[0]:
                    break  # the server has answered (or closed)
        except OSError:
            pass  # closed by the server, as it should be
        got = answer(kept)
        assert got.startswith(b"HTTP/1.1 408"), got
        assert b"the request's headers did not arrive within 1.5 s" in got
        assert time.monotonic() - drip_start < 5
        assert answer(silent) == b""  # never said anything: closed without an answer
        for client, what in ((no_blank_line, b"headers"), (short_body, b"body")):
            got = answer(client)
            assert got.startswith(b"HTTP/1.1 408"), got
            assert b"the request's " + what + b" did not arrive within 1.5 s" in got
        assert time.monotonic() - start < 10
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert not thread.is_alive()
