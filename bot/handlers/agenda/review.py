"""The chair's and the secretary's review card: accept, defer or reject each proposed item,
and order the accepted ones. Every click answers with the card re-rendered from the database,
so two managers reviewing at once each see what is true now."""

from dataclasses import fields

from bot.card_data import Action
from bot.turn import CardReply, Turn
from bot.views.agenda import KINDS, item_form_card
from bot.views.meetings import meeting_context
from bot.views.replies import form_problem_text
from cards import CardTooLarge
from dialogs import item_form
from dialogs.card_inputs import first_of, item_id_of, meeting_id_of
from dialogs.forms import Invalid
from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.review import (
    Review,
    item_to_edit,
    move_item,
    review_after_edit,
    review_item,
    review_of,
    review_to_show,
)
from meetings.agenda.now import publish_now, send_call_now, tell_group_of_change
from meetings.agenda.proposals import edit_item
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.access import item_of_group, meeting_ahead
from meetings.common.i18n import N_
from meetings.groups.entities import Member
from meetings.planning.entities import Meeting

SHOWN_TEXT = 600
DONE = {ItemStatus.ACCEPTED: N_("Accepted: it is on the agenda."),
        ItemStatus.DEFERRED: N_("Deferred to the next meeting."),
        ItemStatus.REJECTED: N_("Rejected; the reason is kept for the proposer.")}


async def review_card(turn: Turn, meeting: Meeting, notice: str | None = None,
                      first: int = 0) -> dict:
    return reviewed_card(turn, await review_of(turn.uow, turn.group, turn.member, meeting),
                         notice, first)


def reviewed_card(turn: Turn, review: Review, notice: str | None = None,
                  first: int = 0) -> dict:
    """The review card; of a long agenda, the page of accepted items from the `first`."""
    meeting = review.meeting
    values = {"meeting": meeting_context(turn, meeting), "notice": notice,
              "published": meeting.agenda_published_at is not None}
    accepted = [{"id": item.id, "title": item.title} for item in review.accepted]
    return _fitting(turn, values, [
        proposed_context(turn, item, review.proposers.get(item.proposed_by))
        for item in review.proposed], accepted, first)


def _fitting(turn: Turn, values: dict, proposed: list[dict], accepted: list[dict],
             first: int) -> dict:
    """The card with every proposal in full and every accepted item, when it fits Teams'
    28 KB. Else, step by step: without the case texts (one click away, on Ret), with the first
    half of the proposals (the rest come when these are decided); and then the accepted items
    a page at a time, the page made smaller until it fits, each item with all its buttons."""
    size = max(len(accepted), 1)
    while True:
        card = _with_proposals(turn, values | _page(accepted, first, size), proposed)
        if card is not None:
            return card
        if size == 1:
            raise CardTooLarge("the review card does not fit even with one proposal and item")
        size = min(size * 3 // 4, size - 1)  # a quarter less: pages stay full


def _with_proposals(turn: Turn, values: dict, proposed: list[dict]) -> dict | None:
    shown = proposed
    for texts in (True, False):
        shown = shown if texts else [{**p, "description": None, "recommendation": None}
                                     for p in shown]
        while True:
            try:
                return turn.card("agenda_review", proposed=shown,
                                 waiting=len(proposed) - len(shown), **values)
            except CardTooLarge:
                if texts or len(shown) <= 1:
                    break
                shown = shown[:len(shown) // 2]
    return None


def _page(accepted: list[dict], first: int, size: int) -> dict:
    """`size` accepted items from the `first` (0-based), each knowing whether it can move up
    or down in the whole order; `page` only when they are not all shown."""
    first = min(max(first, 0), max(len(accepted) - size, 0))
    shown = [{**item, "up": first + n > 0, "down": first + n < len(accepted) - 1}
             for n, item in enumerate(accepted[first:first + size])]
    if len(shown) == len(accepted):
        return {"accepted": shown, "page": None}
    return {"accepted": shown, "page": {
        "first": first, "last": first + len(shown), "count": len(accepted),
        "earlier": max(first - size, 0) if first > 0 else None,
        "later": first + size if first + size < len(accepted) else None}}


def proposed_context(turn: Turn, item: AgendaItem, proposer: Member | None) -> dict:
    """What the chair decides on: who proposed it, and its case and indstilling in short (the
    whole item is one click away, on Ret)."""
    return {"id": item.id, "title": item.title, "minutes": item.minutes,
            "kind": turn._(KINDS.get(item.kind, N_("Discussion"))), "presenter": item.presenter,
            "proposer": proposer.name if proposer else None,
            "description": _short(item.description), "recommendation": _short(item.recommendation)}


def _short(text: str | None) -> str | None:
    # Several proposals of 5,000 characters each would not fit a card.
    if not text or len(text) <= SHOWN_TEXT:
        return text
    return text[:SHOWN_TEXT - 1].rstrip() + "…"


async def show_review(turn: Turn, data: dict) -> CardReply:
    return CardReply(card=reviewed_card(turn, await review_to_show(
        turn.uow, turn.group, turn.member, meeting_id_of(data), turn.now), first=first_of(data)))


async def decide(turn: Turn, data: dict) -> CardReply:
    item_id = item_id_of(data)
    reason = str(data.get(f"reason_{item_id}") or "")[:1000]
    outcome = await review_item(turn.uow, turn.group, turn.member, item_id,
                                str(data.get("decision") or ""), turn.now, reason)
    meeting = await meeting_ahead(turn.uow, turn.group, outcome.item.meeting_id, turn.now)
    notice = turn._(DONE[ItemStatus(outcome.item.status)]) if outcome.changed \
        else turn._("That item had been decided already.")
    return CardReply(card=await review_card(turn, meeting, notice, first_of(data)))


async def move(turn: Turn, data: dict) -> CardReply:
    """One step up or down, computed from the order as it is now, not as the card showed it."""
    meeting = await move_item(turn.uow, turn.group, turn.member, item_id_of(data),
                              str(data.get("direction") or ""), turn.now)
    return CardReply(card=await review_card(turn, meeting, first=first_of(data)))


async def _then_review(turn: Turn, data: dict, action, done: str, already: str) -> CardReply:
    """Run a step for the meeting; the review card comes back saying whether it was new."""
    meeting_id = meeting_id_of(data)
    first = await action(meeting_id)
    meeting = await meeting_ahead(turn.uow, turn.group, meeting_id, turn.now)
    return CardReply(card=await review_card(turn, meeting, turn._(done if first else already)))


async def publish(turn: Turn, data: dict) -> CardReply:
    """Publish ahead of the cycle; the agenda card reaches the group through the outbox."""
    return await _then_review(
        turn, data, lambda meeting_id: publish_now(
            turn.uow, turn.group, turn.member, meeting_id, turn.now),
        N_("The agenda is published; the group gets it in a moment."),
        N_("The agenda was published already; the posted card is brought up to date."))


async def call(turn: Turn, data: dict) -> CardReply:
    return await _then_review(
        turn, data, lambda meeting_id: send_call_now(
            turn.uow, turn.group, turn.member, meeting_id, turn.now),
        N_("The call for items goes out to the group now."),
        N_("The call for items went out already."))


async def show_edit_form(turn: Turn, data: dict) -> CardReply:
    item, meeting = await item_to_edit(turn.uow, turn.group, turn.member, item_id_of(data),
                                       turn.now)
    return CardReply(card=item_form_card(turn, meeting, item_form.values_of(item),
                                         item_id=item.id))


async def save_edit(turn: Turn, data: dict) -> CardReply:
    """The edited item; an error brings the form back with what was typed."""
    item = await item_of_group(turn.uow, turn.group, item_id_of(data))
    meeting = await meeting_ahead(turn.uow, turn.group, item.meeting_id, turn.now)
    edited = await item_form.submit(data, lambda draft: edit_item(
        turn.uow, turn.group, turn.member, item.id, turn.now,
        **{f.name: getattr(draft, f.name) for f in fields(draft)}))
    if isinstance(edited, Invalid):
        return CardReply(card=item_form_card(turn, meeting, edited.values,
                                             form_problem_text(turn, edited.problem),
                                             item_id=item.id))
    review = await review_after_edit(turn.uow, turn.group, turn.member, meeting)
    if review is None:
        return CardReply(card=turn.card("notice", heading_text=turn._("Item saved"),
                                        text=turn._("Your changes are saved.")))
    return CardReply(card=reviewed_card(turn, review, turn._("Item saved")))


async def tell(turn: Turn, data: dict) -> CardReply:
    note = str(data.get("change_note") or "")[:500]
    return await _then_review(
        turn, data, lambda meeting_id: tell_group_of_change(
            turn.uow, turn.group, turn.member, meeting_id, note, turn.now),
        N_("The group is told in a moment."),
        N_("The group was told about this version of the agenda already."))


REVIEW_ACTIONS: dict[str, Action] = {
    "agenda.review": show_review,
    "item.review": decide,
    "item.move": move,
    "agenda.publish": publish,
    "agenda.call": call,
    "item.edit": show_edit_form,
    "item.save": save_edit,
    "agenda.tell": tell,
}
