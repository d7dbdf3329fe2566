"""The scene the meeting tests share: planned days and places, expected texts, asking the bot.

Expected dates are written out here with the Danish and English names of weekdays and months,
not with the bot's own formatting code, so a formatting bug cannot hide behind itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.card_reading import buttons, card_text
from tests.e2e.playground import BotMessage, InvokeResult, Playground
from tests.e2e.playground_streams import Exchange

TZ = ZoneInfo("Europe/Copenhagen")
TODAY = datetime.now(TZ).date()
FORM_DAY = TODAY + timedelta(days=91)  # planned with the card form, about three months ahead
TEXT_DAY = TODAY + timedelta(days=14)  # planned with a line of text: the next meeting
CANCEL_DAY = TODAY + timedelta(days=7)  # planned and cancelled by the cancel test
FORM_PLACE = "Hækkerupsvej 1, 4100 Ringsted"
TEXT_PLACE = "Sorø, Alléen 1"

WEEKDAYS_DA = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()
MONTHS_DA = """januar februar marts april maj juni
               juli august september oktober november december""".split()
WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS_EN = """January February March April May June
               July August September October November December""".split()

WELCOME = "Hej! Jeg er Mødebot"
SORRY = "Beklager, der gik noget galt"
NOT_ALLOWED = "Det kan kun formanden og sekretæren"


def danish_day(day: date) -> str:
    """As people write it in a chat line: "fredag 12. marts 2027"."""
    return f"{WEEKDAYS_DA[day.weekday()]} {day.day}. {MONTHS_DA[day.month - 1]} {day.year}"


def danish_when(day: date, start: int, end: int) -> str:
    """As the bot shows it: "fredag den 12. marts 2027 kl. 10.00–13.00"."""
    weekday, month = WEEKDAYS_DA[day.weekday()], MONTHS_DA[day.month - 1]
    return f"{weekday} den {day.day}. {month} {day.year} kl. {start}.00–{end}.00"


def english_when(day: date, start: int, end: int) -> str:
    """ "Friday 12 March 2027, 9:00–12:00"."""
    weekday, month = WEEKDAYS_EN[day.weekday()], MONTHS_EN[day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}, {start}:00–{end}:00"


def heading(card: dict[str, Any] | None) -> str:
    assert card is not None, "expected a card"
    return card["body"][0]["text"]


def actions(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The card's Action.Execute buttons by verb."""
    return {a["verb"]: a for a in buttons(card) if a["type"] == "Action.Execute"}


def listed_meetings(card: dict[str, Any]) -> list[str]:
    """The "when" line of every meeting on a "Kommende møder" card."""
    return [
        card_text(item["items"][0])
        for item in card["body"]
        if item.get("type") == "Container"
        and item.get("selectAction", {}).get("verb") == "meeting.show"
    ]


async def ask(
    pg: Playground, text: str, conversation: str = "group", user: str | None = None
) -> BotMessage:
    """Write to the bot (mentioned in the group chat); its first answer in that conversation."""
    sent = await pg.send(text, conversation, user=user)
    reply = await pg.wait_for(
        lambda m: m.action == "createMessage" and m.conversation_id == sent.conversation_id
    )
    await pg.handled(sent)
    return reply


async def ask_for_card(
    pg: Playground, text: str, conversation: str = "group", user: str | None = None
) -> tuple[list[str], BotMessage]:
    """Write to the bot; the texts it posts before its first card, and that card's message. The
    playground shows an answer's text and its card as two messages ("Mødet … er aflyst." above
    the next meeting's card)."""
    sent = await pg.send(text, conversation, user=user)
    said: list[str] = []
    while (reply := await pg.wait_for(
        lambda m: m.action == "createMessage" and m.conversation_id == sent.conversation_id
    )).card is None:
        said.append(reply.text or "")
    await pg.handled(sent)
    return said, reply


async def upcoming(pg: Playground) -> list[str]:
    reply = await ask(pg, "kommende møder")
    assert heading(reply.card) == "Kommende møder"
    return listed_meetings(reply.card)


@dataclass(frozen=True)
class Opening:
    """What happened when a conversation was opened in the client."""

    exchanges: list[Exchange]  # calls to the bot and from it to the connector
    messages: list[BotMessage]  # what the bot posted in that conversation
    errors: list[dict[str, Any]]  # ERROR records in the bot's log meanwhile


@dataclass(frozen=True)
class Agenda:
    form: BotMessage  # the plan form the bot posted for "nyt møde"
    planned_by_form: InvokeResult  # the answer to "Planlæg mødet" on it
    planned_by_text: BotMessage  # the answer to the one-line "nyt møde …"
