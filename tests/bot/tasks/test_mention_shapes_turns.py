"""An @mention of a person as Teams sends it: shortened by the writer to the first name, and at
times listed twice among the activity's entities (a known Teams fault). The mention says who is
meant, so no second Rie makes it a question."""

from datetime import date

from tests.bot.conftest import USERS
from tests.bot.tasks.task_turn_steps import RIE_HOLM, members, say_as, tasks
from tests.card_reading import card_text

RIE_SHORTENED = {"type": "mention", "text": "<at>Rie</at>",
                 "mentioned": {"id": USERS["rie"]["id"], "name": "Rie Nielsen"}}


async def test_a_shortened_mention_listed_twice_still_names_the_one_rie_meant(bot):
    await bot.install()
    await say_as(bot, RIE_HOLM, "hjælp")  # a second Rie in the chat
    bot.connector.clear()
    activity = bot.activity("group_message")
    activity["text"] = "<at>Mødebot</at> opgave: <at>Rie</at> ringer til KL, frist 1. december"
    activity["entities"] += [RIE_SHORTENED, RIE_SHORTENED]
    await bot.post(activity)
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["rie"].id
    assert task.due_on == date(2026, 12, 1)
    assert "Opgave oprettet" in card_text(bot.connector.cards()[-1])
