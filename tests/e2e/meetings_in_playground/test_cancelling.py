"""Cancelling a meeting: asked first, then done for everybody; refused to an ordinary member."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.card_reading import card_text
from tests.e2e.meetings_in_playground.scene import (
    CANCEL_DAY,
    NOT_ALLOWED,
    TEXT_DAY,
    actions,
    ask,
    ask_for_card,
    danish_day,
    danish_when,
    heading,
    upcoming,
)
from tests.e2e.playground import Playground

if TYPE_CHECKING:
    from tests.e2e.conftest import MoedebotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]


async def test_cancelling_asks_first_and_then_the_next_meeting_is_the_later_one(
    pg: Playground,
) -> None:
    planned = await ask(pg, f"nyt møde {danish_day(CANCEL_DAY)} kl. 14-16 i Holbæk, Kanalstræde 2")
    assert heading(planned.card) == "Mødet er planlagt"
    assert danish_when(CANCEL_DAY, 14, 16) in card_text((await ask(pg, "næste møde")).card)

    confirm = await ask(pg, "aflys næste møde")
    assert heading(confirm.card) == "Aflys mødet?"
    assert danish_when(CANCEL_DAY, 14, 16) in card_text(confirm.card)
    assert danish_when(CANCEL_DAY, 14, 16) in await upcoming(pg)  # asking cancels nothing

    done = await pg.invoke(confirm, "meeting.cancel.confirm")
    assert done.card is not None, done
    assert heading(done.card) == "Mødet er aflyst"
    assert danish_when(CANCEL_DAY, 14, 16) in card_text(done.card)
    # Everybody sees it: the bot updated the posted confirmation card too.
    updated = await pg.wait_for(lambda m: m.action == "updateMessage" and m.id == confirm.id)
    assert heading(updated.card) == "Mødet er aflyst"

    # The cancelled meeting comes first, so it is said above the next one's card.
    said, after = await ask_for_card(pg, "næste møde")
    assert said == [f"Mødet {danish_day(CANCEL_DAY).replace(' ', ' den ', 1)} er aflyst."]
    assert heading(after.card) == "Næste møde"
    assert danish_when(TEXT_DAY, 9, 12) in card_text(after.card)
    assert danish_when(CANCEL_DAY, 14, 16) not in await upcoming(pg)


async def test_a_member_who_is_not_chair_or_secretary_cannot_cancel(
    pg: Playground, moedebot: MoedebotProcess
) -> None:
    rie = pg.mock.user("Rie")
    before = await upcoming(pg)
    logged = moedebot.mark()

    _, shown = await ask_for_card(pg, "næste møde")
    assert "meeting.cancel" not in actions(shown.card)  # the group's card: none for anybody
    plain = await pg.invoke(shown, "meeting.view", user="Rie")  # her refresh: the same card
    assert plain.card is not None and "meeting.cancel" not in actions(plain.card)
    own = await pg.invoke(shown, "meeting.view")  # Lisbet's, the secretary's, view has it
    cancel = actions(own.card)["meeting.cancel"]
    assert cancel["title"] == "Aflys mødet"
    # Rie clicks it anyway (an old card, a replayed click): refused
    refused = await pg.invoke(shown.id, "meeting.cancel", cancel["data"], user="Rie",
                              conversation=shown.conversation_id)
    assert refused.card is None and NOT_ALLOWED in refused.value

    confirm = await ask(pg, "aflys næste møde")  # Lisbet asks; Rie clicks "Ja, aflys det"
    assert actions(confirm.card)["meeting.cancel.confirm"]["title"] == "Ja, aflys det"
    refused = await pg.invoke(confirm, "meeting.cancel.confirm", user="Rie")
    assert refused.card is None and NOT_ALLOWED in refused.value

    # Written, the refusal says whom to ask and offers her own regrets on a card below it
    said, offered = await ask_for_card(pg, "aflys næste møde", user="Rie")
    assert len(said) == 1 and NOT_ALLOWED in said[0]
    assert card_text(offered.card).splitlines()[0] == "Meld afbud til mødet?"

    assert await upcoming(pg) == before
    _, still = await ask_for_card(pg, "næste møde")
    assert danish_when(TEXT_DAY, 9, 12) in card_text(still.card)
    assert not [
        m
        for m in pg.messages.history
        if m.action == "updateMessage" and m.id in (shown.id, confirm.id)
    ]
    refusals = [
        r
        for r in moedebot.log_records(logged)
        if r.get("message") == "refused: not chair or secretary"
    ]
    assert [(r["action"], r["actor"]) for r in refusals] == [
        ("cancel_meeting", rie.aad_object_id)
    ] * 3
