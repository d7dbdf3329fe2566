"""Who leads a group: the chair and the secretary give roles (chair, secretary, minute-taker,
member, guest) and correct organisations; a group always keeps a chair or a secretary.

Every change is logged with who made it (ids only: logs never hold names or what was typed).
"""

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime

from meetings.common.access import require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import (
    AMBIGUOUS_OWNER,
    BAD_RETENTION,
    LAST_LEADER,
    MEMBER_NOT_FOUND,
    NOT_IN_TEAMS,
    UNKNOWN_ROLE,
    Refusal,
)
from meetings.groups.entities import Group, Member
from meetings.groups.names import members_named
from meetings.groups.organisations import MAX_ORGANISATION, normalised_organisation
from meetings.groups.role_audit import record_role_change
from meetings.groups.vocabulary import MANAGERS, ConversationKind, Role

log = logging.getLogger(__name__)

ROLES = (Role.CHAIR, Role.SECRETARY, Role.MINUTE_TAKER, Role.MEMBER, Role.GUEST)
# A person known only from imported minutes was never in Teams: they can be reached by no
# message, and whoever later shows their display name takes their row over.
IMPORTED_MAY_BE = (Role.MEMBER, Role.GUEST)
MAX_RETENTION_MONTHS = 120


async def give_role(uow: UnitOfWork, group: Group, actor: Member, member_id: int, role: str,
                    now: datetime) -> Member:
    """The chair or the secretary gives a member a role; the last chair or secretary cannot
    be made anything else (somebody must be able to plan the meetings). The group is held
    while it looks: two leaders demoting each other at once are taken one after the other, and
    the second sees what the first did. A chair or a secretary named minute-taker keeps her
    role: she takes the minutes as such (the seed minutes' secretary writes them), and would
    lose the planning as referent; the caller sees the role unchanged and says so."""
    require_manager(actor, group, "give_role", member_id)
    if role not in set(ROLES):
        raise Refusal(UNKNOWN_ROLE)
    members = await uow.groups.lock_with_members(group.id)
    require_manager(actor, group, "give_role", member_id)  # unless a turn before took it
    member = await member_of_group(uow, group, member_id)
    if member.imported_at is not None and role not in IMPORTED_MAY_BE:
        log.warning("refused: a leading role for a member known only from minutes",
                    extra={"actor": actor.id, "group_id": group.id, "target": member.id})
        raise Refusal(NOT_IN_TEAMS, name=member.name)
    if role == Role.MINUTE_TAKER and member.role in MANAGERS:
        return member
    if member.role in MANAGERS and role not in MANAGERS \
            and not _another_leader(members, member):
        log.warning("refused: the group's last chair or secretary",
                    extra={"actor": actor.id, "group_id": group.id, "target": member.id})
        raise Refusal(LAST_LEADER, name=member.name)
    if member.role != role:
        log.info("role changed", extra={"actor": actor.id, "group_id": group.id,
                                        "target": member.id, "before": member.role,
                                        "after": str(role), "at": now.isoformat()})
        record_role_change(uow, group, actor, member, member.role, role, now)
        member.role = str(role)
    return member


async def set_organisation(uow: UnitOfWork, group: Group, actor: Member, member_id: int,
                           written: str, now: datetime) -> Member:
    """A member says where they are from; the chair or the secretary corrects anybody's. A
    name the table knows is written as the table writes it; empty clears it."""
    if member_id != actor.id:
        require_manager(actor, group, "set_organisation", member_id)
    member = await member_of_group(uow, group, member_id)
    organisation = normalised_organisation(written)[:MAX_ORGANISATION] or None
    if organisation != member.organisation:
        log.info("organisation changed", extra={"actor": actor.id, "group_id": group.id,
                                                "target": member.id, "at": now.isoformat()})
        member.organisation = organisation
    return member


async def say_own_organisation(uow: UnitOfWork, group: Group, member: Member, written: str,
                               now: datetime) -> tuple[Member, list[Group]]:
    """"Jeg er fra Roskilde" in a group's chat is said for that group; in a personal chat,
    which counts nobody, for every group the person is in now, where their organisation is
    counted (who is coming, the annual report). The row of the chat said in is returned, and
    the other groups it was said for, for the answer to name."""
    saved = await set_organisation(uow, group, member, member.id, written, now)
    changed = []
    if group.kind == ConversationKind.PERSONAL:
        for in_group, row, _ in await uow.members.groups_of_person(member, now):
            if row.id != member.id:
                await set_organisation(uow, in_group, row, row.id, written, now)
                changed.append(in_group)
    return saved, changed


async def set_retention(uow: UnitOfWork, group: Group, actor: Member, months: int | None,
                        now: datetime) -> Group:
    """How many months the group's data is kept once the bot is removed (1–120)."""
    require_manager(actor, group, "set_retention")
    if months is None or not 1 <= months <= MAX_RETENTION_MONTHS:
        raise Refusal(BAD_RETENTION)
    if months != group.retention_months:
        log.info("retention changed", extra={"actor": actor.id, "group_id": group.id,
                                             "months": months, "at": now.isoformat()})
        group.retention_months = months
    return group


def leaders_first(members: Sequence[Member], wanted: Mapping[int, str]) -> list[Member]:
    """The members in the order their new roles are given: new chairs and secretaries first, so
    handing the role from one person to another in one save never leaves the group without
    either."""
    return sorted(members, key=lambda member: wanted[member.id] not in MANAGERS)


async def member_of_group(uow: UnitOfWork, group: Group, member_id: int) -> Member:
    """A member of this group who has not left; the id may come from card data (forgeable)."""
    member = await uow.members.get(member_id)
    if member is None or member.group_id != group.id or member.left_at is not None:
        log.warning("member of another group or unknown",
                    extra={"group_id": group.id, "target": member_id})
        raise Refusal(MEMBER_NOT_FOUND)
    return member


async def member_named(uow: UnitOfWork, group: Group, written: str,
                       mentioned: Sequence[tuple[str, str]] = ()) -> Member:
    """The one active member a name (or an @mention of them) means."""
    members = [m for m in await uow.members.of_group(group.id) if m.left_at is None]
    by_teams_id = {m.teams_id: m for m in members}
    for teams_id, _ in mentioned:
        if teams_id in by_teams_id:
            return by_teams_id[teams_id]
    found = members_named(written, [(m.id, m.name) for m in members])
    if len(found) > 1:
        raise Refusal(AMBIGUOUS_OWNER, name=written)
    if not found:
        raise Refusal(MEMBER_NOT_FOUND)
    return next(m for m in members if m.id == found[0][0])


def _another_leader(members: Sequence[Member], member: Member) -> bool:
    return any(m.role in MANAGERS and m.left_at is None and m.imported_at is None
               and m.id != member.id for m in members)


async def others_in_role(uow: UnitOfWork, group: Group, member: Member) -> list[Member]:
    """The others still in the group who hold the member's chair or secretary role: giving
    the role to one more person takes it from nobody."""
    if member.role not in MANAGERS:
        return []
    return [m for m in await uow.members.of_group(group.id)
            if m.role == member.role and m.left_at is None and m.imported_at is None
            and m.id != member.id]


async def give_role_by_name(uow: UnitOfWork, group: Group, actor: Member, written: str,
                            role: str, now: datetime,
                            mentioned: Sequence[tuple[str, str]] = ()) -> Member:
    """"gør Lisbet til formand": the chair's and the secretary's, checked before the name is
    looked up, so nobody else learns who is in the group from the answer. "Lisbet tager
    referat" of a chair or a secretary leaves her role as it is (see give_role)."""
    require_manager(actor, group, "give_role")
    member = await member_named(uow, group, written, mentioned)
    return await give_role(uow, group, actor, member.id, role, now)
