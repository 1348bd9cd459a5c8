"""Headless Chromium for page tests: a tiny DevTools-protocol client over --remote-debugging-pipe
(no port, no third-party package), which loads a page and reports what a person's browser
would: console messages and errors, uncaught exceptions, requests the page made, the text it
shows, and a screenshot.

The pipe: Chromium reads commands from fd 3 and writes answers and events to fd 4, each a JSON
message ended by a NUL byte.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

TIMEOUT = 60.0


def chromium_binary() -> str:
    """The Chromium to test with; a test that needs it fails (never skips) without it."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is missing: install the Debian package 'chromium' (.ci/run does)")


@dataclass
class PageLoad:
    """What loading one page showed."""

    text: str  # what is rendered (innerText: not what closed <details> hold)
    content: str  # all the text of the page (textContent)
    title: str
    console: list[dict[str, Any]] = field(default_factory=list)  # every console/log message
    exceptions: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # URLs the page asked for
    evaluated: dict[str, Any] = field(default_factory=dict)

    def errors(self) -> list[str]:
        """Console errors and warnings, and uncaught exceptions, as lines."""
        found = [f"{m['level']}: {m['text']}" for m in self.console if m["level"] in ("error", "warning")]
        return found + [f"exception: {e}" for e in self.exceptions]


class _Pipe:
    def __init__(self, reader: int, writer: int) -> None:
        self.reader, self.writer = reader, writer
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.writer, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for(self, method: str) -> dict[str, Any]:
        for number, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(number)
        while True:
            event = self._read()
            if event.get("method") == method:
                return event
            self.events.append(event)

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.reader], [], [], max(left, 0))
            if not ready:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self.reader, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return dict(json.loads(message))


def load_page(path: Path, *, screenshot: Path | None = None, width: int = 1280, height: int = 2000,
              expressions: dict[str, str] | None = None) -> PageLoad:
    """Open ``path`` in headless Chromium, wait for its load event, and report what it showed;
    ``expressions`` are evaluated in the page (name -> JavaScript), ``screenshot`` is written
    as a PNG of the first ``height`` pixels."""
    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()

    def child_fds() -> None:
        # Chromium expects the pipe on fds 3 and 4: moved up first, so that neither end is
        # overwritten by the other's dup2 when one of them already sits on 3 or 4.
        high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
        high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
        os.dup2(high_r, 3)
        os.dup2(high_w, 4)

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    process = subprocess.Popen(
        [chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
         "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
         f"--user-data-dir={profile}", "about:blank"],
        preexec_fn=child_fds, pass_fds=(3, 4),
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    pipe = _Pipe(from_chrome_r, to_chrome_w)
    try:
        target = pipe.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = pipe.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            pipe.send(f"{domain}.enable", session=session)
        pipe.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session)
        pipe.send("Page.navigate", {"url": path.absolute().as_uri()}, session)
        pipe.wait_for("Page.loadEventFired")

        def evaluate(expression: str) -> Any:
            result = pipe.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                               session)
            return result.get("result", {}).get("value")

        load = PageLoad(text=str(evaluate("document.body.innerText")),
                        content=str(evaluate("document.body.textContent")),
                        title=str(evaluate("document.title")),
                        evaluated={k: evaluate(v) for k, v in (expressions or {}).items()})
        if screenshot is not None:
            shot = pipe.send("Page.captureScreenshot", {"format": "png"}, session)
            screenshot.write_bytes(base64.b64decode(shot["data"]))
        for event in pipe.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled":
                text = " ".join(str(a.get("value", a.get("description", "")))
                                for a in params.get("args", []))
                load.console.append({"level": "error" if params.get("type") == "error" else
                                     "warning" if params.get("type") == "warning" else "info", "text": text})
            elif method == "Log.entryAdded":
                entry = params.get("entry", {})
                load.console.append({"level": entry.get("level", ""), "text": entry.get("text", "")})
            elif method == "Runtime.exceptionThrown":
                load.exceptions.append(str(params.get("exceptionDetails", {}).get("text", "")))
            elif method == "Network.requestWillBeSent":
                load.requests.append(str(params.get("request", {}).get("url", "")))
        return load
    finally:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            pipe.send("Browser.close")
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(from_chrome_r)
        os.close(to_chrome_w)
        shutil.rmtree(profile, ignore_errors=True)
