"""What a task's fields may hold: its title, owner, note and origin, checked before they are
written (meetings.tasks.tasks creates and changes the tasks)."""

import logging

from meetings.common.access import item_of_group
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_TASK, MEETING_NOT_FOUND, UNKNOWN_OWNER, Refusal
from meetings.groups.entities import Group
from meetings.tasks.access import may_own

log = logging.getLogger(__name__)

MAX_TITLE, MAX_OWNER_NAME, MAX_NOTE, MAX_REASON = 300, 200, 1000, 500


async def checked_owner(uow: UnitOfWork, group: Group, owner_id: int | None,
                        owner_name: str | None) -> tuple[int | None, str | None]:
    """A member of the group, or a person outside it by name; never both."""
    if owner_id is not None and owner_name is not None:
        raise Refusal(BAD_TASK, field="owner")
    if owner_name is not None:
        return None, checked_text(owner_name, MAX_OWNER_NAME, "owner_name")
    if owner_id is None:
        return None, None
    member = await uow.members.get(owner_id) if isinstance(owner_id, int) else None
    if member is None or member.group_id != group.id or not may_own(member):
        log.warning("task owner not a member of the group",
                    extra={"group_id": group.id, "target": owner_id})
        raise Refusal(UNKNOWN_OWNER)
    return member.id, None


async def checked_origin(uow: UnitOfWork, group: Group, meeting_id: int | None,
                         item_id: int | None) -> int | None:
    """The meeting the task came from (an item's meeting when only the item is given)."""
    if meeting_id is not None:
        meeting = await uow.meetings.get(meeting_id) if isinstance(meeting_id, int) else None
        if meeting is None or meeting.group_id != group.id:
            raise Refusal(MEETING_NOT_FOUND)
    if item_id is not None:
        item = await item_of_group(uow, group, item_id)
        if meeting_id is not None and item.meeting_id != meeting_id:
            raise Refusal(BAD_TASK, field="item_id")
        meeting_id = item.meeting_id
    return meeting_id


def checked_text(value, limit: int, name: str, *, one_line: bool = True) -> str:
    """Stripped and within the column; a title or name on one line, a note as written."""
    text = value.strip() if isinstance(value, str) else ""
    if one_line:
        text = " ".join(text.split())
    if not 0 < len(text) <= limit:
        raise Refusal(BAD_TASK, field=name)
    return text
