"""A person's rights under GDPR: to see everything stored about them, in every group, and to
have it erased. Approved minutes are public records (arkivloven) and keep the names they were
approved with; everything else that names the person is anonymised or deleted."""

import logging
import secrets
from datetime import datetime, timedelta

from meetings.common.access import require_manager
from meetings.common.i18n import N_, translations
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import NOT_ALLOWED, STILL_A_MEMBER, Refusal
from meetings.documents.links import EXPORT_HOURS
from meetings.groups.entities import Group, Member
from meetings.groups.membership.leaving import leave
from meetings.groups.role_audit import record_role_change
from meetings.groups.vocabulary import ConversationKind, Role
from meetings.privacy.entities import PersonalExport
from meetings.privacy.free_text import names_written, rewriter
from meetings.search.search import index_entry

log = logging.getLogger(__name__)

FORMER_MEMBER = N_("Former member")


async def ask_for_export(uow: UnitOfWork, member: Member, language: str, now: datetime,
                         hours: int = EXPORT_HOURS) -> PersonalExport:
    """A new link to the person's export, open for `hours` (asking again makes another)."""
    export = PersonalExport(token=secrets.token_urlsafe(24), aad_object_id=member.aad_object_id,
                            teams_id=member.teams_id, language=language, created_at=now,
                            expires_at=now + timedelta(hours=hours))
    await uow.personal.add_export(export)
    log.info("personal export asked for", extra={"member_id": member.id})
    return export


async def export_by_token(uow: UnitOfWork, token: str, now: datetime) -> dict | None:
    """Everything stored about the person behind a link, read now; None for a link nobody
    was given or one that has expired."""
    export = await uow.personal.export_by_token(token, now) if len(token) < 64 else None
    if export is None:
        return None
    members = await uow.personal.members_of(export.aad_object_id, export.teams_id)
    names = {m.id: names_written(m, await uow.members.of_group(m.group_id)) for m in members}
    rows = await uow.personal.rows_about(members, export.aad_object_id, names)
    person = members[0] if members else None
    return {"made_at": now.isoformat(), "language": export.language,
            "person": {"name": person.name if person else None,
                       "teams_id": export.teams_id, "aad_object_id": export.aad_object_id,
                       "email": next((m.email for m in members if m.email), None)},
            "stored": rows}


async def erase_person(uow: UnitOfWork, member: Member, now: datetime) -> int:
    """Erase the person who is `member`, in every group; how many memberships were erased."""
    members = await uow.personal.members_of(member.aad_object_id, member.teams_id)
    for m in members:  # gone from each group as if they had left it, before the names go
        group = await uow.groups.get(m.group_id)
        if group.kind != ConversationKind.PERSONAL and m.left_at is None:
            await leave(uow, group, m, now, "the member's data was erased")
    await _erase(uow, members, member.aad_object_id, now)
    log.info("person erased", extra={"member_ids": [m.id for m in members],
                                     "at": now.isoformat()})
    return len(members)


async def _erase(uow: UnitOfWork, members: list[Member], aad_object_id: str | None,
                 now: datetime, actor: Member | None = None) -> None:
    """`actor` erases the members (the person themselves when None). An erased member is a
    plain member: a role they had is lost, and the role changes record it."""
    former = {}
    for m in members:
        group = await uow.groups.get(m.group_id)
        former[m.id] = translations(group.language if group else "da").gettext(FORMER_MEMBER)
        await _rewrite_free_text(uow, m, former[m.id])
        if group is not None and m.role != Role.MEMBER and group.kind != ConversationKind.PERSONAL:
            record_role_change(uow, group, actor or m, m, m.role, Role.MEMBER, now)
            m.role = Role.MEMBER
    await uow.personal.erase(members, aad_object_id, former)


async def _rewrite_free_text(uow: UnitOfWork, member: Member, former: str) -> None:
    """Their name in the group's task titles and notes, proposals, comments and draft minutes,
    as the group writes it, becomes `former`; approved minutes keep it."""
    names = names_written(member, await uow.members.of_group(member.group_id))
    if not names:
        return
    changed = await uow.personal.rewrite_free_text(member.group_id, names,
                                                   rewriter(names, former))
    for entry_id in changed:
        await index_entry(uow, await uow.minutes_entries.get(entry_id))


async def member_to_erase(uow: UnitOfWork, group: Group, actor: Member,
                          name: str) -> Member | None:
    """The member of this group the chair or the secretary asks to erase, by name; None when
    no member is called that. Anybody else is refused, and it is logged."""
    require_manager(actor, group, "erase_member")
    wanted = " ".join(name.split()).casefold()
    found = [m for m in await uow.members.of_group(group.id)
             if " ".join(m.name.split()).casefold() == wanted]
    if len(found) != 1:
        return None
    _require_former(group, found[0])
    return found[0]


async def erase_member(uow: UnitOfWork, group: Group, actor: Member, member_id: int | None,
                       now: datetime) -> Member:
    """The chair or the secretary erases a (former) member of their group: that membership
    only, since the person's other groups are not theirs to decide. The id is client input:
    None (none readable) is refused as one of another group is."""
    require_manager(actor, group, "erase_member", member_id)
    member = await uow.members.get(member_id) if member_id is not None else None
    if member is None or member.group_id != group.id or member.id == actor.id:
        log.warning("refused: no member of the group to erase",
                    extra={"group_id": group.id, "target": member_id})
        raise Refusal(NOT_ALLOWED)
    _require_former(group, member)
    await _erase(uow, [member], None, now, actor)
    log.info("member erased", extra={"group_id": group.id, "member_id": member.id,
                                     "actor": actor.aad_object_id, "at": now.isoformat()})
    return member


def _require_former(group: Group, member: Member) -> None:
    """A member still in the chat decides about their own data ("slet mine data"); one who
    left, or is known only from imported minutes, is the chair's and the secretary's to erase."""
    if member.left_at is None and member.imported_at is None:
        log.warning("refused: the member is still in the group",
                    extra={"group_id": group.id, "target": member.id})
        raise Refusal(STILL_A_MEMBER, name=member.name)
