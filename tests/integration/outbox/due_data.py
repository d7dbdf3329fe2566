"""For the tests of due work: groups in bulk (members, planned meetings, open and closed tasks,
posted minutes) inserted set-based and given their due moments by the backfill, as a benchmark
would; and a unit of work whose commit fails, to stop a tick between batches."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from meetings.agenda.entities import GroupSettings
from meetings.common.entities import ConversationAddress
from meetings.common.working_days import WORK_START, next_work_start
from meetings.due_moments import meeting_due, task_due
from meetings.groups.entities import Group, Member
from meetings.groups.settings import DEFAULTS
from meetings.groups.vocabulary import ConversationKind
from meetings.minutes.entities import Minutes
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task
from storage.due_backfill import backfill_database
from storage.errors import StorageError

CREATED = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)


def deadline_at_the_next_working_start(now: datetime, meeting_starts: datetime) -> dict:
    """Settings whose deadline for input falls at the next working start after `now` (by the
    system clock: these tests run the worker as a process), so a call due late at night or at
    a weekend still goes out at once, as it could not wait for the working hours."""
    zone = ZoneInfo("Europe/Copenhagen")
    start = next_work_start(now, zone, WORK_START).astimezone(zone)
    days = (meeting_starts.astimezone(zone).date() - start.date()).days
    return {**DEFAULTS, "deadline_days": days, "deadline_time": WORK_START, "standing_items": [],
            "updated_at": now}


async def seed_groups(engine, groups: int, now: datetime, *, first_meeting: datetime,
                      task_due_on: date, service_url: str = "http://connector.test",
                      settings: dict | None = None) -> None:
    """`groups` groups, each with three members, two planned meetings (the first at
    `first_meeting`, the second four weeks later), two open tasks due `task_due_on`, one done
    task, and minutes posted for approval well after `now`; `settings`, the agenda settings of
    every group (else the defaults)."""
    async with engine.begin() as connection:
        group_ids = await _groups(connection, groups, service_url)
        if settings is not None:
            await connection.execute(insert(GroupSettings),
                                     [{**settings, "group_id": g} for g in group_ids])
        members = await _members(connection, group_ids)
        await connection.execute(insert(Meeting), [
            {"group_id": g, "title": "Netværk", "starts_at": start,
             "ends_at": start + timedelta(hours=3), "status": "planned", "sequence": 0,
             "calendar_token": f"t{g}-{n}", "created_at": CREATED, "updated_at": CREATED}
            for g in group_ids
            for n, start in enumerate((first_meeting, first_meeting + timedelta(weeks=4)))])
        await connection.execute(insert(Task), [
            {"group_id": g, "title": f"Opgave {n}", "owner_id": members[g][n % 3],
             "due_on": task_due_on, "status": "done" if n == 2 else "open",
             "created_by": members[g][0], "created_at": CREATED, "updated_at": CREATED,
             "version": 0, "reminder_stage": 0}
            for g in group_ids for n in range(3)])
        meetings = (await connection.execute(
            select(Meeting.id, Meeting.group_id).where(Meeting.group_id.in_(group_ids))
            .order_by(Meeting.id))).all()
        firsts = {}
        for meeting_id, group_id in meetings:
            firsts.setdefault(group_id, meeting_id)
        await connection.execute(insert(Minutes), [
            {"meeting_id": m, "group_id": g, "status": "posted", "posted_at": now,
             "approve_by": now + timedelta(days=30), "document_token": f"d{m}",
             "created_at": CREATED, "updated_at": CREATED} for g, m in firsts.items()])
    await backfill_database(engine, now, meeting_due, task_due)


async def _groups(connection, groups: int, service_url: str) -> list[int]:
    start = (await connection.execute(select(Group.id).order_by(Group.id.desc()).limit(1))
             ).scalar() or 0
    rows = [{"conversation_id": f"19:g{start + n}@thread.v2", "kind": ConversationKind.CHANNEL,
             "name": f"Gruppe {start + n}", "tenant_id": "t", "time_zone": "Europe/Copenhagen",
             "language": "da", "created_at": CREATED} for n in range(groups)]
    await connection.execute(insert(Group), rows)
    made = (await connection.execute(select(Group.id, Group.conversation_id)
                                     .where(Group.id > start).order_by(Group.id))).all()
    await connection.execute(insert(ConversationAddress), [
        {"conversation_id": conversation, "conversation_type": ConversationKind.CHANNEL,
         "channel_id": "msteams", "service_url": service_url, "tenant_id": "t",
         "bot_id": "28:bot", "group_id": group_id, "updated_at": CREATED}
        for group_id, conversation in made])
    return [group_id for group_id, _ in made]


async def _members(connection, group_ids: list[int]) -> dict[int, list[int]]:
    roles = ("chair", "secretary", "member")
    await connection.execute(insert(Member), [
        {"group_id": g, "teams_id": f"29:{g}-{n}", "aad_object_id": f"aad-{g}-{n}",
         "name": f"Medlem {g}-{n}", "role": roles[n], "joined_at": CREATED}
        for g in group_ids for n in range(3)])
    members: dict[int, list[int]] = {}
    for member_id, group_id in await connection.execute(
            select(Member.id, Member.group_id).where(Member.group_id.in_(group_ids))
            .order_by(Member.id)):
        members.setdefault(group_id, []).append(member_id)
    return members


class FailingCommit:
    """A unit of work whose `fail_at`th commit fails, as a database going away would."""

    def __init__(self, uow, fail_at: int) -> None:
        self._uow, self._left = uow, fail_at

    def __getattr__(self, name: str):
        return getattr(self._uow, name)

    async def commit(self) -> None:
        self._left -= 1
        if self._left == 0:
            raise StorageError("database is locked")
        await self._uow.commit()
