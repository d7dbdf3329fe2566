"""The meeting reminder: one card in the group's conversation the working day before.

Written to the outbox in the transaction that plans or moves the meeting, keyed by the
meeting's sequence, so moving it withdraws the old reminder and queues a new one, and
a replayed request cannot queue two. A reminder the bot could not send on its morning (it was
down) waits for the next working morning if that is before the meeting.
"""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.common.vocabulary import OutboxStatus
from meetings.common.working_days import held_for_working_hours, working_days_before
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting

REMINDER_HOUR = time(9, 0)


def reminder_key(meeting: Meeting, group: Group) -> str:
    return f"meeting-reminder:{meeting.id}:{meeting.sequence}:{group.conversation_id}"


def reminder_due(meeting: Meeting, tz: ZoneInfo) -> datetime:
    """09.00 local time on the working day before the meeting (weekends and Danish public
    holidays skipped), computed in the group's zone and stored in UTC."""
    day = working_days_before(meeting.starts_at.astimezone(tz).date(), 1)
    return datetime.combine(day, REMINDER_HOUR, tzinfo=tz).astimezone(ZoneInfo("UTC"))


def reminder_held_until(now: datetime, tz: ZoneInfo, starts_at: datetime | None,
                        hours: tuple[time, time]) -> datetime | None:
    """When a reminder due now goes out instead: not outside the group's working `hours` (at
    night, at a weekend), but at their start on the next working day while that is before the
    meeting; None if it goes now."""
    return held_for_working_hours(now, tz, starts_at, *hours)


async def schedule_reminder(uow: UnitOfWork, group: Group, meeting: Meeting,
                            now: datetime) -> bool:
    """Queue the reminder unless its time has passed; it is worth sending until the start."""
    due = reminder_due(meeting, ZoneInfo(group.time_zone))
    if due <= now:
        return False
    return await uow.outbox.enqueue(
        dedupe_key=reminder_key(meeting, group), kind=OutboxKind.MEETING_REMINDER,
        group_id=group.id, meeting_id=meeting.id, conversation_id=group.conversation_id,
        payload={"meeting_id": meeting.id}, due_at=due, expires_at=meeting.starts_at,
        created_at=now,
    )


async def withdraw_and_update(uow: UnitOfWork, group: Group, meeting: Meeting,
                              previous_sequence: int, now: datetime) -> None:
    """After a move or cancellation: withdraw unsent reminders, and update in place a
    reminder card already posted, so nobody acts on the old time."""
    await uow.outbox.cancel_for_meeting(meeting.id, "meeting moved or cancelled")
    posted = await _posted_reminder(uow, group, meeting, previous_sequence)
    if posted is None:
        return
    await uow.outbox.enqueue(
        dedupe_key=f"meeting-update:{meeting.id}:{meeting.sequence}:{group.conversation_id}",
        kind=OutboxKind.MEETING_CARD_UPDATE, group_id=group.id, meeting_id=meeting.id,
        conversation_id=group.conversation_id, payload={"meeting_id": meeting.id},
        replaces_key=posted, due_at=now, created_at=now,
    )


async def _posted_reminder(uow: UnitOfWork, group: Group, meeting: Meeting,
                           previous_sequence: int) -> str | None:
    """The key of the reminder card on screen: the one of the time before this change if it
    went out, else the one an earlier change updated (moved twice, or moved and then
    cancelled, before the new time's reminder was due), however many changes ago."""
    before = f"meeting-reminder:{meeting.id}:{previous_sequence}:{group.conversation_id}"
    reminder = await uow.outbox.by_key(before)
    if reminder is not None and reminder.status == OutboxStatus.SENT:
        return before
    update = await uow.outbox.latest_of_kind(meeting.id, OutboxKind.MEETING_CARD_UPDATE)
    return update.replaces_key if update is not None else None
