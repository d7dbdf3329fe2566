"""Who has answered: the call for input (an item or "intet fra os") and the attendance question.

Guests come for single items; they are neither asked for input nor for attendance.
"""

from collections.abc import Sequence

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Member
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting


async def regular_members(uow: UnitOfWork, group_id: int) -> Sequence[Member]:
    """Members who are asked and counted: not guests, and not those who left the group."""
    return [m for m in await uow.members.of_group(group_id)
            if m.role != Role.GUEST and m.left_at is None]


async def without_input(uow: UnitOfWork, meeting: Meeting) -> list[Member]:
    """Members who have neither proposed an item for the meeting nor answered "nothing"."""
    answered = await uow.items.proposers(meeting.id) | await uow.inputs.answered(meeting.id)
    return [m for m in await regular_members(uow, meeting.group_id) if m.id not in answered]


async def without_attendance(uow: UnitOfWork, meeting: Meeting) -> list[Member]:
    """Members who have not said whether they come."""
    answered = await uow.attendance.of_meeting(meeting.id)
    return [m for m in await regular_members(uow, meeting.group_id) if m.id not in answered]
