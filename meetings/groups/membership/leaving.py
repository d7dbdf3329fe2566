"""Members who leave the conversation, and the bot removed from it.

A member who leaves is kept for the minutes and the report but never messaged again nor asked
or counted as absent; their open tasks go to the secretary on one card. One who comes back is
active again, but no longer leads if somebody took their role meanwhile. A group the bot was
removed from gets nothing more; its addresses are forgotten and its data kept for the group's
retention period, then erased by `erase_removed_groups` after a word to the secretary a week
before. The bot added again within the period keeps everything.
"""

import calendar
import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from meetings.common.conversation import Person
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.role_audit import record_role_change
from meetings.groups.vocabulary import MANAGERS, ConversationKind, Role

log = logging.getLogger(__name__)

ERASURE_WARNING = timedelta(days=7)


async def member_left(uow: UnitOfWork, conversation_id: str, person: Person,
                      now: datetime) -> Member | None:
    """Mark the member inactive; their pending 1:1 messages are given up and their open tasks
    shown to the secretary. None when the bot does not know them there."""
    group = await uow.groups.by_conversation(conversation_id)
    return await left_group(uow, group, person, now) if group is not None else None


async def left_group(uow: UnitOfWork, group: Group, person: Person,
                     now: datetime) -> Member | None:
    """`member_left` for a group already found (a team's event concerns each of its groups)."""
    member = await _member_of(uow, group, person)
    if member is None or member.left_at is not None:
        return None
    tasks = await leave(uow, group, member, now, "the member left the group")
    log.info("member left", extra={"group_id": group.id, "member_id": member.id,
                                   "open_tasks": tasks})
    return member


async def leave(uow: UnitOfWork, group: Group, member: Member, now: datetime,
                reason: str) -> int:
    """The member is gone from the group (they left, or their data was erased): their pending
    messages are given up for `reason`, their open tasks go to the secretary and a group left
    without a leader is offered one; how many open tasks they had."""
    leading = member in await secretaries(uow, group)
    member.left_at = now
    await uow.retention.give_up_for_member(member.id, reason)
    tasks = await uow.tasks.unfinished_of_owners([member.id])
    if tasks:
        await _tasks_to_secretaries(uow, group, member, now)
    if leading:
        await offer_leadership(uow, group, now)
    return len(tasks)


async def came_back(uow: UnitOfWork, group: Group, member: Member, now: datetime) -> None:
    """One who left is added again: active, messaged and counted again. A chair or secretary
    whose role somebody else holds by now comes back as a member: leading again on being
    added for one item would make two chairs nobody chose."""
    member.left_at = None
    if member.role in MANAGERS and any(
            m.role == member.role and m.left_at is None and m.imported_at is None
            and m.id != member.id for m in await uow.members.of_group(group.id)):
        record_role_change(uow, group, member, member, member.role, Role.MEMBER, now)
        log.info("a replaced leader came back as a member",
                 extra={"group_id": group.id, "member_id": member.id, "before": member.role})
        member.role = Role.MEMBER


async def bot_removed(uow: UnitOfWork, conversation_id: str, now: datetime) -> Group | None:
    """Nothing more is sent to the group; its data is kept for its retention period."""
    group = await uow.groups.by_conversation(conversation_id)
    return await remove_bot(uow, group, now) if group is not None else None


async def remove_bot(uow: UnitOfWork, group: Group, now: datetime) -> Group:
    """`bot_removed` for a group already found; a group already removed keeps its dates."""
    if group.bot_removed_at is not None:
        return group
    given_up = await uow.retention.give_up_for_group(group.id, "the bot was removed", now)
    await uow.retention.forget_addresses(group.id)
    group.bot_removed_at = now
    group.erase_at = months_after(now, group.retention_months)
    group.erasure_warned_at = None
    group.welcomed_at = None  # added again, it says once that it is back
    log.info("bot removed from the group", extra={"group_id": group.id,
                                                  "given_up": given_up})
    return group


def bot_added_again(group: Group) -> None:
    """Re-added within the retention period: the erasure is called off."""
    if group.bot_removed_at is not None:
        group.bot_removed_at = group.erase_at = group.erasure_warned_at = None
        log.info("bot added again: erasure called off", extra={"group_id": group.id})


def months_after(moment: datetime, months: int) -> datetime:
    """The same day `months` later (the month's last day when it has no such day)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


async def secretaries(uow: UnitOfWork, group: Group) -> list[Member]:
    """Those who follow up for the group: its secretaries, else its chairs, among those still in
    it and in Teams (one known only from imported minutes can be sent nothing)."""
    members = [m for m in await uow.members.of_group(group.id)
               if m.left_at is None and m.imported_at is None]
    for role in (Role.SECRETARY, Role.CHAIR):
        if found := [m for m in members if m.role == role]:
            return found
    return []


async def leaders_of(uow: UnitOfWork, group: Group) -> list[Member]:
    """The group's chairs and secretaries still in it and in Teams: whom a member asks."""
    return [m for m in await uow.members.of_group(group.id)
            if m.role in MANAGERS and m.left_at is None and m.imported_at is None]


async def offer_leadership(uow: UnitOfWork, group: Group, now: datetime) -> bool:
    """If nobody active leads the group any more (its only chair or secretary left, or erased
    their data), a card in its chat offers the secretary's role to whoever clicks first
    (`meetings.groups.membership.leaderless`); whether one was written. A 1:1 chat, or a group
    the bot was removed from, gets none."""
    if group.kind == ConversationKind.PERSONAL or group.bot_removed_at is not None:
        return False
    await uow.flush()
    if await secretaries(uow, group):
        return False
    await uow.outbox.enqueue(
        dedupe_key=f"leaderless:{group.id}:{now.isoformat()}", kind=OutboxKind.LEADERLESS,
        group_id=group.id, conversation_id=group.conversation_id, payload={}, due_at=now,
        created_at=now)
    log.warning("group left without a chair or secretary", extra={"group_id": group.id})
    return True


async def leavers_tasks_to_secretaries(uow: UnitOfWork, group: Group, now: datetime) -> int:
    """The open tasks of every member who left, to the group's secretaries: after a leaderless
    spell nobody was there to get them when their owners left. How many leavers had some."""
    leavers = [m for m in await uow.members.of_group(group.id) if m.left_at is not None]
    with_tasks = [m for m in leavers if await uow.tasks.unfinished_of_owners([m.id])]
    for member in with_tasks:
        await _tasks_to_secretaries(uow, group, member, now)
    return len(with_tasks)


async def _present_leaders(uow: UnitOfWork, group: Group, now: datetime) -> list[Member]:
    """`secretaries`, passing over one away (on leave) for the chair who is not: a leaver's
    tasks must not wait for her return. With everybody away, the secretaries after all."""
    today = now.astimezone(ZoneInfo(group.time_zone)).date()
    members = [m for m in await uow.members.of_group(group.id)
               if m.left_at is None and m.imported_at is None
               and (m.away_until is None or m.away_until < today)]
    for role in (Role.SECRETARY, Role.CHAIR):
        if found := [m for m in members if m.role == role]:
            return found
    return await secretaries(uow, group)


async def _member_of(uow: UnitOfWork, group: Group, person: Person) -> Member | None:
    member = await uow.members.by_teams_id(group.id, person.teams_id)
    if member is None and person.aad_object_id:
        member = await uow.members.by_aad_object_id(group.id, person.aad_object_id)
    return member


async def _tasks_to_secretaries(uow: UnitOfWork, group: Group, member: Member,
                                now: datetime) -> None:
    for secretary in await _present_leaders(uow, group, now):
        await uow.outbox.enqueue(
            dedupe_key=f"left-tasks:{member.id}:{now.isoformat()}:{secretary.id}",
            kind=OutboxKind.LEFT_MEMBER_TASKS, group_id=group.id, member_id=secretary.id,
            payload={"member_id": member.id}, due_at=now, created_at=now)
