"""The Agents Playground's process: started in a process group of its own, waited for, killed."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
import time
from pathlib import Path
from typing import BinaryIO

import aiohttp

from tests.support.sockets import free_port

REPO = Path(__file__).resolve().parents[2]
BINARY = REPO / "node_modules" / ".bin" / "agentsplayground"
CONFIG_NAME = ".m365agentsplayground.yml"


class PlaygroundError(RuntimeError):
    """The playground failed to start or refused a request."""


async def spawn(
    binary: Path, bot_url: str, workdir: Path, mock_data: Path
) -> asyncio.subprocess.Process:
    """Start the playground against `bot_url` in `workdir`, on a free port, without a browser."""
    out = _prepare(workdir, mock_data)
    env = {k: v for k, v in os.environ.items() if not _is_playground_setting(k)}
    env["TEAMSAPPTESTER_BROWSER"] = "none"
    with out:
        return await asyncio.create_subprocess_exec(
            str(binary),
            "-e",
            bot_url,
            "-c",
            "msteams",
            "-p",
            str(free_port()),
            "--dt",
            cwd=workdir,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
            start_new_session=True,
        )


async def wait_until_listening(
    process: asyncio.subprocess.Process, workdir: Path, deadline: float
) -> int:
    """The port from the playground's "Listening on <port>" line."""
    out = workdir / "playground.out"
    while time.monotonic() < deadline:
        match = re.search(rb"Listening on (\d+)", out.read_bytes())
        if match:
            return int(match.group(1))
        if process.returncode is not None:
            raise PlaygroundError(f"exited with {process.returncode}")
        await asyncio.sleep(0.05)
    raise TimeoutError("no 'Listening on' line")


async def wait_for_ping(
    session: aiohttp.ClientSession,
    process: asyncio.subprocess.Process,
    workdir: Path,
    deadline: float,
) -> None:
    """Return once `/_debug/ping` answers 200; fail early on a reported start-up error."""
    log = workdir / "devTools" / "m365agentsplayground.log"
    while True:
        with contextlib.suppress(aiohttp.ClientError):
            async with session.get("/_debug/ping") as response:
                if response.status == 200:
                    return
        # A bad mock data file is reported here, then the process lingers for a while.
        if log.exists() and "Failed to start" in log.read_text(errors="replace"):
            raise PlaygroundError("it reported a start-up error")
        if process.returncode is not None:
            raise PlaygroundError(f"exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise TimeoutError("/_debug/ping did not answer")
        await asyncio.sleep(0.05)


async def terminate(process: asyncio.subprocess.Process) -> None:
    """SIGTERM the process group; SIGKILL it if the playground lingers for 5 seconds."""
    kill_group(process.pid, signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), 5)
    except TimeoutError:
        kill_group(process.pid, signal.SIGKILL)
        await process.wait()


def read_output(workdir: Path | None) -> str:
    """The playground's stdout and log file: where its start-up errors end up."""
    if workdir is None:
        return ""
    parts = []
    for name in ("playground.out", "devTools/m365agentsplayground.log"):
        path = workdir / name
        if path.exists():
            parts.append(f"--- {name}\n{path.read_text(errors='replace')[-4000:]}")
    return "\n".join(parts)


def kill_group(pid: int, sig: int = signal.SIGKILL) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def _prepare(workdir: Path, mock_data: Path) -> BinaryIO:
    """Put the mock data into `workdir`; open the file for the playground's stdout."""
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(mock_data, workdir / CONFIG_NAME)
    return open(workdir / "playground.out", "wb")


def _is_playground_setting(name: str) -> bool:
    return name.startswith(("M365_AGENTS_PLAYGROUND_", "TEAMSAPPTESTER_", "TEAMS_APP_TEST_TOOL_"))
