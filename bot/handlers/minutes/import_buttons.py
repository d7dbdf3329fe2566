"""The preview card's buttons: *Importér* writes what the preview showed, once, with the fixes
chosen on the card; *Annullér* drops it. The card carries only the waiting import's token; the
use cases check that the clicker is the chair or the secretary of the group it is for. The
answer to *Importér* offers the roles and meetings the minutes name, done by one more click."""

from typing import Any

from bot.handlers.minutes.import_chat import import_card, several_report_card
from bot.turn import CardReply, Turn
from bot.views.import_fixes import refusal_text
from bot.views.import_offers import done_card, offered
from bot.views.import_several import meeting_label
from meetings.common.refusal import Refusal
from meetings.minutes.importing.corrections import BAD_CORRECTION
from meetings.minutes.importing.importer import IMPORTED
from meetings.minutes.importing.offers import act_on_offers, offers_of
from meetings.minutes.importing.pending import cancel_import, confirm_previewed

MAX_TOKEN = 64


async def import_previewed(turn: Turn, data: dict[str, Any]) -> CardReply:
    try:
        done = await confirm_previewed(turn.uow, turn.group, turn.member, _token(data),
                                       turn.now, data)
    except Refusal as refused:
        if refused.code != BAD_CORRECTION:
            raise
        return CardReply(message=refusal_text(turn, dict(refused.details)))
    # What the latest minutes imported propose: those of a year's file plan the next year.
    imported = [minutes for report, minutes in done
                if report.status == IMPORTED and minutes is not None]
    latest = max(imported, key=lambda minutes: (minutes.day, minutes.starts), default=None)
    found = await offers_of(turn.uow, turn.group, latest, turn.now) if latest else None
    offer = offered(turn, found) if found else None
    if len(done) == 1:
        return CardReply(card=import_card(turn, done[0][0], offer))
    return CardReply(card=several_report_card(
        turn, [(meeting_label(turn, minutes), report) for report, minutes in done], offer))


async def cancel_previewed(turn: Turn, data: dict[str, Any]) -> CardReply:
    await cancel_import(turn.uow, turn.group, turn.member, _token(data), turn.now)
    return CardReply(card=turn.card(
        "notice", heading_text=turn._("Import cancelled"),
        text=turn._("Nothing was written. Send the minutes again to import them.")))


async def act_on_minutes(turn: Turn, data: dict[str, Any]) -> CardReply:
    """The ticked roles given and meetings planned; a second click finds them done."""
    try:
        done = await act_on_offers(turn.uow, turn.group, turn.member, data, turn.now)
    except Refusal as refused:
        if refused.code != BAD_CORRECTION:
            raise
        return CardReply(message=refusal_text(turn, dict(refused.details)))
    return CardReply(card=done_card(turn, done))


def _token(data: dict[str, Any]) -> str:
    token = data.get("import")
    return token if isinstance(token, str) and 0 < len(token) <= MAX_TOKEN else ""


IMPORT_ACTIONS = {
    "minutes.import": import_previewed,
    "minutes.import.cancel": cancel_previewed,
    "minutes.import.follow_ups": act_on_minutes,
}
