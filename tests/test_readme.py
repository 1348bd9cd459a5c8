"""The README's commands, typed in the README's order in a fresh folder: each exits 0.

Every ```bash and ```python block runs, top to bottom, in one temp folder, as a new user would
type it: `.venv/bin/...` is this venv, `make X` is the repository's Makefile, `<run_id>` is the
newest run, servers (`make studio`, `serve-model`) are started, waited for and stopped at the end
of their block, on free ports that the block's later lines are pointed at. `make test` and
`make test-fast` are this suite, so they are not run from inside it. OpenAI (`openai:gpt-4o`) is
a local `serve-model`: the README's real-model lines go through the same HTTP code paths.
"""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FENCE = re.compile(r"^( *)```(bash|python)\n(.*?)^\1```", re.S | re.M)
THE_SUITE_ITSELF = {"make test", "make test-fast"}
COMMAND_TIMEOUT = 900


def readme_blocks() -> list[tuple[str, str]]:
    """(language, code) of every bash and python block of the README, in order."""
    text = (ROOT / "README.md").read_text("utf-8")
    return [(match.group(2), textwrap.dedent(match.group(3))) for match in FENCE.finditer(text)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _newest_run(work: Path) -> str:
    runs = sorted(work.glob("computers/*/runs/*/context.json"), key=lambda p: p.stat().st_mtime)
    assert runs, "the README names <run_id> before any run was made"
    return runs[-1].parent.name


@dataclass
class Session:
    """One folder and one shell environment, as a user's terminal in the README's order."""

    work: Path
    env: dict[str, str]
    ports: dict[str, str] = field(default_factory=dict)  # README's host:port -> the real one
    transcript: list[str] = field(default_factory=list)

    def shell_line(self, line: str) -> str:
        """The README's line as it runs here: this venv, this Makefile, the real ports and run."""
        line = line.replace(".venv/bin/", f"{BIN}/")
        line = re.sub(r"^make ", f"make -f {ROOT}/Makefile ", line)
        for readme_port, real in self.ports.items():
            line = line.replace(readme_port, real)
        if "<run_id>" in line:
            line = line.replace("<run_id>", _newest_run(self.work))
        return line

    def run(self, command: list[str], shown: str) -> subprocess.CompletedProcess[str]:
        """Run one command to its end; its exit code and output are the test's evidence."""
        done = subprocess.run(command, cwd=self.work, env=self.env, capture_output=True,
                              text=True, timeout=COMMAND_TIMEOUT, check=False)
        self.transcript.append(f"$ {shown}\n-> {done.returncode}")
        return done

    @contextmanager
    def server(self, line: str) -> Iterator[None]:
        """A server line of the README, started on a free port, ready before the next line."""
        readme_port = re.search(r"--port (\d+)", line)
        if "make" in line and "studio" in line:
            port, ready = _free_port(), "/ok"
            self.ports["127.0.0.1:2024"] = f"127.0.0.1:{port}"
            line = line.rstrip("& ") + f" STUDIO_PORT={port}"
        else:
            assert readme_port, f"a server line without --port: {line}"
            port, ready = _free_port(), "/v1/models"
            self.ports[f"127.0.0.1:{readme_port.group(1)}"] = f"127.0.0.1:{port}"
            line = line.replace(readme_port.group(0), f"--port {port}").rstrip("& ")
        log = (self.work / f"server-{port}.log").open("w")
        process = subprocess.Popen(["bash", "-c", self.shell_line(line)], cwd=self.work,
                                   env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.transcript.append(f"$ {line} (server on {port})")
        try:
            deadline = time.monotonic() + 180
            while True:
                assert process.poll() is None, f"{line} exited:\n{_tail(log.name)}"
                try:
                    if httpx.get(f"http://127.0.0.1:{port}{ready}", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, f"{line} not ready in 180 s:\n{_tail(log.name)}"
                time.sleep(0.5)
            yield
        finally:
            _stop(process)
            log.close()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server and whatever it started (make -> langgraph dev -> its workers)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=30)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


def _tail(path: str) -> str:
    return Path(path).read_text("utf-8", "replace")[-3000:]


def _is_server(line: str) -> bool:
    return line.startswith("make studio") or " serve-model" in line


def _run_bash_block(session: Session, code: str) -> None:
    with ExitStack() as servers:  # a block's servers stop when it ends
        for raw in code.splitlines():
            line = raw.strip()
            command = line.split("#")[0].strip()
            if not command or command in THE_SUITE_ITSELF:
                continue
            if _is_server(line):
                servers.enter_context(session.server(command))
                continue
            done = session.run(["bash", "-c", session.shell_line(command)], command)
            if "--format png" in command and importlib.util.find_spec("pygraphviz") is None:
                # The README says this needs pygraphviz, and that without it the command says so.
                assert done.returncode == 1 and "pygraphviz" in done.stderr, done.stderr
                continue
            assert done.returncode == 0, (f"README line failed: {line}\n"
                                          f"stdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-3000:]}")
            assert "Traceback" not in done.stderr, done.stderr


@pytest.mark.slow
def test_every_readme_command_works_in_the_readme_order(tmp_path: Path) -> None:
    blocks = readme_blocks()
    assert sum(lang == "bash" for lang, _ in blocks) >= 8  # the parser still finds the blocks
    env = {**os.environ, "OPENAI_API_KEY": "any", "PYTHONUNBUFFERED": "1",
           "SYNTHCOMP_STUDIO_DIR": str(tmp_path / "studio-output"),
           "LANGGRAPH_CLI_NO_ANALYTICS": "1", "LANGSMITH_TRACING": "false"}
    session = Session(tmp_path, env)
    stand_in = ".venv/bin/synthcomp serve-model --port 1 --served-model-name gpt-4o"
    with session.server(stand_in):
        session.env["OPENAI_BASE_URL"] = f"http://{session.ports.pop('127.0.0.1:1')}/v1"
        for lang, code in blocks:
            if lang == "bash":
                _run_bash_block(session, code)
                continue
            if "<run_id>" in code:
                code = code.replace("<run_id>", _newest_run(tmp_path))
            done = session.run([sys.executable, "-c", code], code.splitlines()[0])
            assert done.returncode == 0, f"README python block failed:\n{code}\n{done.stderr[-3000:]}"
    print("\n".join(session.transcript))  # shown with -s, and in a failure's report
    # The demo ran three times into one folder (make demo, then the README's two demo lines).
    assert (tmp_path / "demo-output" / ".synthcomp-demo").is_file()
    assert len(list((tmp_path / "computers" / "lyon" / "runs").iterdir())) >= 3
