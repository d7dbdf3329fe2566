"""The agenda cycle the tests share: one meeting about three weeks ahead, one proposed item.

`run_cycle` plays it once, through the playground, as the group would: Lisbet (the current
user, secretary since she opened the group chat) plans the meeting by one line, proposes an
item, reviews and accepts it and publishes the agenda; the delivery worker posts the agenda
card to the group chat; Rie answers that she is attending; Lisbet asks who is coming. What the
bot answered at each step is kept in a `Cycle` for the tests to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import holidays
from babel.dates import format_date

from tests.card_reading import buttons, card_text, elements
from tests.e2e.meetings_in_playground.scene import TODAY, heading
from tests.e2e.playground import BotMessage, InvokeResult, Playground

PLACE = "Ringsted, Hækkerupsvej 1"
TITLE = "Plejefamilier – rekruttering og fastholdelse"
PRESENTER = "Lotte"
ITEM_LINE = f"punkt: {TITLE}, 20 min, {PRESENTER}"
AGENDA = "Dagsorden"
WELCOME_ITEM = "Velkommen, godkendelse af dagsorden og referat"
ANY_OTHER_BUSINESS = "Eventuelt"
# The standing items before the proposed one take 10 + 15 + 30 minutes of a 10.00 meeting.
ITEM_SLOT = "10.55–11.15"
PUBLISHED_WAIT = 15.0  # seconds for the worker (ticking every 0.3 s) to post the agenda


def meeting_day(today: date = TODAY) -> date:
    """The first Monday to Thursday at least three weeks ahead that is no Danish holiday."""
    day = today + timedelta(days=21)
    closed = holidays.Denmark(years=range(day.year, day.year + 2))
    while day.weekday() > 3 or day in closed or (day.month, day.day) in ((12, 24), (12, 31)):
        day += timedelta(days=1)
    return day


DAY = meeting_day()
PLAN_LINE = f"nyt møde {format_date(DAY, 'EEEE d. MMMM y', locale='da_DK')} kl. 10-13 i {PLACE}"


def is_card(title: str) -> Callable[[BotMessage], bool]:
    return lambda m: m.card is not None and heading(m.card) == title


def is_text(m: BotMessage) -> bool:
    return m.card is None and bool(m.text)


async def ask(
    pg: Playground, text: str, expected: Callable[[BotMessage], bool], timeout: float = 10.0
) -> BotMessage:
    """Write to the bot in the group chat (mentioned); its answer there matching `expected`.

    The delivery worker runs, so a proactive message (the call for items) may come in between:
    the answer is picked by what it is, not by arriving first.
    """
    sent = await pg.send(text, "group")
    reply = await pg.wait_for(
        lambda m: (
            m.action == "createMessage"
            and m.conversation_id == sent.conversation_id
            and expected(m)
        ),
        timeout,
    )
    await pg.handled(sent)
    return reply


def agenda_entries(card: dict[str, Any]) -> list[str]:
    """The text of every numbered entry of an agenda card: "1. 10.00–10.10 · title\nkind…"."""
    return [
        card_text(container)
        for container in card["body"]
        if container.get("type") == "Container" and container.get("separator")
    ]


def execute_verbs(card: dict[str, Any]) -> list[tuple[str, str]]:
    """(verb, title) of the card's own Action.Execute buttons."""
    return [
        (a["verb"], a["title"]) for a in buttons(card) if a["type"] == "Action.Execute"
    ]


@dataclass
class Cycle:
    planned: BotMessage
    proposed: BotMessage
    review: BotMessage
    accepted: InvokeResult
    published: InvokeResult
    posted: BotMessage  # the agenda card the worker posted to the group chat
    answered: InvokeResult  # Rie's "Deltager" on it
    attendance: BotMessage  # "hvem kommer?" afterwards


async def run_cycle(pg: Playground) -> Cycle:
    planned = await ask(pg, PLAN_LINE, is_card("Mødet er planlagt"))
    proposed = await ask(pg, ITEM_LINE, is_text)
    review = await ask(pg, "gennemgå punkter", is_card("Gennemgå punkter"))
    accept = next(
        a
        for a in elements(review.cards)
        if a.get("type") == "Action.Execute"
        and a.get("verb") == "item.review"
        and a["data"].get("decision") == "accept"
    )
    accepted = await pg.invoke(review, "item.review", accept["data"], user="Lisbet")
    published = await pg.invoke(review, "agenda.publish", user="Lisbet")
    posted = await pg.wait_for(
        lambda m: (
            m.action == "createMessage"
            and m.conversation_id == pg.mock.group_chat
            and is_card(AGENDA)(m)
        ),
        PUBLISHED_WAIT,
    )
    answered = await pg.invoke(posted, "attendance.answer", {"status": "attending"}, user="Rie")
    attendance = await ask(pg, "hvem kommer?", is_card("Hvem kommer?"))
    return Cycle(planned, proposed, review, accepted, published, posted, answered, attendance)
