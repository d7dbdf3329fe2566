"""The members card: each member's role, organisation and whether they are still in the group,
editable by the chair and the secretary."""

from collections.abc import Iterable
from typing import Any

from bot.turn import Turn
from meetings.common.i18n import N_
from meetings.groups.entities import Member
from meetings.groups.membership.roster import Roster
from meetings.groups.names import sort_key
from meetings.groups.roles import ROLES
from meetings.groups.vocabulary import Role

ROLE_TITLES = {Role.CHAIR: N_("Chair"), Role.SECRETARY: N_("Secretary"),
               Role.MINUTE_TAKER: N_("Minute-taker"), Role.MEMBER: N_("Member"),
               Role.GUEST: N_("Guest")}
# "Lisbet er nu formand.": the role inside a sentence, where Danish writes it in lower case.
NOW_ROLE = {Role.CHAIR: N_("%(name)s is now chair."),
            Role.SECRETARY: N_("%(name)s is now secretary."),
            Role.MINUTE_TAKER: N_("%(name)s is now minute-taker."),
            Role.MEMBER: N_("%(name)s is now a member."),
            Role.GUEST: N_("%(name)s is now a guest.")}
# "Lisbet tager referat" of the secretary: she keeps her role, and takes the minutes in it.
KEEPS_ROLE = {
    Role.CHAIR: N_("%(name)s stays chair, and as chair may already open, write and send the "
                   "minutes."),
    Role.SECRETARY: N_("%(name)s stays secretary, and as secretary may already open, write and "
                       "send the minutes.")}
# Said after KEEPS_ROLE when the group has a referent: the minutes she opens name them.
STANDING_REFERENT = N_("%(member)s is still the group's minute-taker and is named in the "
                       "minutes. To have %(name)s named, choose the minute-taker on the minutes "
                       "card, or write for example “make %(member)s a member”.")
# Said after NOW_ROLE when others hold the leading role just given: "Rie er ny sekretær" makes
# Rie secretary beside Lisbet, who keeps what goes to the secretary until she gives it up.
STILL_ROLE = {
    Role.CHAIR: N_("%(member)s is still chair too. If the role was handed over, write for "
                   "example “make %(name)s a member”."),
    Role.SECRETARY: N_("%(member)s is still secretary too. If the role was handed over, write "
                       "for example “make %(name)s a member”.")}


# Members on one card: with a role and an organisation to edit each, 25 stay well under the
# 28 KB a card may weigh; a bigger group turns pages.
PAGE = 25


def members_card(turn: Turn, roster: Roster, *, page: int = 0, notice: str | None = None,
                 error: str | None = None) -> dict[str, Any]:
    """Those still in the group first, by name; those who left after them, for the record.
    Read in a personal chat for the group, it is read-only: roles are edited in the group."""
    members = sorted(roster.members, key=lambda m: (m.left_at is not None, sort_key(m.name)))
    pages = max(1, -(-len(members) // PAGE))
    page = min(max(page, 0), pages - 1)
    shown = members[page * PAGE:(page + 1) * PAGE]
    roles = [{"value": str(role), "title": turn._(ROLE_TITLES[role])} for role in ROLES]
    return turn.card("members", members=[_row(turn, m) for m in shown], roles=roles,
                     editable=roster.editable and not turn.for_another_chat,
                     page=page, previous=page > 0, more=page + 1 < pages,
                     was=as_shown(m for m in shown if m.left_at is None),
                     retention_months=turn.group.retention_months,
                     notice=notice, error=error)


def as_shown(members: Iterable[Member]) -> dict[str, dict[str, str]]:
    """Each editable member's role and organisation as the card shows them, sent back on
    *Save*: a card opened before somebody else gave a role saves only what was changed on it,
    instead of putting back the roles it showed."""
    return {str(m.id): {"role": m.role, "organisation": m.organisation or ""} for m in members}


def _row(turn: Turn, member: Member) -> dict[str, Any]:
    role = turn._(ROLE_TITLES.get(member.role, ROLE_TITLES[Role.MEMBER]))
    organisation = member.organisation or turn._("Organisation not known")
    left = turn._("Has left the group") if member.left_at is not None else None
    return {"id": member.id, "name": member.name, "role": member.role,
            "organisation": member.organisation or "", "active": member.left_at is None,
            "line": " · ".join(part for part in (role, organisation, left) if part)}
