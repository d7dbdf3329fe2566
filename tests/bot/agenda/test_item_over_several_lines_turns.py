"""An item proposed in chat over several lines (Shift+Enter, or pasted): the first line is the
item, what is written under it what the item is about. Several items in one message are not
made one item: the form shows them, and nothing is proposed until it is sent."""

from sqlalchemy import select

from meetings.agenda.entities import AgendaItem
from tests.bot.agenda.test_agenda_turns import planned
from tests.card_reading import card_text, elements


async def items(bot) -> list[AgendaItem]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(AgendaItem)))


def inputs(card: dict) -> dict[str, str]:
    return {e["id"]: e.get("value") for e in elements(card) if e.get("type", "").startswith(
        "Input.")}


async def test_the_lines_under_an_items_title_are_its_description(bot):
    await planned(bot)
    await bot.say("punkt: Plejefamilier – rekruttering, 20 min\r\nVi vil gerne drøfte, hvordan "
                  "vi fastholder familierne.\r\nKL har et nyt udspil.", user="rie")
    [item] = await items(bot)
    assert (item.title, item.minutes) == ("Plejefamilier – rekruttering", 20)
    assert item.description == \
        "Vi vil gerne drøfte, hvordan vi fastholder familierne.\nKL har et nyt udspil."


async def test_several_items_in_one_message_are_shown_on_the_form_not_made_one(bot):
    await planned(bot)
    bot.connector.clear()
    await bot.say("punkt:\r\n1. Plejefamilier\r\n2. Takster for 2027", user="rie")
    assert await items(bot) == []
    [card] = bot.connector.cards()
    assert "Foreslå et punkt" in card_text(card)
    values = inputs(card)
    assert values["title"] == "Plejefamilier"
    assert values["description"] == "2. Takster for 2027"
