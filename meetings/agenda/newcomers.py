"""One who joins while the call for agenda input is open: the call went to the group's chat
before she was in it, so she gets it in her 1:1 chat, right after her welcome, for each group
she joined whose next meeting's call is open (not after its deadline, not for a meeting whose
call has not gone out: then she sees it with the others). Keyed by member and meeting, so a
join Teams tells again does not send it twice. Once posted, it is updated in place with the
group's call after a move or a cancel (meetings.agenda.messages.call_changed); withdrawn by a
move before it went out, it is queued again for the new time (`call_newcomers_again`)."""

from collections.abc import Iterable
from datetime import datetime

from meetings.agenda.queries import deadline_of
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting


async def open_call(uow: UnitOfWork, group: Group,
                    now: datetime) -> tuple[Meeting, datetime] | None:
    """The group's next meeting, not yet started, with its deadline, while the call for its
    agenda is out and the deadline ahead; None otherwise."""
    meeting = next((m for m in await uow.meetings.upcoming(group.id, now) if m.starts_at > now),
                   None)
    if meeting is None or meeting.call_sent_at is None:
        return None
    deadline = await deadline_of(uow, group, meeting)
    return (meeting, deadline) if now < deadline else None


async def call_newcomers(uow: UnitOfWork, welcomed: Iterable[tuple[Group, Member]],
                         now: datetime) -> list[str]:
    """The open call to each of those `welcomed` just now, in her 1:1 chat; its keys. One
    added to a team is a member of each group: every call is addressed as her welcome was (to
    her first), so that the outbox sends them in one lane, after it."""
    keys = []
    welcome_to: dict[str, Member] = {}
    for group, member in welcomed:
        addressee = welcome_to.setdefault(member.teams_id, member)
        if member.role == Role.GUEST or member.imported_at is not None:
            continue  # a guest is not asked for input (meetings.agenda.answers)
        found = await open_call(uow, group, now)
        if found is None:
            continue
        meeting, deadline = found
        key = f"newcomer-call:{member.id}:{meeting.id}:{meeting.sequence}"
        if await uow.outbox.enqueue(
                dedupe_key=key, kind=OutboxKind.NEWCOMER_CALL, group_id=group.id,
                meeting_id=meeting.id, member_id=addressee.id,
                payload={"meeting_id": meeting.id},
                due_at=now, expires_at=deadline, created_at=now):
            keys.append(key)
    return keys


async def call_newcomers_again(uow: UnitOfWork, group: Group, meeting: Meeting,
                               now: datetime) -> list[str]:
    """After a move (the meeting's unsent messages withdrawn): a newcomer's call the move
    withdrew before it went out goes out for the new time while the call stays open, else she
    would never hear of it; its keys. Not when the call itself goes out again (it reaches her
    with the others) or the meeting is cancelled. A call already posted is updated in place
    instead (meetings.agenda.messages.call_changed)."""
    found = await open_call(uow, group, now)
    if found is None or found[0].id != meeting.id:
        return []
    before = f":{meeting.id}:{meeting.sequence - 1}"
    rows = [{"dedupe_key": f"{row.dedupe_key.removesuffix(before)}:{meeting.id}:{meeting.sequence}",
             "kind": OutboxKind.NEWCOMER_CALL, "group_id": row.group_id,
             "meeting_id": meeting.id, "member_id": row.member_id,
             "payload": {"meeting_id": meeting.id}, "due_at": now, "expires_at": found[1],
             "created_at": now}
            for row in await uow.outbox.given_up_of_kind(meeting.id, OutboxKind.NEWCOMER_CALL)
            if row.dedupe_key.endswith(before)]
    return sorted(await uow.outbox.enqueue_many(rows))
