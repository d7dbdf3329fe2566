"""Rie in two groups, with an item proposed, attendance answered and tasks in both, for the
privacy turn tests; and every text column of every table searched for a person."""

import re

from sqlalchemy import JSON, String, Text, cast, select

from storage.models.base import metadata
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.bot.personal.test_personal_chat_turns import (
    STEERING,
    ask_in_personal_chat,
    install_steering_group,
)

RIE = ("Rie Nielsen", "29:1rie-nielsen", "aad-rie", "rie@holbaek.dk")
DANIEL = ("Daniel Gottrup", "29:1daniel-gottrup", "aad-daniel", "daniel@naestved.dk")


async def say_in_steering_group(bot, text: str) -> None:
    message = bot.activity("group_message")
    message["conversation"] = {**message["conversation"], "id": STEERING}
    message["text"] = f"<at>Mødebot</at> {text}"
    await bot.post(message)


async def rie_in_two_groups(bot) -> int:
    """The meeting of the network group; Rie has proposed an item, answered, and has a task in
    each group; Daniel has a task too."""
    meeting_id = await planned(bot)
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id}, user="rie")
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                    user="rie")
    await bot.say("opgave: Rie ringer til Bakkehuset, frist 1. december")
    await bot.say("opgave: Daniel skriver til KL, frist 1. december")
    await install_steering_group(bot)
    await say_in_steering_group(bot, "opgave: Rie samler rammeaftalens tal, frist 2. december")
    await ask_in_personal_chat(bot, "hjælp")  # Rie's 1:1 chat is known to the bot
    return meeting_id


def _text_columns():
    """(table, its key, a column holding text, that column as text) over the whole schema."""
    for table in metadata.sorted_tables:
        key = list(table.primary_key.columns)[0]
        for column in table.columns:
            if isinstance(column.type, String | Text | JSON):
                yield table, key, column, cast(column, Text) if isinstance(column.type,
                                                                           JSON) else column


async def rows_naming(uow, needles: tuple[str, ...]) -> set[tuple[str, str, object]]:
    """(table, column, primary key) of every row whose text, in any column, holds a needle."""
    found = set()
    for table, key, column, text in _text_columns():
        for needle in needles:
            query = select(key).where(text.contains(needle))
            found |= {(table.name, column.name, k) for k in await uow.session.scalars(query)}
    return found


async def rows_with_word(uow, word: str) -> set[tuple[str, str, object]]:
    """(table, column, primary key) of every row whose text, in any column, holds `word` as a
    whole word, as written ("Rie" in "Rie ringer til Bakkehuset", not in "Kategorier")."""
    whole = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    found = set()
    for table, key, column, text in _text_columns():
        rows = await uow.session.execute(select(key, text).where(text.contains(word)))
        found |= {(table.name, column.name, k) for k, value in rows if whole.search(value)}
    return found
