"""A throwaway PostgreSQL server for the test session: initdb in a temporary folder,
listening on a free loopback port, stopped at the end. PostgreSQL refuses to run as root,
so as root the server runs as the `postgres` user that Debian's package creates."""

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.sockets import free_port


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise RuntimeError("PostgreSQL server not installed: run `make test`, which installs it")


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = _bindir()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="moedebot-pg-"))
        self.data = self.root / "data"
        self._as_postgres = os.geteuid() == 0
        # fsync off: a test database need not survive a power cut, and it is much faster.
        self._options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                         "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                         "-c max_connections=200")

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> "PostgresServer":
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
        self.resume()
        return self

    def pause(self) -> None:
        """Stop the server but keep its data, as a database restart does."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-o", self._options, "-l",
                  str(self.root / "log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def psql(self, sql: str, database: str = "postgres") -> None:
        self._run("psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                  "-d", database, "-v", "ON_ERROR_STOP=1", "-qc", sql)

    def _run(self, program: str, *args: str) -> None:
        binary = self.bindir / program
        if not binary.exists():
            binary = Path(shutil.which(program) or program)
        command = [str(binary), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        for attempt in range(3):
            result = subprocess.run(command, capture_output=True, text=True, cwd=self.root)
            if result.returncode == 0:
                return
            time.sleep(0.5 * (attempt + 1))
        raise RuntimeError(f"{program} failed: {result.stdout}\n{result.stderr}")
