"""The benchmark's servers, each in a process of its own (so the bots never share a CPU with
the load), started on free loopback ports and stopped however the run ends."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp

from tests.support.sockets import free_port

READY_SECONDS = 30.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class Servers:
    def __init__(self, workdir: Path, database_url: str, bots: tuple[str, ...]) -> None:
        self._workdir, self._database_url = workdir, database_url
        self._roles = ("connector", *bots)
        self._ports = {role: free_port() for role in self._roles}
        self._processes: dict[str, subprocess.Popen] = {}

    def __enter__(self) -> "Servers":
        for role in self._roles:
            log = open(self._workdir / f"{role}.log", "wb")  # the child keeps its own copy
            self._processes[role] = subprocess.Popen(
                [sys.executable, "-m", "bench.serve", role, str(self._ports[role]),
                 self._database_url], stdout=log, stderr=subprocess.STDOUT)
            log.close()
        return self

    def __exit__(self, *_) -> None:
        for process in self._processes.values():
            process.send_signal(signal.SIGINT)  # aiohttp's graceful stop; profiles get written
        for role, process in self._processes.items():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
            if process.returncode not in (0, -signal.SIGINT):
                print(f"{role} ended with {process.returncode}:\n{self.log(role)}",
                      file=sys.stderr)

    def url(self, role: str) -> str:
        return f"http://127.0.0.1:{self._ports[role]}/"

    def log(self, role: str) -> str:
        return (self._workdir / f"{role}.log").read_text(errors="replace")[-3000:]

    def cpu_seconds(self, role: str) -> float:
        """User and system CPU time the server's process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self._processes[role].pid}/stat").read_text().rsplit(")", 1)[1]
        user, system = fields.split()[11:13]
        return (int(user) + int(system)) / CLOCK_TICKS

    async def ready(self) -> None:
        deadline = time.monotonic() + READY_SECONDS
        async with aiohttp.ClientSession() as session:
            for role in self._roles:
                while not await _answers(session, self.url(role)):
                    if self._processes[role].poll() is not None or time.monotonic() > deadline:
                        raise SystemExit(f"{role} did not start:\n{self.log(role)}")
                    await asyncio.sleep(0.1)


async def _answers(session: aiohttp.ClientSession, url: str) -> bool:
    try:
        async with session.get(url) as response:  # any HTTP answer, 404 included
            return response.status > 0
    except aiohttp.ClientError:
        return False
