"""The agenda cycle's messages, written to the outbox in the transaction that decides them.

Keyed by meeting, sequence and target, so a replayed tick cannot queue one twice and a moved
meeting (a new sequence) can queue its messages again. The payload names the meeting only:
the bot renders the card when it sends, from the data as it is then.
"""

from datetime import datetime

from meetings.agenda.answers import without_attendance, without_input
from meetings.agenda.times import CycleTimes
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.entities import Group, Member
from meetings.planning.entities import Meeting


def message_key(prefix: str, meeting: Meeting, target: str | int) -> str:
    return f"{prefix}:{meeting.id}:{meeting.sequence}:{target}"


async def send_call(uow: UnitOfWork, group: Group, meeting: Meeting, times: CycleTimes,
                    now: datetime) -> list[str]:
    """The call for input, in the group's conversation; worth sending until the deadline."""
    key = message_key("agenda-call", meeting, group.conversation_id)
    return await _to_group(uow, group, meeting, OutboxKind.AGENDA_CALL, key, now,
                           times.deadline_at)


async def send_nudges(uow: UnitOfWork, group: Group, meeting: Meeting, times: CycleTimes,
                      now: datetime) -> list[str]:
    """One 1:1 reminder to each member who has neither proposed nor answered "nothing"."""
    members = await without_input(uow, meeting)
    return await _to_members(uow, group, meeting, OutboxKind.AGENDA_NUDGE, "agenda-nudge",
                             members, now, times.deadline_at)


async def publish_agenda(uow: UnitOfWork, group: Group, meeting: Meeting, times: CycleTimes,
                         now: datetime) -> list[str]:
    meeting.agenda_published_at = now
    version = await uow.cycle.bump_agenda_version(meeting)
    key = message_key("agenda-published", meeting, group.conversation_id)
    return await _to_group(uow, group, meeting, OutboxKind.AGENDA_PUBLISHED, key, now,
                           meeting.starts_at, version=version)


async def send_attendance_reminders(uow: UnitOfWork, group: Group, meeting: Meeting,
                                    times: CycleTimes, now: datetime) -> list[str]:
    members = await without_attendance(uow, meeting)
    return await _to_members(uow, group, meeting, OutboxKind.ATTENDANCE_REMINDER,
                             "attendance-reminder", members, now, meeting.starts_at)


async def agenda_changed(uow: UnitOfWork, group: Group, meeting: Meeting,
                         now: datetime) -> str | None:
    """After publication: a new agenda version, and the posted agenda card updated in place.
    Before the card is posted there is nothing to update: it is rendered when it is sent."""
    if meeting.agenda_published_at is None:
        return None
    version = await uow.cycle.bump_agenda_version(meeting)
    return await _replace_posted(
        uow, group, meeting, now, OutboxKind.AGENDA_PUBLISHED, OutboxKind.AGENDA_CARD_UPDATE,
        f"agenda-update:{meeting.id}:{version}:{group.conversation_id}", version=version)


async def call_changed(uow: UnitOfWork, group: Group, meeting: Meeting,
                       now: datetime) -> str | None:
    """After a move or a cancel: the posted call card updated in place, so it names the new
    date and deadline, or says the meeting is cancelled; nobody proposes for the old time.
    The 1:1 copies posted (the nudges, a newcomer's call) are updated the same way."""
    await _personal_copies_changed(uow, group, meeting, now)
    return await _replace_posted(
        uow, group, meeting, now, OutboxKind.AGENDA_CALL, OutboxKind.AGENDA_CALL_UPDATE,
        f"agenda-call-update:{meeting.id}:{meeting.sequence}:{group.conversation_id}")


async def _replace_posted(uow: UnitOfWork, group: Group, meeting: Meeting, now: datetime,
                          posted_kind: OutboxKind, update_kind: OutboxKind, key: str,
                          **payload) -> str | None:
    """The group's card of `posted_kind` updated in place, once it is posted; None before
    (it is rendered when it is sent)."""
    posted = await uow.outbox.latest_of_kind(meeting.id, posted_kind)
    if posted is None or posted.status not in (OutboxStatus.SENT, OutboxStatus.SENDING):
        return None
    await uow.outbox.enqueue(
        dedupe_key=key, kind=update_kind, group_id=group.id, meeting_id=meeting.id,
        conversation_id=group.conversation_id, replaces_key=posted.dedupe_key,
        payload={"meeting_id": meeting.id, **payload}, due_at=now,
        expires_at=meeting.ends_at, created_at=now)
    return key


# Each kind of 1:1 card of the call posted, the kind its update is and its update's key:
# a newcomer's call is the call card (meetings.agenda.newcomers), so it is updated as one.
_PERSONAL_COPIES = (
    (OutboxKind.AGENDA_NUDGE, OutboxKind.AGENDA_NUDGE_UPDATE, "agenda-nudge-update"),
    (OutboxKind.NEWCOMER_CALL, OutboxKind.AGENDA_CALL_UPDATE, "newcomer-call-update"),
)


async def _personal_copies_changed(uow: UnitOfWork, group: Group, meeting: Meeting,
                                   now: datetime) -> None:
    # Keyed by the card it replaces: one sent for an earlier time of the meeting too. Each an
    # outbox row of its own, so one that cannot be updated holds back none of the others.
    rows = [{"dedupe_key": f"{prefix}:{meeting.sequence}:{posted.dedupe_key}",
             "kind": update_kind, "group_id": group.id,
             "meeting_id": meeting.id, "member_id": posted.member_id,
             "replaces_key": posted.dedupe_key, "payload": {"meeting_id": meeting.id},
             "due_at": now, "expires_at": meeting.ends_at, "created_at": now}
            for posted_kind, update_kind, prefix in _PERSONAL_COPIES
            for posted in await uow.outbox.posted_of_kind(meeting.id, posted_kind)]
    await uow.outbox.enqueue_many(rows)


async def _to_group(uow: UnitOfWork, group: Group, meeting: Meeting, kind: OutboxKind,
                    key: str, now: datetime, expires_at: datetime, **payload) -> list[str]:
    added = await uow.outbox.enqueue(
        dedupe_key=key, kind=kind, group_id=group.id, meeting_id=meeting.id,
        conversation_id=group.conversation_id, payload={"meeting_id": meeting.id, **payload},
        due_at=now, expires_at=expires_at, created_at=now)
    return [key] if added else []


async def _to_members(uow: UnitOfWork, group: Group, meeting: Meeting, kind: OutboxKind,
                      prefix: str, members: list[Member], now: datetime,
                      expires_at: datetime) -> list[str]:
    # A member known only from imported minutes has no Teams chat to be reached in. One
    # insert for them all: on SQLite the write lock is held from the first write to the commit.
    rows = [{"dedupe_key": message_key(prefix, meeting, member.id), "kind": kind,
             "group_id": group.id, "meeting_id": meeting.id, "member_id": member.id,
             "payload": {"meeting_id": meeting.id}, "due_at": now, "expires_at": expires_at,
             "created_at": now}
            for member in members if member.imported_at is None]
    added = await uow.outbox.enqueue_many(rows)
    return [row["dedupe_key"] for row in rows if row["dedupe_key"] in added]
