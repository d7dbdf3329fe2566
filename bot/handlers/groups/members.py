"""Roles and organisations in chat ("gør Lisbet til formand", "jeg er fra Holbæk") and on the
members card."""

from bot.handlers.groups.organisations import ORGANISATION_ACTIONS, organisation_from_text
from bot.turn import CardReply, Reply, Turn
from bot.views.members import (
    KEEPS_ROLE,
    NOW_ROLE,
    STANDING_REFERENT,
    STILL_ROLE,
    members_card,
)
from dialogs.card_inputs import minutes_of
from meetings.groups.entities import Member
from meetings.groups.membership.leaderless import take_over
from meetings.groups.membership.leaving import secretaries
from meetings.groups.membership.roster import roster_of
from meetings.groups.organisations import MAX_ORGANISATION
from meetings.groups.roles import (
    give_role,
    give_role_by_name,
    leaders_first,
    others_in_role,
    set_organisation,
    set_retention,
)
from meetings.groups.vocabulary import Role
from meetings.minutes.recording import standing_minute_taker
from meetings.understanding.intents import Intent, Understood


async def show_members(turn: Turn, _: Understood) -> Reply:
    return Reply(card=members_card(turn, await roster_of(turn.uow, turn.group, turn.member)))


async def role_from_text(turn: Turn, understood: Understood) -> Reply:
    member = await give_role_by_name(turn.uow, turn.group, turn.member, understood.argument,
                                     understood.selector, turn.now, turn.mentions)
    if member.role != understood.selector:  # a leader named minute-taker keeps the lead
        return Reply(text=await kept_role_text(turn, member))
    said = [turn._(NOW_ROLE[Role(member.role)], name=member.name)]
    if others := await others_in_role(turn.uow, turn.group, member):
        said.append(turn._(STILL_ROLE[Role(member.role)], name=others[0].name,
                           member=", ".join(m.name for m in others)))
    return Reply(text=" ".join(said))


async def kept_role_text(turn: Turn, member: Member) -> str:
    """A chair or a secretary named minute-taker: she keeps her role; and who the minutes name
    while the group has a referent."""
    said = turn._(KEEPS_ROLE[Role(member.role)], name=member.name)
    if referent := await standing_minute_taker(turn.uow, turn.group):
        said += " " + turn._(STANDING_REFERENT, member=referent.name, name=member.name)
    return said


async def save_members(turn: Turn, data: dict) -> CardReply:
    """Only what was changed on the card is written (against what the card showed, so a card
    opened before another leader gave a role does not take it back); new chairs and
    secretaries first, so handing the role from one person to another in one save never
    leaves the group without either."""
    members = [m for m in await turn.uow.members.of_group(turn.group.id) if m.left_at is None]
    was = {m.id: shown_on_card(data, m) for m in members}
    wanted = {m.id: str(data.get(f"role_{m.id}") or m.role) for m in members}
    changed = [m for m in members if wanted[m.id] not in (was[m.id]["role"], m.role)]
    notices = [turn._("Roles and organisations saved.")]
    for member in leaders_first(changed, wanted):
        given = await give_role(turn.uow, turn.group, turn.member, member.id,
                                wanted[member.id], turn.now)
        if given.role != wanted[member.id]:  # a leader picked as minute-taker keeps the lead
            notices.append(await kept_role_text(turn, given))
    for member in (m for m in members if f"organisation_{m.id}" in data):
        written = " ".join(str(data.get(f"organisation_{member.id}") or "").split())
        if written[:MAX_ORGANISATION] not in (was[member.id]["organisation"],
                                              member.organisation or ""):
            await set_organisation(turn.uow, turn.group, turn.member, member.id, written,
                                   turn.now)
    if "retention_months" in data:
        months = minutes_of(data.get("retention_months"))
        if months != turn.group.retention_months:
            await set_retention(turn.uow, turn.group, turn.member, months, turn.now)
    return CardReply(card=members_card(
        turn, await roster_of(turn.uow, turn.group, turn.member), page=page_of(data),
        notice=" ".join(notices)))


async def open_members(turn: Turn, data: dict) -> CardReply:
    return CardReply(card=members_card(
        turn, await roster_of(turn.uow, turn.group, turn.member), page=page_of(data)))


async def take_over_on_click(turn: Turn, data: dict) -> CardReply:
    """"Jeg tager over som sekretær" on the card a leaderless group got: the first click gives
    the role and the card, for everybody, says who took it; a later one is told who leads now
    (who clicked first, or a leader added back to the chat before anybody clicked)."""
    taken = await take_over(turn.uow, turn.group, turn.member, turn.now)
    if taken is None:
        names = ", ".join(m.name for m in await secretaries(turn.uow, turn.group))
        return CardReply(message=turn._("%(name)s already leads the group.", name=names))
    return CardReply(card=turn.card(
        "take_over", taken=True, heading_text=turn._("The group has a secretary again"),
        text=turn._(NOW_ROLE[Role.SECRETARY], name=taken.name)), for_everyone=True)


def shown_on_card(data: dict, member: Member) -> dict[str, str]:
    """A member's role and organisation as the saved card showed them; client input, so
    anything else (or a card from before it sent them) counts as what is stored now."""
    stored = {"role": member.role, "organisation": member.organisation or ""}
    was = data.get("was")
    shown = was.get(str(member.id)) if isinstance(was, dict) else None
    if not isinstance(shown, dict):
        return stored
    return {key: value if isinstance(value := shown.get(key), str) else stored[key]
            for key in stored}


def page_of(data: dict) -> int:
    """The page a button names: client input, so anything but a small number is the first."""
    page = data.get("page")
    return page if isinstance(page, int) and 0 <= page < 1000 else 0


MEMBER_COMMANDS = {
    Intent.MEMBERS: show_members,
    Intent.SET_ROLE: role_from_text,
    Intent.MY_ORGANISATION: organisation_from_text,
}
MEMBER_ACTIONS = {
    "members.show": open_members,
    "members.save": save_members,
    "members.take_over": take_over_on_click,
    **ORGANISATION_ACTIONS,
}
