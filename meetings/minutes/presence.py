"""Attendance answered after the minutes were opened: the draft's presence follows the answer,
unless whoever writes the minutes has set that member's presence by hand."""

from datetime import datetime

from meetings.agenda.attendance import answer_attendance
from meetings.agenda.entities import Attendance
from meetings.agenda.vocabulary import AttendanceStatus
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.minutes.entities import Minutes, Presence
from meetings.minutes.vocabulary import MinutesStatus, PresenceStatus
from meetings.planning.entities import Meeting

PRESENCE_OF = {AttendanceStatus.ATTENDING: PresenceStatus.PRESENT,
               AttendanceStatus.REGRETS: PresenceStatus.ABSENT,
               AttendanceStatus.SUBSTITUTE: PresenceStatus.SUBSTITUTE}


async def answer_attendance_in_minutes(uow: UnitOfWork, group: Group, meeting_id: int,
                                       actor: Member, status: str, now: datetime,
                                       substitute_name: str | None = None) -> Attendance:
    """`answer_attendance`, and the meeting's draft minutes, if opened, brought in line."""
    # Read before the answer changes it (the same row, in the unit of work).
    before = as_presence((await uow.attendance.of_meeting(meeting_id)).get(actor.id)) \
        if isinstance(meeting_id, int) else None
    answer = await answer_attendance(uow, group, meeting_id, actor, status, now,
                                     substitute_name)
    minutes = await uow.minutes.of_meeting(answer.meeting_id)
    if minutes is None or minutes.status != MinutesStatus.DRAFT or actor.role == Role.GUEST:
        return answer
    presence = {p.member_id: p for p in await uow.presence.of_minutes(minutes.id)}.get(actor.id)
    shown = (presence.status, presence.substitute_name) if presence else None
    if shown == before:  # as the earlier answer put it: not set by hand
        status_now, name = as_presence(answer) or (None, None)
        await uow.presence.set({"minutes_id": minutes.id, "member_id": actor.id,
                                "status": status_now, "substitute_name": name})
        minutes.updated_at = now
    return answer


def as_presence(answer: Attendance | None) -> tuple[str, str | None] | None:
    """The presence an answer gives in the minutes (status, substitute's name); None: none."""
    status = PRESENCE_OF.get(answer.status) if answer else None
    if status is None:
        return None
    return str(status), answer.substitute_name if status == PresenceStatus.SUBSTITUTE else None


def at_the_meeting(member: Member, meeting: Meeting) -> bool:
    """Listed in the meeting's minutes to be marked: not a guest, and in the group when the
    meeting began (one who left later, the same afternoon, came and counts)."""
    return member.role != Role.GUEST and (member.left_at is None
                                          or member.left_at >= meeting.starts_at)


async def presence_list(uow: UnitOfWork, group: Group,
                        minutes: Minutes) -> list[tuple[Member, Presence | None]]:
    """Whom the presence card lists: every member but the guests and those who left before the
    meeting, and anyone already marked, each with their presence (None: not marked, so neither
    present nor absent)."""
    marked = {p.member_id: p for p in await uow.presence.of_minutes(minutes.id)}
    meeting = await uow.meetings.get(minutes.meeting_id)
    return [(member, marked.get(member.id)) for member in await uow.members.of_group(group.id)
            if at_the_meeting(member, meeting) or member.id in marked]
