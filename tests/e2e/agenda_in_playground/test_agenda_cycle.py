"""From a proposed item to the published agenda in the group chat, and who is coming."""

from __future__ import annotations

import pytest

from tests.card_reading import card_text
from tests.e2e.agenda_in_playground.scene import (
    AGENDA,
    ANY_OTHER_BUSINESS,
    DAY,
    ITEM_SLOT,
    PLACE,
    PRESENTER,
    TITLE,
    WELCOME_ITEM,
    Cycle,
    agenda_entries,
    execute_verbs,
)
from tests.e2e.meetings_in_playground.scene import danish_when, heading
from tests.e2e.playground import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]

WHEN = danish_when(DAY, 10, 13)


async def test_the_meeting_is_planned_and_the_item_proposed(pg: Playground, cycle: Cycle) -> None:
    planned = card_text(cycle.planned.card)
    assert WHEN in planned and PLACE in planned
    assert cycle.proposed.text == (
        "Tak. Dit punkt er foreslået; formanden og sekretæren sammensætter dagsordenen."
    )


async def test_the_review_card_lists_the_item_and_accepting_moves_it(
    pg: Playground, cycle: Cycle
) -> None:
    review = cycle.review.card
    assert heading(review) == "Gennemgå punkter"
    text = card_text(review)
    assert WHEN in text
    proposed, on_agenda = text.index("Foreslået"), text.index("På dagsordenen")
    assert proposed < text.index(TITLE) < on_agenda
    assert "20 min" in text and PRESENTER in text

    accepted = cycle.accepted.card
    assert accepted is not None, cycle.accepted
    text = card_text(accepted)
    assert "Godkendt: punktet er på dagsordenen." in text
    assert "Ingen punkter venter på gennemgang." in text and text.count(TITLE) == 1
    assert text.index("På dagsordenen") < text.index(TITLE)


async def test_publishing_posts_the_numbered_agenda_to_the_group(
    pg: Playground, cycle: Cycle
) -> None:
    notice = card_text(cycle.published.card)
    assert "Dagsordenen er udsendt; gruppen får den om et øjeblik." in notice

    posted = cycle.posted
    assert posted.conversation_id == pg.mock.group_chat
    card = posted.card
    assert heading(card) == AGENDA
    assert WHEN in card_text(card) and PLACE in card_text(card)
    entries = agenda_entries(card)
    assert [entry.split(".", 1)[0] for entry in entries] == [
        str(n) for n in range(1, len(entries) + 1)
    ]
    titles = [entry.splitlines()[0].split(" · ", 1)[1] for entry in entries]
    assert titles[0] == WELCOME_ITEM and ANY_OTHER_BUSINESS in titles
    (item,) = [entry for entry in entries if TITLE in entry]
    assert f" {ITEM_SLOT} · " in item.splitlines()[0], item
    assert "Oplægsholder" in item and PRESENTER in item
    assert titles.index(TITLE) < titles.index(ANY_OTHER_BUSINESS)
    assert execute_verbs(card) == [
        ("attendance.answer", "Deltager"),
        ("attendance.answer", "Afbud"),
        ("attendance.answer", "Sender stedfortræder"),
    ]


async def test_a_member_answers_attendance_on_the_posted_agenda(
    pg: Playground, cycle: Cycle
) -> None:
    answered = cycle.answered.card
    assert answered is not None, cycle.answered
    assert heading(answered) == AGENDA
    assert "Du deltager." in card_text(answered)

    attendance = card_text(cycle.attendance.card)
    assert heading(cycle.attendance.card) == "Hvem kommer?"
    assert "1 kommer, 0 afbud" in attendance, attendance
    assert "Rie Nielsen: deltager" in attendance.splitlines(), attendance
    assert "Lisbet Daugaard-Hansen: har ikke svaret" in attendance.splitlines(), attendance
