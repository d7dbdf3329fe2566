"""The preview card's buttons: *Importér* writes what the preview showed, once; *Annullér*
drops it. The card carries only the waiting import's token; the use cases check that the
clicker is the chair or the secretary of the group it is for."""

from typing import Any

from bot.handlers.import_chat import import_card
from bot.turn import CardReply, Turn
from meetings.minutes.importing.pending import cancel_import, confirm_import

MAX_TOKEN = 64


async def import_previewed(turn: Turn, data: dict[str, Any]) -> CardReply:
    report = await confirm_import(turn.uow, turn.group, turn.member, _token(data), turn.now)
    return CardReply(card=import_card(turn, report))


async def cancel_previewed(turn: Turn, data: dict[str, Any]) -> CardReply:
    await cancel_import(turn.uow, turn.group, turn.member, _token(data), turn.now)
    return CardReply(card=turn.card(
        "notice", heading_text=turn._("Import cancelled"),
        text=turn._("Nothing was written. Send the minutes again to import them.")))


def _token(data: dict[str, Any]) -> str:
    token = data.get("import")
    return token if isinstance(token, str) and 0 < len(token) <= MAX_TOKEN else ""


IMPORT_ACTIONS = {
    "minutes.import": import_previewed,
    "minutes.import.cancel": cancel_previewed,
}
