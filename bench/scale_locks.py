"""Who held SQLite's write lock in the app process, and for how long: a measuring aid of the
scale benchmark, on only with `BENCH_LOCKS=<file.json>` (the app process writes it on stop)."""

import json
import os
import threading
import time
import traceback
from collections import defaultdict
from pathlib import Path

import greenlet
from sqlalchemy import event
from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_connection
from sqlalchemy.engine import Engine

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN")
ROOT = str(Path(__file__).resolve().parents[1])
KEPT_MS = 50  # windows and waits at least this long are kept one by one, with their moment


class LockWindows:
    """Each transaction's write window on SQLite: from its first write statement (which waits
    for the lock) to the end of its commit or rollback; what ran it, by our code's frames."""

    def __init__(self, path: str) -> None:
        self._path, self._began = path, time.perf_counter()
        self._open: dict[int, dict] = {}
        self._lock = threading.Lock()
        self.windows: list[dict] = []

    def install(self) -> None:
        event.listen(Engine, "before_cursor_execute", self._before)
        event.listen(Engine, "after_cursor_execute", self._after)
        for name in ("commit", "rollback"):
            original = getattr(AsyncAdapt_aiosqlite_connection, name)
            setattr(AsyncAdapt_aiosqlite_connection, name, self._ending(original))

    def _before(self, conn, _cursor, statement: str, *_) -> None:
        key = id(conn.connection.dbapi_connection)
        head = statement.split(None, 1)[0].upper()
        if key in self._open or head not in WRITES or statement.upper() == "BEGIN":
            return
        self._open[key] = {"start": time.perf_counter(), "first": " ".join(statement.split()[:4]),
                           "thread": threading.current_thread().name, "where": _where(),
                           "statements": 0, "heads": {}}

    def _after(self, conn, _cursor, statement: str, *_) -> None:
        window = self._open.get(id(conn.connection.dbapi_connection))
        if window is not None:
            window["statements"] += 1
            head = " ".join(statement.split()[:6])
            window["heads"][head] = window["heads"].get(head, 0) + 1
            window.setdefault("acquired", time.perf_counter())

    def _ending(self, original):
        def ending(connection) -> None:
            committing = time.perf_counter()
            try:
                original(connection)
            finally:
                self._close(id(connection), committing, original.__name__)
        return ending

    def _close(self, key: int, committing: float, how: str) -> None:
        window = self._open.pop(key, None)
        if window is None:
            return
        end = time.perf_counter()
        acquired = window.pop("acquired", end)
        if end - acquired < KEPT_MS / 1000:
            window.pop("heads")
        window.update(how=how, wait_ms=_ms(acquired - window["start"]),
                      hold_ms=_ms(end - acquired), commit_ms=_ms(end - committing),
                      at_s=round(window.pop("start") - self._began, 3))
        with self._lock:
            self.windows.append(window)

    def write(self) -> None:
        Path(self._path).write_text(json.dumps(summary(self.windows), indent=1))


def summary(windows: list[dict]) -> dict:
    """Per what ran it: count, the longest hold and wait, the total hold; the long ones listed."""
    by: dict[str, list[dict]] = defaultdict(list)
    for window in windows:
        by[f"{window['thread']} {window['where']} {window['first']}"].append(window)
    table = {key: {"count": len(found), "max_hold_ms": max(w["hold_ms"] for w in found),
                   "sum_hold_ms": round(sum(w["hold_ms"] for w in found)),
                   "max_wait_ms": max(w["wait_ms"] for w in found),
                   "max_commit_ms": max(w["commit_ms"] for w in found)}
             for key, found in by.items()}
    long_ = [w for w in windows if max(w["hold_ms"], w["wait_ms"]) >= KEPT_MS]
    return {"by_holder": dict(sorted(table.items(), key=lambda kv: -kv[1]["max_hold_ms"])),
            "long": sorted(long_, key=lambda w: w["at_s"]),
            "all": [[w["at_s"], w["wait_ms"], w["hold_ms"], w["where"].split(" < ")[0]]
                    for w in sorted(windows, key=lambda w: w["at_s"])]}


def _where() -> str:
    """Our innermost frames above the database call (the async caller's, through SQLAlchemy's
    greenlet)."""
    parent = greenlet.getcurrent().parent
    frames = traceback.extract_stack(parent.gr_frame if parent else None)
    ours = [f"{Path(f.filename).stem}.{f.name}" for f in frames
            if f.filename.startswith(ROOT) and "/bench/" not in f.filename
            and "/.venv/" not in f.filename]
    return " < ".join(reversed(ours[-3:]))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def from_environment() -> LockWindows | None:
    path = os.environ.get("BENCH_LOCKS")
    if not path:
        return None
    windows = LockWindows(path)
    windows.install()
    return windows
