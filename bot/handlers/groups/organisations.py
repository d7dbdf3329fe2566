"""Saying which organisation one is from: "jeg er fra Holbæk", "I'm from Køge". In a group's
chat it is said for that group. In the 1:1 chat it is said for the person's groups: with one,
there; with several, where she may represent another organisation in each, she picks on a
button the group it is for, or all of them, and nothing is saved until she does. A message
naming one of her groups ("jeg er fra Holbæk i styregruppen", bot.handlers.group_named) is for
that group alone. The answer names the groups it was saved in.

The organisation rides on the buttons and is client input: it is cut to an organisation's
length, and the group a button names is checked by bot.card_group as every card's is."""

from dataclasses import replace

from bot.turn import CardReply, Reply, Turn
from meetings.groups.organisations import MAX_ORGANISATION, normalised_organisation
from meetings.groups.roles import say_own_organisation
from meetings.groups.vocabulary import ConversationKind
from meetings.understanding.intents import Understood

CHOSEN = "organisation.chosen"


async def organisation_from_text(turn: Turn, understood: Understood) -> Reply:
    if turn.group.kind != ConversationKind.PERSONAL:
        return Reply(text=await _saved(turn, understood.argument))
    found = [(group, member) for group, member, _ in
             await turn.uow.members.groups_of_person(turn.member, turn.now)
             if group.id != turn.group.id]
    named = [(group, member) for group, member in found if group.id == turn.group_named]
    if named:
        group, member = named[0]
        return Reply(text=await _saved(replace(turn, group=group, member=member),
                                       understood.argument, named=True))
    if len(found) < 2:
        return Reply(text=await _saved(turn, understood.argument))
    organisation = normalised_organisation(understood.argument)[:MAX_ORGANISATION]
    choices = [{"id": group.id, "name": group.name or turn._("Group chat without a name")}
               for group, _ in found]
    return Reply(card=turn.card(
        "group_choice", heading_text=turn._("Which group is it for?"),
        text=turn._("You may represent another organisation in each of your groups: choose "
                    "the group where you are from %(organisation)s, or all of them.",
                    organisation=organisation),
        verb=CHOSEN, data={"organisation": understood.argument[:MAX_ORGANISATION]},
        groups=[*choices, {"id": None, "name": turn._("All of them")}]))


async def organisation_chosen(turn: Turn, data: dict) -> CardReply:
    """The group picked on the card (its turn, from bot.card_group), or all of them (the 1:1
    chat's turn): saved there, and the choice replaced by what was saved, its buttons gone."""
    written = " ".join(str(data.get("organisation") or "").split())[:MAX_ORGANISATION]
    if not written:
        return CardReply(message=turn._("This button is no longer in use. Write “help”."))
    picked = turn.card_group_id is not None
    return CardReply(card=turn.card("notice", heading_text=turn._("Your organisation"),
                                    text=await _saved(turn, written, named=picked)))


async def _saved(turn: Turn, written: str, *, named: bool = False) -> str:
    """Said in the turn's group (in the 1:1 chat: in all of the person's), the answer naming
    the other groups it was said in, or the group `named` it was said for."""
    member, groups = await say_own_organisation(turn.uow, turn.group, turn.member, written,
                                                turn.now)
    if named:
        groups = [turn.group]
    if not groups:
        return turn._("Saved: you are from %(organisation)s.",
                      organisation=member.organisation or "")
    names = [f"“{group.name}”" for group in groups]
    where = names[0] if len(names) == 1 else turn._(
        "%(first)s and %(last)s", first=", ".join(names[:-1]), last=names[-1])
    return turn._("Saved: you are from %(organisation)s, in %(group)s.",
                  organisation=member.organisation or "", group=where)


ORGANISATION_ACTIONS = {CHOSEN: organisation_chosen}
