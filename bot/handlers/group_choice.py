"""A proposal or "intet fra os" written in a personal chat, for one of several groups: the
person picks the group on a button, and the message is answered there as if written in its
chat. Never guessed: with several groups nothing is recorded until one is picked, and the
pick replaces the choice with the answer under the group's name (the proposal form, when
there is more to write), so its buttons are gone. A client still showing the old card could
click again: an item line she has proposed, with its title, for a meeting ahead in any of her
groups since the choice was offered is answered as filed there, and filed nowhere again
(nothing stored marks a choice used; that would take a table of its own, as the pending
imports have). One filed before the choice was offered does not count: the same line written
again later, for another group, is a new choice.

The button carries what was understood; it is client input. The group it names is checked by
bot.card_group (a group the clicker is not in is refused and logged), only these intents are
run, and the use case checks the clicker's rights in that group as it does in its chat.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.handlers.chat import COMMANDS
from bot.turn import CardReply, Reply, Turn
from meetings.agenda.items.line import parse_item_line
from meetings.agenda.proposals import already_proposed
from meetings.common.dates import format_date
from meetings.groups.entities import Group
from meetings.groups.vocabulary import ConversationKind
from meetings.understanding.intents import PROPOSAL_FORM, Intent, Understood

CHOSEN = "group.chosen"
IN_ONE_GROUP = frozenset({Intent.PROPOSE_ITEM, Intent.NOTHING_FROM_US})
_MAX_ARGUMENT = 500  # an item line is shorter; longer is no message the bot reads


def ask_which_group(turn: Turn, understood: Understood, groups: list[tuple[Group, str]]) -> Reply:
    """The card asking which of `groups` (each with the name it is shown by) is meant."""
    what = {Intent.PROPOSE_ITEM: turn._("The item is proposed for the next meeting of the "
                                        "group you choose."),
            Intent.NOTHING_FROM_US: turn._("“Nothing from us” is noted for the next meeting "
                                           "of the group you choose.")}[understood.intent]
    data = {"intent": understood.intent.value, "argument": understood.argument,
            "selector": understood.selector, "meeting": understood.meeting,
            "offered": turn.now.isoformat()}
    return Reply(card=turn.card(
        "group_choice", heading_text=turn._("Which group is it for?"), text=what, verb=CHOSEN,
        data=data, groups=[{"id": group.id, "name": name} for group, name in groups]))


async def answer_in_chosen_group(turn: Turn, data: dict) -> CardReply:
    understood = _understood(data)
    if understood is None:
        return CardReply(message=turn._("This button is no longer in use. Write “help”."))
    if filed := await _filed_before(turn, understood, _offered(data)):
        return CardReply(card=filed)
    reply = await COMMANDS[understood.intent](turn, understood)
    if reply.card is not None:  # the proposal form, with what is still to write on it
        return CardReply(card=_with_text(reply.card, reply.text))
    # The choice is replaced, its buttons gone: what was written goes to one group only.
    return CardReply(card=turn.card("notice", text=reply.text or "",
                                    heading_text=_shown_name(turn, turn.group)))


async def _filed_before(turn: Turn, understood: Understood,
                       offered: datetime | None) -> dict | None:
    """The answer to a choice clicked again for an item line proposed since it was offered,
    else None."""
    line = parse_item_line(understood.argument) \
        if understood.intent == Intent.PROPOSE_ITEM and understood.selector != PROPOSAL_FORM \
        else None
    filed = await already_proposed(turn.uow, turn.member, line.title, turn.now, offered) \
        if line else None
    if filed is None:
        return None
    group, meeting = filed
    day = meeting.starts_at.astimezone(ZoneInfo(group.time_zone)).date()
    return turn.card("notice", heading_text=_shown_name(turn, group), text=turn._(
        "You have already proposed the item “%(title)s” for the meeting on %(date)s in "
        "%(group)s; it was not filed again.", title=line.title,
        date=format_date(day, turn.language), group=_shown_name(turn, group)))


def _shown_name(turn: Turn, group: Group) -> str:
    return group.name if group.kind != ConversationKind.PERSONAL \
        else turn._("Your own meetings")


def _with_text(card: dict, text: str | None) -> dict:
    """The card with `text` under its heading ("Write the item's title, for example …")."""
    if not text:
        return card
    body = list(card.get("body") or [])
    line = {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": text}]}
    return {**card, "body": [*body[:1], line, *body[1:]]}


def _offered(data: dict) -> datetime | None:
    """When the choice was offered; None on a card from before the moment was put on it (or
    forged), when any open item of that title counts, as it did then."""
    try:
        offered = datetime.fromisoformat(str(data.get("offered")))
    except ValueError:
        return None
    return offered if offered.tzinfo is not None else None


def _understood(data: dict) -> Understood | None:
    try:
        intent = Intent(str(data.get("intent")))
    except ValueError:
        return None
    selector = str(data.get("selector") or "")
    if intent not in IN_ONE_GROUP or selector not in ("", PROPOSAL_FORM):
        return None
    return Understood(intent, None, argument=str(data.get("argument") or "")[:_MAX_ARGUMENT],
                      selector=selector, meeting=str(data.get("meeting") or "")[:_MAX_ARGUMENT])


GROUP_CHOICE_ACTIONS = {CHOSEN: answer_in_chosen_group}
