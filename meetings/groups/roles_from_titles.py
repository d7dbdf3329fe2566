"""Roles read from the titles in imported minutes ("Rie Nielsen, sekretær", "Referent: Rie"),
proposed to the secretary and given only when confirmed: an old document may be out of date.

For the import preview: `propose_roles(uow, group, [(member_id, title), …])` gives the
proposals to show; `apply_role_proposals(uow, group, actor, proposals, confirmed, now)` gives
the roles of those the secretary ticked.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from meetings.common.access import require_manager
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.roles import give_role
from meetings.groups.vocabulary import MANAGERS, Role

# Whole words only: a "næstformand" (deputy) is no chair, a "sekretariatschef" no secretary.
_TITLES = {
    "formand": Role.CHAIR, "formanden": Role.CHAIR, "forkvinde": Role.CHAIR,
    "tovholder": Role.CHAIR, "chair": Role.CHAIR, "chairman": Role.CHAIR,
    "chairwoman": Role.CHAIR, "chairperson": Role.CHAIR,
    "sekretær": Role.SECRETARY, "sekretæren": Role.SECRETARY, "secretary": Role.SECRETARY,
    "referent": Role.MINUTE_TAKER, "referenten": Role.MINUTE_TAKER, "referat": Role.MINUTE_TAKER,
    "minute-taker": Role.MINUTE_TAKER, "minutetaker": Role.MINUTE_TAKER,
}
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@dataclass(frozen=True)
class RoleProposal:
    member_id: int
    name: str
    title: str  # as the minutes wrote it
    role: str  # the Role it would give


def role_of_title(title: str) -> Role | None:
    """The role a title names, by its first word that names one; None for any other title."""
    for word in _WORDS.findall(title.casefold()):
        if word in _TITLES:
            return _TITLES[word]
    return None


async def propose_roles(uow: UnitOfWork, group: Group,
                        titled: Iterable[tuple[int, str]]) -> list[RoleProposal]:
    """A proposal for each member of the group whose title names a role they do not have."""
    members = {m.id: m for m in await uow.members.of_group(group.id) if m.left_at is None}
    proposals: dict[int, RoleProposal] = {}
    for member_id, title in titled:
        member, role = members.get(member_id), role_of_title(title)
        if member is not None and role is not None and member.role != role \
                and member_id not in proposals:
            proposals[member_id] = RoleProposal(member.id, member.name, title, str(role))
    return list(proposals.values())


async def apply_role_proposals(uow: UnitOfWork, group: Group, actor: Member,
                               proposals: Sequence[RoleProposal], confirmed: Iterable[int],
                               now: datetime) -> list[Member]:
    """Give the roles of the proposals whose member ids the chair or secretary confirmed;
    new chairs and secretaries first, so the group is never without one between two."""
    require_manager(actor, group, "apply_role_proposals")
    chosen = set(confirmed)
    wanted = sorted((p for p in proposals if p.member_id in chosen),
                    key=lambda p: p.role not in MANAGERS)
    return [await give_role(uow, group, actor, p.member_id, p.role, now) for p in wanted]
