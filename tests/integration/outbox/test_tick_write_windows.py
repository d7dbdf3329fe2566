"""What a tick does between its first write and its commit: on SQLite that is how long it holds
the write lock every turn waits for, so it reads and works out everything before, and writes
little at a time."""

from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.integration.minutes.test_minutes_approval import DEADLINE, posted_minutes
from tests.integration.tasks.chase_steps import task_for, tick
from tests.support.agenda_world import local
from tests.support.minutes_steps import settle
from tests.support.task_steps import add_member

WRITES = ("INSERT", "UPDATE", "DELETE")


@contextmanager
def write_windows():
    """The statements of each transaction from its first write to its commit."""
    windows: list[list[str]] = []
    open_: dict[int, list[str]] = {}

    def executed(connection, _cursor, statement, *_):
        words = statement.split()
        window = open_.get(id(connection))
        if window is None and words[0].upper() in WRITES:
            window = open_[id(connection)] = []
        if window is not None:
            window.append(" ".join(words))

    def ended(connection):
        if id(connection) in open_:
            windows.append(open_.pop(id(connection)))

    listeners = (("before_cursor_execute", executed), ("commit", ended), ("rollback", ended))
    for name, listener in listeners:
        event.listen(Engine, name, listener)
    try:
        yield windows
    finally:
        for name, listener in listeners:
            event.remove(Engine, name, listener)


async def test_a_chase_batch_writes_its_digests_and_tasks_in_three_statements_and_no_read(world):
    world.ids["guest"] = await add_member(world, "guest", "Gæst Uden Id", aad=None)
    for who in ("daniel", "steen", "guest"):
        await task_for(world, who, date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 13, 9, 0))
    with write_windows() as windows:
        assert len(await tick(world)) == 3
    assert [[statement.split()[0] for statement in window] for window in windows] == [
        ["INSERT", "UPDATE"]]  # the digests, then every task's progress and next due moment


async def test_each_minutes_approved_by_silence_commits_on_its_own_after_its_reads(world):
    await posted_minutes(world)
    world.clock.set(DEADLINE + timedelta(minutes=1))
    with write_windows() as windows:
        assert len(await settle(world)) == 1
    assert windows and all(not statement.upper().startswith("SELECT")
                           for window in windows for statement in window)


async def test_a_delivery_claim_on_sqlite_leases_rows_chosen_beforehand_by_id(setup):
    for key in ("a", "b", "c"):
        await setup.enqueue(key)
    with write_windows() as windows:
        assert await setup.worker(batch=2).tick() == 2
    [claim], settle = windows
    assert claim.startswith("UPDATE outbox SET") and settle[0].startswith("UPDATE outbox SET")
    if setup.url.startswith("sqlite"):  # no sort of every due row while the lock is held
        assert "SELECT" not in claim


async def test_each_meeting_of_an_agenda_tick_writes_its_reminders_in_a_window_of_its_own(world):
    """A batch of 50 meetings in one transaction held the write lock for 0.3 s at 2,000
    groups (a statement per reminder, and each meeting's reads inside the window)."""
    world.clock.set(local(2027, 8, 1, 9, 0))
    for hour in (9, 13):
        await world.plan(local(2027, 9, 24, hour, 0))
    world.clock.set(local(2027, 9, 23, 9, 0))  # the working day before: both reminders due
    with write_windows() as windows:
        events = await world.tick()
    assert len([event for event in events if event.startswith("attendance-reminder")]) > 2
    assert [sum(statement.startswith("INSERT INTO outbox") for statement in window)
            for window in windows] == [1, 1]  # one meeting, and one insert, to a window
