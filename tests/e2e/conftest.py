"""The real Mødebot for end-to-end tests: `python app.py` in a subprocess, started like production.

`moedebot` (package scope) migrates a throwaway SQLite database with `python -m storage.migrate
upgrade <url>`, starts `python app.py` on a free loopback port with JSON logs and no delivery
worker (`running_moedebot` adds environment, e.g. to run the worker), waits for `GET /healthz`
to answer 200 and stops the process with SIGTERM (SIGKILL if it lingers). Its stdout and
stderr go to `bot.log` in its temporary directory; when a test fails, the last lines of it are
added to the test's report.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.sockets import free_port

REPO = Path(__file__).resolve().parents[2]
PYTHON = Path(sys.executable)  # the virtualenv's python that runs pytest
# Settings that would change what is tested if they leaked in from the shell or from `.env`
# (environment variables win over the `.env` file, so empty values switch them off).
_ISOLATED = {
    "APP_ID": "",
    "APP_PASSWORD": "",
    "APP_TENANTID": "",
    "HOST": "127.0.0.1",
    "ALLOWED_TENANTS": "",
    "LOG_LEVEL": "INFO",
}
_running: list[MoedebotProcess] = []


class MoedebotError(RuntimeError):
    """The bot could not be migrated or started."""


# The app trains its classifier before /healthz answers: some 21 s of CPU for 38,000 phrasings,
# and more in a fresh clone compiling its bytecode beside a running suite (over 30 s once).
STARTUP_TIMEOUT = 120.0


class MoedebotProcess:
    """One `python app.py` serving `/api/messages` on a free loopback port."""

    def __init__(self, workdir: Path, env: dict[str, str] | None = None) -> None:
        self.workdir = workdir
        self.extra_env = dict(env or {})  # on top of the defaults below, e.g. the worker on
        self.database = workdir / "e2e.db"
        self.database_url = f"sqlite:///{self.database}"
        self.log_file = workdir / "bot.log"
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.startup_seconds: float | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def messages_url(self) -> str:
        return f"{self.url}/api/messages"

    def start(self, timeout: float = STARTUP_TIMEOUT) -> None:
        began = time.monotonic()
        migrate = subprocess.run(
            [str(PYTHON), "-m", "storage.migrate", "upgrade", self.database_url],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if migrate.returncode != 0:
            raise MoedebotError(f"migration failed:\n{migrate.stdout}{migrate.stderr}")
        env = {**os.environ, **_ISOLATED}
        env.update(
            PORT=str(self.port),
            DATABASE_URL=self.database_url,
            PUBLIC_URL=self.url,
            LOG_FORMAT="json",
            DELIVERY_WORKER="false",
        )
        env.update(self.extra_env)
        with open(self.log_file, "wb") as log:
            self.process = subprocess.Popen(
                [str(PYTHON), "app.py"],
                cwd=REPO,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        atexit.register(self._kill)
        _running.append(self)
        try:
            self._wait_until_healthy(began + timeout)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began

    def stop(self, grace: float = 10.0) -> int | None:
        """SIGTERM, then SIGKILL after `grace` seconds; returns the exit code."""
        process, self.process = self.process, None
        if self in _running:
            _running.remove(self)
        if process is None:
            return None
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        atexit.unregister(self._kill)
        return code

    def log_lines(self, start: int = 0) -> list[str]:
        """The bot's output lines from line `start` on."""
        if not self.log_file.exists():
            return []
        return self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()[start:]

    def log_records(self, start: int = 0) -> list[dict[str, Any]]:
        """The JSON log records from line `start` on (other lines are skipped)."""
        records = []
        for line in self.log_lines(start):
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                if isinstance(record, dict):
                    records.append(record)
        return records

    def mark(self) -> int:
        """A position in the log, for `log_records(start=mark)`."""
        return len(self.log_lines())

    def tail(self, lines: int = 40, width: int = 600) -> str:
        return "\n".join(line[:width] for line in self.log_lines()[-lines:])

    def _wait_until_healthy(self, deadline: float) -> None:
        while True:
            if self.process.poll() is not None:
                raise MoedebotError(f"app.py exited with {self.process.returncode}:\n{self.tail()}")
            with contextlib.suppress(OSError, urllib.error.URLError):
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            if time.monotonic() > deadline:
                raise MoedebotError(f"/healthz did not answer 200 in time:\n{self.tail()}")
            time.sleep(0.05)

    def _kill(self) -> None:
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()


@contextlib.contextmanager
def running_moedebot(
    tmp_path_factory: pytest.TempPathFactory, **env: str
) -> Iterator[MoedebotProcess]:
    """Start the bot (extra environment in `env`), yield it, stop it and check its exit code."""
    bot = MoedebotProcess(tmp_path_factory.mktemp("moedebot"), env)
    bot.start()
    try:
        yield bot
    finally:
        code = bot.stop()
    assert code == 0, f"app.py exited with {code} on SIGTERM:\n{bot.tail()}"


@pytest.fixture(scope="package")
def moedebot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MoedebotProcess]:
    """The real bot with an empty, migrated SQLite database of its own."""
    with running_moedebot(tmp_path_factory) as bot:
        yield bot


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Any:
    """On failure, show the end of the running bot's log under the test's report."""
    report = yield
    if report.failed:
        for bot in _running:
            report.sections.append((f"moedebot log, last lines ({bot.log_file})", bot.tail()))
    return report
