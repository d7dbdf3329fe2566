"""The due moments of rows written before the columns existed, or bulk-inserted without them:
`meetings.cycle_due_at` and `tasks.chase_due_at`, in batches of plain reads and one
executemany update each, so a database of ten thousand groups is done in seconds.

Storage knows no rules: the caller hands in the domain's (meetings.due_moments), e.g.
`await backfill_database(engine, now, meeting_due, task_due)` after a bulk load.
"""

from collections.abc import Callable
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import Connection, bindparam, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import aliased

from meetings.agenda.entities import AgendaItem, GroupSettings
from meetings.agenda.vocabulary import ItemStatus
from meetings.groups.entities import Group, Member
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.entities import ChaseSettings, Task
from meetings.tasks.vocabulary import UNFINISHED
from storage.models.base import table_of

BATCH = 5000
MEETING_COLUMNS = ("id", "group_id", "status", "starts_at", "call_sent_at", "nudged_at",
                   "agenda_published_at", "attendance_reminded_at", "agenda_cycle_skipped")
SETTINGS_COLUMNS = ("call_days", "deadline_days", "deadline_time", "publish_days")
TASK_COLUMNS = ("id", "group_id", "status", "due_on", "reminder_stage", "escalated_at",
                "meeting_reminded_id", "created_at", "imported_at", "confirmed_at", "owner_id")
CHASE_COLUMNS = ("remind_days_before_due", "overdue_days", "escalate_days",
                 "meeting_days_before", "work_start", "work_end")


async def backfill_database(engine: AsyncEngine, now: datetime, meeting_due: Callable,
                            task_due: Callable, batch: int = BATCH) -> tuple[int, int]:
    """The backfill in one transaction of its own, committed."""
    async with engine.begin() as connection:
        return await connection.run_sync(backfill_due_moments, now, meeting_due, task_due,
                                         batch)


def backfill_due_moments(connection: Connection, now: datetime, meeting_due: Callable,
                         task_due: Callable, batch: int = BATCH) -> tuple[int, int]:
    """Write every planned meeting's and every chased task's next due moment; return how many
    of each were looked at. The caller commits (a migration's transaction, or its own)."""
    meetings = _backfill_meetings(connection, now, meeting_due, batch)
    _deferred_items_wait(connection, now)
    return meetings, _backfill_tasks(connection, now, task_due, batch)


def _backfill_meetings(connection: Connection, now: datetime, rule: Callable,
                       batch: int) -> int:
    m, g, s = table_of(Meeting).c, table_of(Group).c, table_of(GroupSettings).c
    query = (
        select(*(m[name] for name in MEETING_COLUMNS), g.time_zone, g.created_at,
               s.group_id.label("stored"), *(s[name] for name in SETTINGS_COLUMNS))
        .join_from(table_of(Meeting), table_of(Group), g.id == m.group_id)
        .outerjoin(table_of(GroupSettings), s.group_id == m.group_id)
        .where(m.status == MeetingStatus.PLANNED)
        .order_by(m.id).limit(batch)
    )
    done, last = 0, 0
    while rows := connection.execute(query.where(m.id > last)).all():
        updates = [{"row_id": row.id, "due": rule(*_meeting_parts(row))} for row in rows]
        _write(connection, Meeting, "cycle_due_at", updates)
        done, last = done + len(rows), rows[-1].id
    return done


def _meeting_parts(row) -> tuple:
    meeting = SimpleNamespace(**{name: getattr(row, name) for name in MEETING_COLUMNS})
    group = SimpleNamespace(id=row.group_id, time_zone=row.time_zone, created_at=row.created_at)
    settings = None if row.stored is None else SimpleNamespace(
        **{name: getattr(row, name) for name in SETTINGS_COLUMNS})
    return meeting, group, settings


def _deferred_items_wait(connection: Connection, now: datetime) -> None:
    """A meeting ahead that a deferred item waits for is due at once: the tick carries it."""
    m = table_of(Meeting).c
    item, earlier, copy = (aliased(AgendaItem), aliased(Meeting), aliased(AgendaItem))
    waiting = exists().where(
        item.group_id == m.group_id, item.status == ItemStatus.DEFERRED,
        earlier.id == item.meeting_id, earlier.starts_at < m.starts_at,
        ~exists().where(copy.carried_from_item_id == item.id))
    connection.execute(update(table_of(Meeting))
                       .where(m.cycle_due_at.is_not(None), m.starts_at > now, waiting)
                       .values(cycle_due_at=now))


def _backfill_tasks(connection: Connection, now: datetime, rule: Callable, batch: int) -> int:
    groups = _groups_with_chase_settings(connection)
    meetings = _meetings_ahead(connection, now)
    t, owner = table_of(Task).c, table_of(Member).c
    query = (
        select(*(t[name] for name in TASK_COLUMNS), owner.away_until,
               owner.imported_at.label("owner_imported_at"))
        .outerjoin_from(table_of(Task), table_of(Member), owner.id == t.owner_id)
        .where(t.status.in_(UNFINISHED),
               or_(t.imported_at.is_(None), t.confirmed_at.is_not(None)))
        .order_by(t.id).limit(batch)
    )
    done, last = 0, 0
    while rows := connection.execute(query.where(t.id > last)).all():
        updates = [{"row_id": row.id, "due": _task_due(row, groups, meetings, rule)}
                   for row in rows]
        _write(connection, Task, "chase_due_at", updates)
        done, last = done + len(rows), rows[-1].id
    return done


def _task_due(row, groups: dict, meetings: dict, rule: Callable) -> datetime | None:
    task = SimpleNamespace(**{name: getattr(row, name) for name in TASK_COLUMNS})
    group, settings = groups[row.group_id]
    # An owner known only from imported minutes is never messaged: their away days do not count.
    away = row.away_until if row.owner_imported_at is None else None
    return rule(task, group, settings, meetings.get(row.group_id, []), away)


def _groups_with_chase_settings(connection: Connection) -> dict:
    g, c = table_of(Group).c, table_of(ChaseSettings).c
    query = (select(g.id, g.time_zone, g.created_at, c.group_id.label("stored"),
                    *(c[name] for name in CHASE_COLUMNS))
             .outerjoin_from(table_of(Group), table_of(ChaseSettings), c.group_id == g.id))
    return {row.id: (SimpleNamespace(id=row.id, time_zone=row.time_zone,
                                     created_at=row.created_at),
                     None if row.stored is None else SimpleNamespace(
                         **{name: getattr(row, name) for name in CHASE_COLUMNS}))
            for row in connection.execute(query)}


def _meetings_ahead(connection: Connection, now: datetime) -> dict[int, list]:
    m = table_of(Meeting).c
    query = (select(m.id, m.group_id, m.starts_at)
             .where(m.status == MeetingStatus.PLANNED, m.starts_at > now)
             .order_by(m.starts_at, m.id))
    ahead: dict[int, list] = {}
    for row in connection.execute(query):
        ahead.setdefault(row.group_id, []).append(row)
    return ahead


def _write(connection: Connection, model, column: str, updates: list[dict]) -> None:
    table = table_of(model)
    statement = (update(table).where(table.c.id == bindparam("row_id"))
                 .values({column: bindparam("due")}))
    connection.execute(statement, updates)

