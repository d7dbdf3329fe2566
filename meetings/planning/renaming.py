"""A team or a channel renamed in Teams: its groups bear the new name, and so do their coming
meetings that bore the old one (the name shown on the meeting card, in the calendar entry and
on the agenda and minutes). Meetings held keep the name they were held under."""

from datetime import datetime

from meetings.common.conversation import Conversation
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.groups.team import groups_addressed, renamed


async def team_renamed(uow: UnitOfWork, conversation: Conversation, name: str,
                       now: datetime) -> list[Group]:
    """teamRenamed: every group of the team; those renamed."""
    changed = []
    for group in await groups_addressed(uow, conversation, whole_team=True):
        if group.team_id == conversation.team_id and await _renamed(uow, group, now, team=name):
            changed.append(group)
    return changed


async def channel_renamed(uow: UnitOfWork, conversation: Conversation, channel_id: str,
                          name: str, now: datetime) -> Group | None:
    """channelRenamed: the channel's group, if the bot serves the channel."""
    group = await uow.groups.by_conversation(channel_id)
    if group is None or group.team_id != conversation.team_id \
            or group.tenant_id != conversation.tenant_id:
        return None
    return group if await _renamed(uow, group, now, channel=name) else None


async def _renamed(uow: UnitOfWork, group: Group, now: datetime, **name: str) -> bool:
    old = group.name
    if not renamed(group, **name):
        return False
    for meeting in await uow.meetings.upcoming(group.id, now):
        if meeting.title == old:
            meeting.title = group.name
    return True
