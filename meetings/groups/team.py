"""A team's channels. Each channel where the bot is used is a group of its own, but Teams
addresses what happens to the team as a whole (the bot removed, a member leaving or joining, a
rename) to the team, not to the channel: such an event concerns every group of the team."""

import logging
from dataclasses import replace
from datetime import datetime

from meetings.common.conversation import Conversation, Person
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.membership.leaving import left_group, remove_bot
from meetings.groups.vocabulary import MANAGERS

log = logging.getLogger(__name__)

SEPARATOR = " – "  # between the team's and the channel's name in a channel group's name
NAME_LENGTH = 200  # groups.name; Teams allows a team 256 characters

async def groups_addressed(uow: UnitOfWork, conversation: Conversation, *,
                           whole_team: bool) -> list[Group]:
    """The groups an event in `conversation` concerns: with `whole_team`, every group of its
    team (of the same tenant), else the conversation's own group, if the bot knows it."""
    own = await uow.groups.by_conversation(conversation.conversation_id)
    groups = [own] if own is not None else []
    if whole_team and conversation.team_id:
        groups += [g for g in await uow.groups.of_team(conversation.team_id)
                   if g not in groups and g.tenant_id == conversation.tenant_id]
    return groups


def channel_of(conversation: Conversation, group: Group) -> Conversation:
    """Another channel of the conversation's team, the one `group` is: reached as the
    conversation is (the same connector, tenant and bot), at the channel's own id."""
    return replace(conversation, conversation_id=group.conversation_id, name=None,
                   channel_name=None, teams_channel_id=group.conversation_id)


async def bot_removed_from(uow: UnitOfWork, conversation: Conversation, now: datetime, *,
                           whole_team: bool) -> list[Group]:
    """The bot removed: from the conversation's group, or from every group of its team."""
    return [await remove_bot(uow, group, now)
            for group in await groups_addressed(uow, conversation, whole_team=whole_team)]


async def left_conversation(uow: UnitOfWork, conversation: Conversation, person: Person,
                            now: datetime, *, whole_team: bool) -> list[Member]:
    """A member left the conversation, or the team and so every group of it."""
    left = []
    for group in await groups_addressed(uow, conversation, whole_team=whole_team):
        if (member := await left_group(uow, group, person, now)) is not None:
            left.append(member)
    return left


async def leaders_of_team(uow: UnitOfWork, group: Group) -> list[Member]:
    """The active chairs and secretaries of the oldest other group of the same team (and
    tenant) that has any: those who lead the team's meetings in its other channels."""
    if not group.team_id:
        return []
    for other in await uow.groups.of_team(group.team_id):
        if other.id == group.id or other.tenant_id != group.tenant_id \
                or other.bot_removed_at is not None:
            continue
        leading = [m for m in await uow.members.of_group(other.id)
                   if m.role in MANAGERS and m.left_at is None and m.imported_at is None]
        if leading:
            return leading
    return []


def renamed(group: Group, *, team: str | None = None, channel: str | None = None) -> bool:
    """A new name for the team or the channel (or both, as an activity naming them gives
    them); whether the group's name changed. The two are kept apart on the group and joined in
    its name, "Team – Channel" (a team's General channel is named by the team alone), so a dash
    in either stays in it. A group stored before they were kept apart, whose name did not tell
    them, is split at its last " – " (a team's name more often holds one)."""
    old_team, old_channel = group.team_name, group.channel_name
    if old_team is None and old_channel is None:
        old_team, found, old_channel = group.name.rpartition(SEPARATOR)
        if not found:
            old_team, old_channel = group.name, None
    new_team = (team or old_team or "").strip() or None
    new_channel = ((old_channel if channel is None else channel) or "").strip() or None
    if group.conversation_id == group.team_id:
        new_channel = None
    name = team_group_name(new_team, new_channel)
    if not name:
        return False
    group.team_name, group.channel_name = new_team, new_channel
    if name == group.name:
        return False
    group.name = name
    log.info("group renamed", extra={"group_id": group.id})
    return True


def team_group_name(team: str | None, channel: str | None) -> str:
    """A team channel's group's name: "Team – Channel", or whichever of the two is known."""
    return SEPARATOR.join(part for part in (team, channel) if part)[:NAME_LENGTH]
